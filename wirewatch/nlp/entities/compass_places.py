"""Regions named by a compass word and another place's name, found in the gazetteer under their English name.

"Sud-Kivu", "Kivu du Nord", "Kordofan occidental", "Southern Kivu": the compass word (``lexicons/<lang>/
compass_names.tsv``, before or after the name) and the rest of the name are recomposed in the forms the gazetteer
holds regions under ("South Kivu", "Southern Kivu", "Nord Kivu"; ``lexicons/en/compass_directions.tsv``), the rest
also under its own gazetteer name. Only regions count (a town called "South X" is another place), and only when
every form found names one region; a region the gazetteer holds under a French compass word is named with the
English one ("Nord Kivu" → North Kivu), and one it lacks is composed from the English compass word and the English
name of the continent, country or region the rest names ("Sud-Liban" → South Lebanon, « Afrique de l'Ouest » → West
Africa).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import CANONICAL_LANG, normalize
from wirewatch.nlp.entities.spans import Candidate

_REGION_FEATURES = frozenset({"COUNTRY", "RGN", "ADM1", "ADM2"})
_COMPOSABLE_FEATURES = frozenset({"CONT", "COUNTRY", "RGN", "ADM1"})
_WORD_BREAK = re.compile(r"[\s\-‐]+")


def _words(text: str) -> list[str]:
    return [w for w in _WORD_BREAK.split(text.replace("’", "'")) if w]


@lru_cache(maxsize=8)
def _compass_words(lang: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(words, position, direction) of the language's compass words, longest first."""
    rows = [(tuple(_words(row["form"].lower())), row["position"], row["direction"])
            for row in lexicons.read_tsv(lang, "compass_names.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, tuple[str, ...]]:
    return {row["direction"]: tuple(row["forms"].split("|"))
            for row in lexicons.read_tsv(CANONICAL_LANG, "compass_directions.tsv")}


def split_compass_name(text: str, lang: str) -> tuple[str, str] | None:
    """(direction, the rest of the name) of a name made of a compass word and a place's name, else None."""
    words = _words(text)
    lower = [w.lower() for w in words]
    if tuple(lower) in {form for form, _, _ in _compass_words(lang)}:
        return None  # "Sud-Ouest": a direction alone
    for form, position, direction in _compass_words(lang):
        n = len(form)
        if len(words) <= n:
            continue
        if position == "prefix" and tuple(lower[:n]) == form and words[n][:1].isupper():
            return direction, " ".join(words[n:])
        if position == "suffix" and tuple(lower[-n:]) == form and words[0][:1].isupper():
            return direction, " ".join(words[:-n])
    return None


def _regions(gazetteer: Gazetteer, name: str) -> set[tuple[str, str | None]]:
    return {(c.place.name, c.place.country) for c in gazetteer.lookup(name) if c.place.feature in _REGION_FEATURES}


def compass_region(gazetteer: Gazetteer, text: str, lang: str,
                   place_of: Callable[[str], tuple[str, str | None] | None]) -> tuple[str, str | None] | None:
    """The gazetteer's (name, country) of the region ``text`` names with a compass word, else None; ``place_of``
    gives the gazetteer name of the rest of the name when it is a place ("Liban" → "Lebanon")."""
    parts = split_compass_name(text, lang)
    if parts is None:
        return None
    direction, rest = parts
    rests = [rest]
    if (other := place_of(rest)) is not None and other[0] != rest:
        rests.append(other[0])
    english = _english_forms().get(direction, ())
    local = [" ".join(w.capitalize() for w in form) for form, position, d in _compass_words(lang)
             if d == direction and position == "prefix"]
    for base in rests:
        for compass in (*english, *local):
            found = _regions(gazetteer, f"{compass} {base}")
            if len(found) == 1:
                name, country = found.pop()
                if english and compass not in english and normalize(name) == normalize(f"{compass} {base}"):
                    name = f"{english[0]} {base}"  # the gazetteer's "Nord Kivu" is North Kivu in English
                elif english and split_compass_name(name, lang) is not None:
                    name = f"{english[0]} {rests[-1]}"  # the gazetteer's "Liban-Nord" is North Lebanon
                return name, country
            if found:
                return None
    return _composed_region(gazetteer, english, rests[-1])


def _composed_region(gazetteer: Gazetteer, english: tuple[str, ...], base: str) -> tuple[str, str | None] | None:
    """A region the gazetteer does not hold, named by the English compass word before the English name of the
    one continent, country or first-level region the rest of the name is ("Sud-Liban" → South Lebanon,
    « Afrique de l'Ouest » → West Africa), unless that composed name is another continent's, country's or region's."""
    found = {(c.place.name, c.place.country) for c in gazetteer.lookup(base)
             if c.place.feature in _COMPOSABLE_FEATURES}
    if not english or len(found) != 1:
        return None
    name, country = found.pop()
    composed = f"{english[0]} {name}"
    if any(c.place.feature in _COMPOSABLE_FEATURES for c in gazetteer.lookup(composed)):
        return None  # « Afrique australe » is no "South Africa": the composed name is another area's
    return composed, country


def _one_region(gazetteer: Gazetteer, name: str) -> tuple[str, str | None] | None:
    found = _regions(gazetteer, name)
    return found.pop() if len(found) == 1 else None


def retype_compass_regions(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer | None,
                           given_names: frozenset[str]) -> None:
    """A name the model took for a person or a thing ("Nord-Liban" as PER, "Sud-Yémen" as MISC) is a place when it
    is a compass word and a region's or country's name ("Sud-Liban" → South Lebanon)."""
    if gazetteer is None:
        return
    for cand in cands:
        if cand.actor is not None or cand.type not in ("PER", "MISC") or normalize(
                cand.span(doc).text).split()[0] in given_names:
            continue
        if compass_region(gazetteer, cand.span(doc).text, doc.lang_, lambda rest: _one_region(gazetteer, rest)):
            cand.type = "LOC"
