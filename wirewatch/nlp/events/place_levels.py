"""The common nouns that state a place's level ("Kherson city", "the Kharkiv region", "la région de Sumy"): a
name that modifies one of them is that place itself, not whose something is ("the Kharkiv governor").

The nouns are the place words of ``lexicons/<lang>/place_words.tsv`` that say a level (region, city, country),
written after the name ("X Oblast", "X city") or before it (their first word: "region of X", "village de X").
"""

from __future__ import annotations

from wirewatch import lexicons

LEVELS = frozenset({"region", "city", "country"})


def level_nouns(lang: str) -> frozenset[str]:
    """The lower-cased nouns stating a place's level in ``lang`` (none for a language without place words)."""
    if not lexicons.has(lang, "place_words.tsv"):
        return frozenset()
    rows = lexicons.read_tsv(lang, "place_words.tsv")
    return frozenset(row["form"].lower().split()[0 if row.get("position") == "before" else -1] for row in rows
                     if row.get("level") in LEVELS and row.get("form"))
