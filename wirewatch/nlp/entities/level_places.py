"""A name before a level word is a place: "the Kursk region", "Idlib province", "Kharkiv oblast".

The model reads some toponyms as miscellaneous names (a nationality-like label: "Kursk" in "the Kursk region").
The level word written right after the name ("region", "province", "oblast", "city": the ``after`` words of
``lexicons/<lang>/place_words.tsv``, as the places layer reads them) says it names a place; it is one when the
gazetteer knows the name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.places.mentions import place_words

_LEVELS = frozenset({"region", "city"})


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
