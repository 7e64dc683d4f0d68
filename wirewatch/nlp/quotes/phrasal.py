"""Speech verbs of two words: entries of ``speech_verbs.tsv`` whose lemma has two words.

- A verb and a noun ("faire état de …", "faire part de …"), whose ``object`` column names the prepositions of what
  was reported: the verb's object is the noun ("a fait état"), and what was said is its complement opening on one
  of those prepositions ("de trois blessés", "d'un nombre « énorme » de morts"), said by the verb's subject.
- A verb and an infinitive ("faire savoir que …", "faire valoir que …", "laisser entendre que …"), with
  ``that=yes``: the infinitive hangs on the verb, and what was said is the clause the infinitive governs, said by
  the verb's subject (the parse gives the infinitive alone no subject, and it is no speech verb by itself).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon, SpeechVerb
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import attribution_subject, finite, inverted_phrase, is_clause, own_subject

CAUSATIVE_REACH = 3  # words from "fait" to its infinitive ("a fait savoir", "a fait aussi savoir")


def phrasal_cues(lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
    """The cues of the two-word speech verbs of ``doc``, with the complement they report as content."""
    phrases = {tuple(lemma.split()): entry for lemma, entry in lex.verbs.items()
               if len(lemma.split()) == 2 and lemma.split()[0] not in lex.grammar.reflexive
               and (entry.object_prepositions or entry.takes_clause)}
    if not phrases:
        return []
    firsts = {words[0] for words in phrases}
    cues = []
    for seg in segments.spans:
        for verb in seg:
            lemma = verb.lemma_.lower()
            if lemma not in firsts or verb.pos_ != "VERB" or quoted(verb.idx):
                continue
            for (first, second), entry in phrases.items():
                if first != lemma:
                    continue
                if entry.object_prepositions:
                    content = _reported(lex, verb, second, entry, quoted) if finite(verb) else None
                    if content is not None:
                        subject = attribution_subject(lex.grammar, verb, seg)
                        cues.append(Cue(verb, "verb", seg, subject=subject, content=content))
                else:
                    cue = _causative_cue(lex, verb, second, seg, quoted)
                    cues.extend([cue] if cue is not None else [])
    return cues


def _reported(lex: QuoteLexicon, verb: Token, noun_word: str, entry: SpeechVerb, quoted: Callable[[int], bool]
              ) -> tuple[int, int] | None:
    g = lex.grammar
    noun = next((c for c in verb.children if c.dep_ in g.object and c.lower_ == noun_word and c.i > verb.i), None)
    if noun is None:
        return None
    said = next((c for c in verb.children if c.i > noun.i and any(
        m.dep_ in g.leading and m.lower_ in entry.object_prepositions for m in c.children)), None)
    if said is None:
        return None
    words = [t for t in verb.doc[said.left_edge.i: said.right_edge.i + 1] if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS or all(quoted(t.idx) for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)



def _causative_cue(lex: QuoteLexicon, verb: Token, infinitive: str, seg: Span, quoted: Callable[[int], bool]
                   ) -> Cue | None:
    """"X a fait savoir que <content>": the clause governed by the infinitive ``infinitive`` of ``verb`` (the
    parse hangs either one on the other), said by the subject of the pair."""
    g = lex.grammar
    inf = next((t for t in verb.doc[verb.i + 1: min(verb.i + 1 + CAUSATIVE_REACH, seg.end)]
                if t.lemma_.lower() == infinitive and t.pos_ in ("VERB", "AUX") and (t.head == verb or verb.head == t)
                and "Inf" in t.morph.get("VerbForm", [])), None)
    if inf is None:
        return None
    head = verb if inf.head == verb else inf
    if not (finite(verb) or finite(inf) or _perfect_infinitive(verb) or _perfect_infinitive(inf)):
        return None  # (a perfect infinitive reports words said: "après avoir fait savoir que …")
    clause = next((c for c in [*inf.children, *verb.children] if c.dep_ in g.clause and c.i > inf.i
                   and seg.start <= c.i < seg.end), None)
    if clause is None:
        return _postposed_causative(lex, head, seg, quoted)
    doc = verb.doc
    last = min(clause.right_edge.i, seg.end - 1)
    span = trim_content(g, doc_text(doc), clause.left_edge.idx, doc[last].idx + len(doc[last].text))
    if span is None:
        return None
    words = [t for t in doc.char_span(*span, alignment_mode="expand") or () if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS or all(quoted(t.idx) for t in words):
        return None
    subject = attribution_subject(g, head, seg)
    if subject is not None and subject.dep_ in g.object and head.dep_ not in g.object:
        # "X a quitté la salle après avoir fait savoir …": X speaks, not the object of the verb above
        subject = own_subject(g, head.head, seg)
    if subject is not None and quoted(subject.idx):
        subject = None
    return Cue(head, "verb", seg, subject=subject, content=span)


def _postposed_causative(lex: QuoteLexicon, head: Token, seg: Span, quoted: Callable[[int], bool]) -> Cue | None:
    """"« … », a fait valoir le directeur": after a comma or a closing quotation mark, the subject follows the
    verb group and what was said stands before it."""
    words = inverted_phrase(lex.grammar, head, seg)
    if words is None or quoted(words.start_char):
        return None
    doc = head.doc
    start = min(t.i for t in head.subtree if t.i < words.start and (t.dep_.startswith("aux") or t.pos_ == "VERB"))
    content = None
    if start - 1 > seg.start and doc[start - 1].text == ",":
        span = trim_content(lex.grammar, doc_text(doc), seg.start_char, doc[start - 1].idx)
        unquoted = [] if span is None else [t for t in doc.char_span(*span, alignment_mode="expand") or ()
                                            if not t.is_punct and not quoted(t.idx)]
        content = span if len(unquoted) >= MIN_CONTENT_WORDS and is_clause(doc[seg.start: start - 1]) else None
    return Cue(head, "verb", seg, speaker_words=words, content=content)


def _perfect_infinitive(verb: Token) -> bool:
    """"avoir fait": a participle under an auxiliary in the infinitive."""
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_.startswith("aux") and c.i < verb.i and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)
