"""A name the article places is a place under all its mentions.

The model labels each mention of a town on its own, and often wrongly ("the mayor of Derna" as ORG, "Derna was
hit" as PER); the majority of its labels (spans.harmonise_types) then outvotes the one mention whose words say
it is a place. Two kinds of evidence settle the name for the whole article:

- a place noun and "of" before it: "the city of Derna", "la ville libyenne de Derna", "the town of Larissa"
  (the ``LOC`` head nouns of ``lexicons/<lang>/kind_nouns.tsv``, a name joiner between);
- a locative preposition (not one of direction: "a blow to X") or a list of places before it ("in el-Fasher",
  "à Derna") when the gazetteer knows the name as a place: a country, a region, or a town of 5,000 people under
  its main name (100,000 under another).

- a locative preposition after it that places it in a country or region of the same country in the gazetteer:
  "floods devastated X in eastern Libya", "X, dans le sud de la Libye" (at most four lower-case words between
  the preposition and the country; the town must be one of 5,000 people of that country).

- the main name of a country, a region or a capital in the gazetteer, which the model read as an organisation
  ("Russia annexed Crimea", "Crimea's leaders"): a place named for those who govern it is still the place, as the
  KB's countries are.

- a building's or a site's noun at the edge of a name of two words or more: last in English ("Crocus City Hall",
  "Al-Shifa Hospital"), first in French ("hôpital Al-Shifa"); ``lexicons/<lang>/facility_nouns.tsv``.

Names linked to the KB, a person's surname written in a full name of the article, and a name that starts with a
given name outside a place-noun phrase keep their type.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate, in_place_context

_REGIONS = frozenset({"COUNTRY", "ADM1", "RGN", "PPLC"})
_MIN_TOWN = 5_000
_MIN_TOWN_OTHER_NAME = 100_000  # a town's alternate name is shared by too many smaller things below this
_MAX_WORDS = 3


def after_place_noun(doc: Doc, cand: Candidate, lex: EntityLexicon) -> bool:
    """A place noun, at most one lower-case word and a name joiner right before the name: "the city of X",
    "la ville libyenne de X"."""
    i = cand.start - 1
    if i < 1 or doc[i].lower_ not in lex.name_joiners:
        return False
    for back in (1, 2):
        noun = doc[i - back] if i - back >= 0 else None
        if noun is None or not noun.is_lower or noun.is_punct:
            return False
        if lex.kind_nouns.get(normalize(noun.text)) == "LOC":
            return True
    return False


def _known_place(gazetteer: Gazetteer, text: str) -> bool:
    for found in gazetteer.lookup(text):
        place = found.place
        if place.feature in _REGIONS:
            return True
        floor = _MIN_TOWN if found.main_name else _MIN_TOWN_OTHER_NAME
        if place.feature == "PPL" and place.population >= floor:
            return True
    return False


@lru_cache(maxsize=8)
def facility_nouns(lang: str) -> frozenset[tuple[str, str]]:
    """(normalised building noun, where it stands in a name: ``first`` or ``last``)."""
    return frozenset((normalize(row["form"]), row["position"]) for row in lexicons.read_tsv(lang, "facility_nouns.tsv"))


def names_facility(words: list[str], lang: str) -> bool:
    """A normalised name of two words or more with a building's noun at the edge its language puts it."""
    nouns = facility_nouns(lang)
    return len(words) >= 2 and ((words[-1], "last") in nouns or (words[0], "first") in nouns)


_MAX_WORDS_BEFORE_COUNTRY = 4
_COUNTRY_LEVEL = frozenset({"COUNTRY", "ADM1", "RGN"})


def _place_country(gazetteer: Gazetteer, cand: Candidate, doc: Doc) -> str | None:
    """The country of a country or region the candidate names: its KB actor's, else the gazetteer's (a country
    under any of its names, "Espagne", a region under its main name)."""
    if cand.actor is not None:
        return cand.actor.country if cand.actor.type == "LOC" else None
    found = [f.place.country for f in gazetteer.lookup(cand.span(doc).text)
             if f.place.feature == "COUNTRY" or (f.main_name and f.place.feature in _COUNTRY_LEVEL)]
    return found[0] if found else None


def placed_within_country(doc: Doc, cand: Candidate, cands: list[Candidate], lex: EntityLexicon,
                          gazetteer: Gazetteer) -> bool:
    """"X in eastern Libya", "X, en Libye": a locative preposition after the name (a comma may come between), at
    most four lower-case words, then a country or region, and the gazetteer knows X as a town of that country —
    under its main name a village of any size (the country named beside it settles what the population floor
    guards against: a small town's name shared with many others), under another name a large town."""
    i = cand.end + (1 if cand.end < len(doc) and doc[cand.end].text == "," else 0)
    if i >= len(doc) or doc[i].lower_ not in lex.locative_words:
        return False
    j = i + 1
    while j < len(doc) and j - i <= _MAX_WORDS_BEFORE_COUNTRY and doc[j].is_lower and not doc[j].is_punct:
        j += 1
    outer = next((o for o in cands if o.start == j and o is not cand), None)
    country = _place_country(gazetteer, outer, doc) if outer is not None else None
    return country is not None and any(
        f.place.country == country and (f.place.feature in _REGIONS or (
            f.place.feature == "PPL" and (f.main_name or f.place.population >= _MIN_TOWN_OTHER_NAME)))
        for f in gazetteer.lookup(cand.span(doc).text))


def _major_place(gazetteer: Gazetteer, text: str) -> bool:
    return any(found.main_name and found.place.feature in _REGIONS for found in gazetteer.lookup(text))


def _surnames(doc: Doc, cands: list[Candidate]) -> set[str]:
    """Normalised last words of the article's full person names."""
    out = set()
    for full in cands:
        words = [t for t in full.span(doc) if not t.is_punct]
        if full.type == "PER" and len(words) >= 2 and words[-1].is_title:
            out.add(normalize(words[-1].text))
    return out


def retype_placed_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon, gazetteer: Gazetteer | None) -> None:
    """Every mention of a name becomes LOC when one of its mentions is placed (see the module's docstring)."""
    surnames = _surnames(doc, cands)
    placed: set[str] = set()
    for cand in cands:
        if cand.actor is not None or cand.type == "MISC" or len(cand.span(doc)) > _MAX_WORDS:
            continue
        norm = cand.norm(doc)
        if norm in placed or norm in surnames:
            continue
        text = cand.span(doc).text
        located = gazetteer is not None and norm.split()[0] not in lex.given_names and (
            (in_place_context(doc, cand, cands, lex, directions=False) and _known_place(gazetteer, text))
            or (cand.type == "ORG" and not text.isupper() and _major_place(gazetteer, text))
            or placed_within_country(doc, cand, cands, lex, gazetteer))
        building = cand.type == "ORG" and names_facility(norm.split(), lex.lang)
        if located or building or after_place_noun(doc, cand, lex):
            placed.add(norm)
    for cand in cands:
        if cand.actor is None and cand.type in ("PER", "ORG") and cand.norm(doc) in placed:
            cand.type = "LOC"
