"""A name that fills a pair of quotation marks is a title, not a person, organisation or place.

Films, books, songs, operations and slogans are written between quotation marks: « Les Heures claires »,
"Operation Northern Gale", “Blue Meridian”. The model labels them as it would a person or an organisation; such a
name that is the whole text between an opening and a closing mark is the title of a work (MISC) under every
mention, unless the KB knows it as an actor (a quoted "Hamas" is still Hamas) or it is a place the gazetteer knows
(crowds chant “Europe”). A determiner the name was trimmed of may stand inside the marks (« La Petite Veilleuse »).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.entities.spans import Candidate

_OPENING = frozenset("«“\"„‹")
_CLOSING = frozenset("»”\"›")
_SPACES = " \t\u00a0\u202f"


def fills_quotation_marks(text: str, start: int, end: int, determiners: frozenset[str] = frozenset()) -> bool:
    """``text[start:end]`` is all that stands between an opening and a closing quotation mark (after one of
    ``determiners``, lower-case, when given)."""
    before = text[:start].rstrip(_SPACES)
    last_word = re.search(r"[^\s«“\"„‹]+$", before)
    if last_word and last_word.group().lower() in determiners:
        before = before[:last_word.start()].rstrip(_SPACES)
    after = text[end:].lstrip(_SPACES)
    return bool(before) and bool(after) and before[-1] in _OPENING and after[0] in _CLOSING


def retype_quoted_titles(doc: Doc, cands: list[Candidate], is_place: Callable[[str], bool] = lambda name: True) -> None:
    """Names that fill quotation marks, and their other mentions, become MISC (a quoted place ``is_place`` knows
    stays a place)."""
    text = doc_text(doc)
    titles = set()
    for cand in cands:
        span = cand.span(doc)
        unknown_place = cand.type == "LOC" and not is_place(span.text)
        determiner = frozenset({doc[span.start - 1].lower_}) if span.start and doc[span.start - 1].pos_ == "DET" \
            else frozenset()  # the one the name was trimmed of ("La"), not an honorific ("Ms")
        if cand.actor is None and (cand.type in ("PER", "ORG") or unknown_place) \
                and fills_quotation_marks(text, span.start_char, span.end_char, determiner):
            titles.add(cand.norm(doc))
    for cand in cands:
        if cand.actor is None and cand.norm(doc) in titles:
            cand.type = "MISC"
