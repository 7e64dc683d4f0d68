"""How a quotation and the attribution cues of its document relate: the sentences a quotation stands in, the
bare attribution after it, which cue a word or a content belongs to, and which cues do not attribute (negated,
qualifying another). Read by the quote component (component.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.marks import QuotedSpan
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import finite

ATTRIBUTION_REACH = 120  # characters into the next sentence where a bare attribution's verb may stand
CONTINUING_ENDS = frozenset(",?!")  # a quotation ending so runs on into its attribution ("“Why?” X said.")
CLOSING_MARKS = " \t\u00a0\u202f»”\"’›“'"


def governed_by(doc: Doc, pos: int, cue: Cue) -> bool:
    """Whether the word at ``pos`` belongs to the cue verb's own clause: the first verb above it is the cue."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    for _ in range(len(doc)):
        if tok.i == cue.token.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != cue.token.i:
            return False
    return False


def within_quotations(spans: list[QuotedSpan]) -> Callable[[int], bool]:
    starts = [q.outer_start for q in spans]

    def quoted(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k].contains(pos)

    return quoted


def quotation_frame(text: str, span: QuotedSpan, segments: Segments) -> tuple[int, int] | None:
    """The segments a quotation stands in, plus a following one that only continues it ("he said.") and a
    preceding one that introduces it with a colon."""
    first = segments.at(span.outer_start)
    last = segments.at(max(span.outer_start, span.outer_end - 1))
    if first is None or last is None:
        return None
    start, end = first.start_char, last.end_char
    k = segments.index_of(last)
    rest = text[span.outer_end:end].strip(" \t\n\u00a0\u202f,")
    if not rest and k + 1 < len(segments.spans):
        nxt = segments.spans[k + 1]
        gap = text[last.end_char:nxt.start_char]
        if "\n" not in gap and text[nxt.start_char:nxt.end_char].lstrip(" ,")[:1].islower():
            end = nxt.end_char
    j = segments.index_of(first)
    if text[start:span.outer_start].strip() == "" and j > 0:
        prev = segments.spans[j - 1]
        if text[prev.start_char:prev.end_char].rstrip().endswith(":"):
            start = prev.start_char
    return start, end


def attribution_after(text: str, span: QuotedSpan, segments: Segments, cues: list[Cue]) -> Cue | None:
    """"“Is it over?” Lisa Marks, the mayor's adviser, said.": the parser often ends the sentence at the closing
    mark; a quotation ending on a comma, question or exclamation mark is attributed by a bare attribution
    ("X said.", no reported content of its own) opening the next sentence on the same line, and any quotation by
    a cleft opening it ("C'est ce qu'a déclaré X")."""
    runs_on = text[span.start:span.outer_end].rstrip(CLOSING_MARKS)[-1:] in CONTINUING_ENDS
    last = segments.at(max(span.outer_start, span.outer_end - 1))
    if last is None or text[span.outer_end:last.end_char].strip(" \t\u00a0\u202f,"):
        return None
    k = segments.index_of(last)
    if k + 1 >= len(segments.spans):
        return None
    nxt = segments.spans[k + 1]
    if "\n" in text[last.end_char:nxt.start_char]:
        return None
    # "« … » C'est ce qu'a déclaré X.": a cleft attributes the quotation before it however it ends
    return next((c for c in cues if c.kind == "verb" and (c.cleft or (runs_on and c.content is None))
                 and c.sent is nxt and c.position - nxt.start_char <= ATTRIBUTION_REACH
                 and (c.subject is not None or c.speaker_words is not None)), None)


def speaker_outside(cue: Cue, quoted: Callable[[int], bool]) -> bool:
    if cue.speaker_words is not None:
        return not quoted(cue.speaker_words.start_char)
    return cue.subject is not None and not quoted(cue.subject.idx)


def before_nested_cue(text: str, cue: Cue, cues: list[Cue], g: QuoteGrammar) -> tuple[int, int]:
    """"Iran launched 100 drones, which he says they intercept": reported content stops at another attribution
    hung on it after a comma; not at one in a clause set between commas inside the content ("police said the
    suspect, who they believe acted alone, was arrested": the relative clause is a parenthesis)."""
    assert cue.content is not None
    start, end = cue.content
    for other in cues:
        if other is cue or other.kind != "verb" or not start < other.position < end:
            continue
        if parenthetical(g, cue.token.doc, other.token, end) or negated_participle(g, other.token):
            continue
        clause_start = min(t.idx for t in other.token.subtree)
        if other.token.head.pos_ == "ADP" and other.token.head.i < other.token.i:
            clause_start = min(clause_start, other.token.head.idx)  # "…, before noting that …"
        comma = text.rfind(",", start, clause_start + 1)
        if comma > start and only_conjunctions(cue.token.doc, comma + 1, clause_start):
            return start, comma  # (also "…, and condemned …", "…, before noting …": the speaker's next act)
    return start, end


def negated_participle(g: QuoteGrammar, verb: Token) -> bool:
    """"X maintained that the city should spend on buses, not widening roads": a negated participle
    is a contrast inside what was said, never the speaker's next act ("…, adding …" is)."""
    return any(c.dep_ in g.negation for c in verb.children) and not finite(verb)


def parenthetical(g: QuoteGrammar, doc: Doc, verb: Token, end: int) -> bool:
    """Whether the relative clause holding ``verb`` closes on a comma before ``end`` with the content going on after
    it ("the suspect, who they believe acted alone, was arrested", « le suspect, qui affirme avoir agi seul, a été
    arrêté »). A relative clause: so labelled, or opening on a relative pronoun (the parse may read it as an
    adverbial clause)."""
    clause = verb  # (up the verbs of the relative clause: "who they believe acted")
    while not _relative(g, clause) and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if not _relative(g, clause):
        return False
    after = clause.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    return any(not t.is_punct for t in doc[after + 1:] if t.idx < end)


def _relative(g: QuoteGrammar, clause: Token) -> bool:
    return clause.dep_ in g.relative or (clause.left_edge.lower_ in g.relative_pronoun
                                         and clause.left_edge.i < clause.i)


def only_conjunctions(doc: Doc, start: int, end: int) -> bool:
    """Nothing but spaces, punctuation and coordinating conjunctions between two characters."""
    if not doc_text(doc)[start:end].strip(" ,"):
        return True
    between = doc.char_span(start, end, alignment_mode="expand")
    return between is not None and all(t.is_punct or t.is_space or t.pos_ == "CCONJ" for t in between)


def negated(cue: Cue, negation: frozenset[str]) -> bool:
    """"X has not said …", "X n'a pas dit …": the parse marks the negation (a ``negation`` label, ``Polarity=Neg``)."""
    return cue.kind == "verb" and any(c.dep_ in negation or "Neg" in c.morph.get("Polarity", [])
                                      for c in cue.token.children)


def holds_verb_cue(cue: Cue, cues: list[Cue], marks: list[QuotedSpan], infinitive: frozenset[str],
                   incise_only: Callable[[Token], bool] = lambda verb: False,
                   passive: frozenset[str] = frozenset()) -> bool:
    """"«…», a déclaré X, selon l'agence Y", "X announced this, according to Y": the source phrase qualifies an
    attribution, not a statement. A speech verb governing an infinitive or being one, that reports nothing itself,
    with no quotation in or just before its sentence, is a commitment the source reports ("the police agreed not to
    publish the names, according to X"); ``infinitive``: the labels of an infinitive complement. A verb that speaks
    only in an incise (``incise_only``: "Selon X, les combats se poursuivent") reports nothing outside one. A
    passive speech verb with no speaker and nothing reported is a state ("Selon X, la sécurité est assurée",
    "according to X, security is assured"; ``passive``: the labels of a passive auxiliary)."""
    if cue.kind != "source" or cue.content is None:
        return False
    start, end = cue.content
    sent, text = cue.sent, doc_text(cue.sent.doc)
    # (a quotation in the sentence, or one just before the content: the parse may end a sentence at its mark)
    holds_quotation = any((sent.start_char < m.outer_end and m.outer_start < sent.end_char)
                          or (m.outer_end <= start and not text[m.outer_end:start].strip(CLOSING_MARKS + ",")
                              ) for m in marks)
    return any(c.kind == "verb" and start <= c.position < end and not _passive_state(c, passive) and (
        c.content is not None or holds_quotation or not (c.token.dep_ in infinitive or any(
            k.dep_ in infinitive for k in c.token.children) or incise_only(c.token))) for c in cues)


def _passive_state(cue: Cue, passive: frozenset[str]) -> bool:
    """A passive speech verb with no subject, speaker or content of its own ("la sécurité est assurée"): it states
    a state, it reports nothing."""
    return cue.subject is None and cue.content is None and cue.speaker_words is None \
        and any(k.dep_ in passive for k in cue.token.children)


def distance(pos: int, span: QuotedSpan) -> int:
    if pos < span.outer_start:
        return span.outer_start - pos
    return max(0, pos - span.outer_end)


def clause_start(cue: Cue) -> int:
    tokens = [cue.token] + ([cue.subject] if cue.subject is not None else [])
    return min(t.idx for t in tokens)
