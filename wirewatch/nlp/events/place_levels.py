"""The common nouns that state a place's level ("Kherson city", "the Kharkiv region", "la région de Sumy"): a
name that modifies one of them is that place itself, not whose something is ("the Kharkiv governor").

The nouns are those of the level words the places layer reads (``lexicons/<lang>/place_words.tsv``, through
:func:`wirewatch.nlp.places.mentions.place_words`) that say a level (region, city, country), written after the
name ("X Oblast", "X city") or before it (their first word: "region of X", "village de X").
"""

from __future__ import annotations

from functools import lru_cache

from wirewatch.nlp.places.mentions import place_words

LEVELS = frozenset({"region", "city", "country"})


@lru_cache(maxsize=8)
def level_nouns(lang: str) -> frozenset[str]:
    """The lower-cased nouns stating a place's level in ``lang`` (none for a language without place words)."""
    return place_words(lang).level_heads(LEVELS)
