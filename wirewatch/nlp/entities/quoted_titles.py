"""A name that fills a pair of quotation marks is a title, not a person, organisation or place.

Films, books, songs, operations and slogans are written between quotation marks: « Les Heures claires »,
"Operation Northern Gale", “Blue Meridian”. The model labels them as it would a person or an organisation; such a
name that is the whole text between an opening and a closing mark is the title of a work (MISC) under every
mention, unless the KB knows it as an actor (a quoted "Hamas" is still Hamas) or the model read it as a place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.entities.spans import Candidate

_OPENING = frozenset("«“\"„‹")
_CLOSING = frozenset("»”\"›")
_SPACES = " \t\u00a0\u202f"


def fills_quotation_marks(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is all that stands between an opening and a closing quotation mark."""
    before = text[:start].rstrip(_SPACES)
    after = text[end:].lstrip(_SPACES)
    return bool(before) and bool(after) and before[-1] in _OPENING and after[0] in _CLOSING


def retype_quoted_titles(doc: Doc, cands: list[Candidate]) -> None:
    """Person and organisation names that fill quotation marks, and their other mentions, become MISC (a quoted
    place stays a place: crowds chant “Europe”)."""
    text = doc_text(doc)
    titles = set()
    for cand in cands:
        span = cand.span(doc)
        if cand.actor is None and cand.type in ("PER", "ORG") and fills_quotation_marks(
                text, span.start_char, span.end_char):
            titles.add(cand.norm(doc))
    for cand in cands:
        if cand.actor is None and cand.norm(doc) in titles:
            cand.type = "MISC"
