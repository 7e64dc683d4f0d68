"""Whether a quoted phrase is speech: a short quoted noun phrase inside a clause is someone's words only when an
attribution governs it.

A quotation that is a clause ("« Nous ne partirons pas », a-t-il dit") is speech when an attribution stands
near it. A quoted phrase that is no clause ("a “historic double”", "l'opération « Bouclier »") is often the
narrator's scare quote or a name; it is speech only when the attribution reaches it:

- it lies inside what the attribution reports ("X said the plan was a “failure”", "Selon X, la ville est « en
  ruines »");
- or the speech verb governs it on the parse ("X a qualifié de « doublé historique » la victoire", "what X
  described as a “criminal organisation”"), not through the speaker's own words ("Members of the “group” said").

A whole-sentence quotation with no attribution of its own, right after a sentence without one, is said by that
sentence's subject ("Le ministre a été clair. « … »", "The mayor was blunt. “…”").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.marks import QuotedSpan
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import after_break, is_clause, verb_group_start

MAX_CLIMB = 12  # dependency steps from the quoted phrase up to the speech verb
OPENING = " \t\u00a0\u202f«“\"‹„‘—–-"


def quoted_tokens(doc: Doc, span: QuotedSpan) -> Span | None:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens if tokens is not None and len(tokens) else None


def is_phrase(tokens: Span) -> bool:
    """A quoted noun phrase or name rather than a clause."""
    return not is_clause(tokens)


def attribution_reaches(cue: Cue, span: QuotedSpan, tokens: Span, text: str, coordinated: frozenset[str]
                        ) -> bool:
    """Whether ``cue`` attributes the quoted phrase ``tokens`` (see the module docstring)."""
    if cue.content is not None and cue.content[0] <= span.start and span.end <= cue.content[1]:
        return True
    if cue.kind == "source":  # "Selon X, « 115 personnes » …, dont « cinq enfants »": the whole sentence is X's
        return not any(t.i == cue.subject.i for t in tokens.root.ancestors) if cue.subject is not None else False
    if cue.position < span.outer_start and text[:span.outer_start].rstrip().endswith(":"):
        return True  # "citing his frustration: “disappointment”": introduced by a colon after the attribution
    if _postposed_after(cue, span):
        return True
    speaker = _speaker_words(cue)
    head: Token = tokens.root
    for _ in range(MAX_CLIMB):
        if head.i in speaker:
            return False
        if head.i == cue.token.i or _shares_subject(head, cue, coordinated):
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _postposed_after(cue: Cue, span: QuotedSpan) -> bool:
    """"L'armée a lancé une « opération spéciale », a indiqué le ministère": an attribution after a comma
    closing the sentence reports all of it (parsers often hang it on the main verb rather than above it)."""
    first = verb_group_start(cue.token)
    if cue.subject is not None and cue.subject.i < first:
        first = cue.subject.left_edge.i
    doc = cue.token.doc
    return doc[first].idx >= span.outer_end and after_break(doc, first, cue.sent)


def _shares_subject(verb: Token, cue: Cue, coordinated: frozenset[str]) -> bool:
    """"X cast the enemy as “terrorism” and said …": a verb coordinated with the speech verb whose subject is
    the speaker's (the speaker chose the words; not "A won a “double” and B said so")."""
    if cue.subject is None:
        return False
    own = [c for c in verb.children if c.dep_ == cue.subject.dep_ and c.i != cue.token.i]
    if cue.token.dep_ in coordinated and cue.token.head.i == verb.i:  # "X cast … and said"
        return any(c.i == cue.subject.i for c in own)
    if verb.dep_ in coordinated and verb.head.i == cue.token.i:  # "X said … and cast …"
        return not own
    return False


def _speaker_words(cue: Cue) -> set[int]:
    """The speaker's words, without the attribution when the parse hung it under them ("X, who described …")."""
    words = {t.i for t in cue.subject.subtree} if cue.subject is not None else set()
    if cue.speaker_words is not None:
        words.update(range(cue.speaker_words.start, cue.speaker_words.end))
    if cue.token.i in words:  # "NABU, which described …": the attribution hangs under the speaker's words
        words -= {t.i for t in cue.token.subtree}
    return words


def previous_subject(text: str, start: int, segments: Segments, cues: list[Cue], grammar: QuoteGrammar
                     ) -> tuple[Token, Span] | None:
    """The subject (and segment) of the sentence before a quotation opening its own sentence at ``start``, when
    that sentence, in the same paragraph, reports nothing of its own (a speech verb with nothing said, "X s'est
    exprimé devant les élus.", announces the quotation)."""
    seg = segments.at(start)
    if seg is None or text[seg.start_char:start].strip(OPENING):
        return None
    k = segments.index_of(seg) - 1
    while k >= 0 and all(t.is_punct or t.is_space for t in segments.spans[k]):
        k -= 1  # the parser may make the opening mark a sentence of its own
    if k < 0:
        return None
    prev = segments.spans[k]
    if "\n" in text[prev.end_char:seg.start_char] or any(prev.start_char <= c.position < prev.end_char
                                                          and (c.content is not None or quotes_in(prev.text))
                                                          for c in cues):
        return None
    roots = [t for t in prev if t.head.i == t.i or not prev.start <= t.head.i < prev.end]
    subjects = [c for r in roots if r.pos_ in ("VERB", "AUX", "ADJ", "NOUN") for c in r.children
                if c.dep_ in grammar.active_subject | grammar.subject]
    return (subjects[0], prev) if subjects else None


def quotes_in(text: str) -> bool:
    """Whether ``text`` holds a quotation mark (its speech verb may attribute a quotation of its own)."""
    return any(mark in text for mark in "«»“”\"")
