"""A region of a country the article names, written in the article's language: « la Catalogne » in an article
about Spain is Catalonia, « le Pendjab » with Pakistan named is Punjab, « la Transcarpatie » with Ukraine named is
Zakarpattia, « le Tigré » with Ethiopia named is Tigray (not the Argentine town Tigre).

French writes the names of first-level divisions and historical regions in its own spelling, which the gazetteer's
sources mostly lack; the spellings differ by regular correspondences (``lexicons/<lang>/exonym_spellings.tsv``:
final -ie / -ia, « dj » / "j", « ou » / "u", « th » / "t"). A place name the gazetteer does not know, or knows only
as a town of a country the article does not name, takes the region (ADM1 or named region) of a country the article
names whose name, both folded by those correspondences, is nearly the same (difflib ratio at least
:data:`MIN_RATIO`) with the same consonants in the same order — exonyms differ in their vowels (« Pendjab » /
Punjab), a people's or another place's name in its consonants ("Tibetan" is no "Tibet") — when the nearest names
all name one region.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from wirewatch import lexicons
from wirewatch.kb.gazetteer import Gazetteer, GeoPlace
from wirewatch.kb.names import normalize

MIN_RATIO = 0.8
MIN_LETTERS = 4
_SPELLINGS = "exonym_spellings.tsv"
_VOWELS = frozenset("aeiou ")


@lru_cache(maxsize=8)
def _rules(lang: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    rows = lexicons.read_tsv(lang, _SPELLINGS)
    inside = tuple((r["form"], r.get("key", "")) for r in rows if r.get("position") == "inside")
    ends = tuple(sorted(((r["form"], r.get("key", "")) for r in rows if r.get("position") == "end"),
                        key=lambda rule: -len(rule[0])))
    return inside, ends


def spelling_key(name: str, lang: str) -> str:
    """``name`` folded by the language's spelling correspondences: "Catalogne" and "Catalonia" → "catalon"."""
    inside, ends = _rules(lang)
    words = []
    for word in normalize(name).split():
        for form, key in inside:
            word = word.replace(form, key)
        for form, key in ends:
            if word.endswith(form) and len(word) - len(form) >= 3:
                word = word[: len(word) - len(form)] + key
                break
        words.append(word)
    return " ".join(words)


def _consonants(key: str) -> str:
    return "".join(c for c in key if c not in _VOWELS)


def gazetteer_reading_holds(country: str | None, only_towns: bool, countries: set[str]) -> bool:
    """Whether a name the gazetteer places (in ``country``) keeps that reading rather than be tried as a region of
    the article's ``countries`` in the article's spelling: it does unless the gazetteer knows it only as towns
    (``only_towns``) and of no country the article names (« le Tigré » with Ethiopia named: the Argentine town
    Tigre gives way). The entity and places layers both ask it before :func:`region_exonym`."""
    return country in countries or not only_towns


def region_exonym(gazetteer: Gazetteer, text: str, countries: set[str], lang: str) -> GeoPlace | None:
    """The region of one of ``countries`` that ``text`` names in the spelling of ``lang``, or None."""
    if not lexicons.has(lang, _SPELLINGS) or not countries:
        return None
    key = spelling_key(text, lang)
    if len(key.replace(" ", "")) < MIN_LETTERS:
        return None
    skeleton = _consonants(key)
    best, found = MIN_RATIO, set()
    for iso3 in sorted(countries):
        for place, names in gazetteer.regions_of(iso3):
            for name in names:
                other = spelling_key(name, lang)
                if not other or other[0] != key[0] or _consonants(other) != skeleton:
                    continue
                ratio = difflib.SequenceMatcher(None, key, other).ratio()
                if ratio > best + 1e-9:
                    best, found = ratio, {place}
                elif abs(ratio - best) <= 1e-9 and ratio >= MIN_RATIO:
                    found.add(place)
    named = {p.name for p in found}
    if len(named) != 1:
        return None
    return max(found, key=lambda p: p.population)
