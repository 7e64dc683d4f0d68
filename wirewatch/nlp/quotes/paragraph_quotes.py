"""A quotation that is a paragraph of its own, with no attribution, after a paragraph that announces it.

"Le chef de l'opposition, X, a vivement critiqué le budget.¶« Ce budget est une trahison. Il faut tout
reprendre. »" — the words are those of the subject of the last sentence of the paragraph before, when that
sentence reports nothing of its own (no speech verb with words said, no quotation). Only a person or an
organisation the entities layer knows speaks so (component.py keeps typed speakers only).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.structure import OPENING, quotes_in

CLOSING = " \t\u00a0\u202f»”\"›’.!?…"


def paragraph_before_subject(text: str, start: int, end: int, segments: Segments, cues: list[Cue],
                             grammar: QuoteGrammar) -> tuple[Token, Span] | None:
    """The subject (and segment) of the last sentence of the paragraph before the quotation ``start``–``end``,
    when the quotation fills its own paragraph and that sentence reports nothing of its own."""
    par_start = text.rfind("\n", 0, start) + 1
    par_end = text.find("\n", end)
    par_end = len(text) if par_end < 0 else par_end
    if par_start == 0 or text[par_start:start].strip(OPENING) or text[end:par_end].strip(CLOSING):
        return None
    if quotes_in(text[start:end]):  # ("“A,\" X said.": marks paired across an attribution, not a quotation alone)
        return None
    before = text[:par_start].rstrip()
    prev = segments.at(len(before) - 1) if before else None
    if prev is None or quotes_in(prev.text) or any(prev.start_char <= c.position < prev.end_char
                                                   and c.content is not None for c in cues):
        return None
    roots = [t for t in prev if t.head.i == t.i or not prev.start <= t.head.i < prev.end]
    subjects = [c for r in roots if r.pos_ in ("VERB", "AUX", "ADJ", "NOUN") for c in r.children
                if c.dep_ in grammar.active_subject | grammar.subject]
    return (subjects[0], prev) if subjects else None
