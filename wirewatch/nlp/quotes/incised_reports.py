"""Reported speech that runs across its own attribution: "The plan, he said, would fail", « Le plan, a-t-il dit,
échouera ».

The attribution stands between commas inside the sentence it reports: before it, the opening noun phrase of that
sentence (no finite verb, not an adjunct); after it, the rest of the clause (a finite verb). What was said is the
whole sentence; the attribution words it encloses are few next to it. Read on the surface, as parsers hang such
an incise anywhere (a parataxis of the main verb, an adverbial clause, or the root with the rest as its object).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import own_subject, verb_group_start, within

MAX_INCISE_TAIL = 8  # words after the verb inside the incise ("…, a déclaré le ministre Paul Martin mardi, …")
OPENING_POS = ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ")  # an opening noun phrase, not an adjunct


def incise_bounds(g: QuoteGrammar, verb: Token, seg: Span) -> tuple[int, int] | None:
    """The token indices of the commas around the attribution of ``verb``, if it stands between two commas."""
    doc = verb.doc
    subject = own_subject(g, verb, seg)
    first = verb_group_start(verb)
    if subject is not None and subject.i < verb.i and within(subject, seg) \
            and not any(t.text == "," for t in doc[subject.i: verb.i]):  # (not a subject the parse took from before)
        first = min(first, subject.left_edge.i)
    if first - 1 <= seg.start or doc[first - 1].text != ",":
        return None
    comma = next((t.i for t in doc[verb.i + 1: seg.end] if t.text == ","), None)
    if comma is None or comma - verb.i - 1 > MAX_INCISE_TAIL:
        return None
    tail = doc[verb.i + 1: comma]
    if any("Fin" in t.morph.get("VerbForm", []) or t.pos_ in ("SCONJ", "VERB") or t.is_quote for t in tail):
        return None  # "…, he said that …", "…, said X, who …": not a bare attribution
    return first - 1, comma


def present_participle(g: QuoteGrammar, verb: Token) -> bool:
    """"speaking", "s'exprimant": a present participle with no auxiliary says the subject was speaking while it did
    something else; it reports no sentence ("Le ministre, s'exprimant à Lyon, a dit …")."""
    return verb.morph.get("VerbForm", []) == ["Part"] and verb.morph.get("Tense", []) == ["Pres"] \
        and not any(c.i < verb.i and c.lemma_.lower() in g.auxiliary for c in verb.children)


@dataclass(frozen=True)
class IncisedReport:
    said: tuple[int, int]  # first and last token of the sentence the attribution interrupts
    speaker_words: Span | None  # the inverted subject inside the incise ("…, a déclaré le ministre X, …")


def incised_report(g: QuoteGrammar, verb: Token, seg: Span, quoted: Callable[[int], bool]) -> IncisedReport | None:
    """The sentence an attribution interrupts, if it reports that sentence, and the speaker words after the verb
    when no subject of its own stands in the incise."""
    bounds = incise_bounds(g, verb, seg)
    if bounds is None or verb.dep_ in g.relative:  # "X, who asked …, left": a relative clause, no incise
        return None
    if present_participle(g, verb):  # "X, speaking in Ohio, said …": an adjunct of the subject, no attribution
        return None
    doc = verb.doc
    left, right = bounds
    opening = [t for t in doc[seg.start: left] if not t.is_punct]
    rest = [t for t in doc[right + 1: seg.end] if not t.is_punct]
    if not opening or not rest or opening[0].pos_ not in OPENING_POS:
        return None
    if any(t.text in (",", ";", ":") or "Fin" in t.morph.get("VerbForm", []) for t in doc[seg.start: left]):
        return None  # "When X came, he said, …": the opening is a clause or an adjunct, not a subject
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in opening):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in rest):  # (the parse may miss a future's finiteness)
        return None
    if quoted(opening[0].idx) or quoted(rest[0].idx):
        return None  # '"The plan," he said, "would fail"': the quotation marks make it direct
    subject = own_subject(g, verb, seg)
    words = None
    if subject is None or not left < subject.i < right:
        after = [t for t in doc[verb.i + 1: right]]
        if after and after[0].pos_ in ("DET", "PROPN") and any(t.pos_ in ("NOUN", "PROPN") for t in after):
            words = doc[verb.i + 1: right]
    return IncisedReport((opening[0].i, rest[-1].i), words)
