"""A name before a level word is a place: "the Kursk region", "Idlib province", "Kharkiv oblast".

The model reads some toponyms as miscellaneous names (a nationality-like label: "Kursk" in "the Kursk region").
The level word written right after the name ("region", "province", "oblast", "city": the ``after`` words of
``lexicons/<lang>/place_words.tsv``, as the places layer reads them) says it names a place; it is one when the
gazetteer knows the name.

The model also takes a region's name with its level word written as part of it ("Borno State", "Blue Nile State",
"Sumy Province") for an organisation or a person; with a capital level word of a region (not "City": "Leicester
City" is a club) after a first-level region the gazetteer knows, the name is a place.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.places.mentions import place_words

_LEVELS = frozenset({"region", "city"})
_REGION_FEATURES = frozenset({"ADM1", "RGN"})


@lru_cache(maxsize=8)
def level_words_after(lang: str) -> frozenset[str]:
    """Lower-cased level words written after a place's name ("region", "oblast")."""
    return frozenset(form for form, level in place_words(lang).after if level in _LEVELS)


def retype_names_before_level_words(doc: Doc, cands: list[Candidate], lex: EntityLexicon,
                                    gazetteer: Gazetteer | None) -> None:
    """"the Kursk region": a miscellaneous name right before a level word is a place the gazetteer knows."""
    if gazetteer is None:
        return
    words = level_words_after(lex.lang)
    for cand in cands:
        if (cand.actor is None and cand.type == "MISC" and cand.end < len(doc) and doc[cand.end].lower_ in words
                and not lex.is_nationality(cand.span(doc).text) and gazetteer.lookup(cand.span(doc).text)):
            cand.type = "LOC"


def retype_regions_with_level_words(doc: Doc, cands: list[Candidate], lex: EntityLexicon,
                                    gazetteer: Gazetteer | None) -> None:
    """"Borno State", "Gezira State": an unlinked name ending in a capital region level word after the name of
    a first-level region the gazetteer knows is a place."""
    if gazetteer is None:
        return
    words = frozenset(form.lower() for form, level in place_words(lex.lang).after if level == "region")
    for cand in cands:
        span = cand.span(doc)
        if (cand.actor is None and cand.type != "LOC" and len(span) >= 2 and span[-1].is_title
                and span[-1].lower_ in words
                and any(found.place.feature in _REGION_FEATURES for found in gazetteer.lookup(span[:-1].text))):
            cand.type = "LOC"
