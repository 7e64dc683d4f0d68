"""Choosing the place a toponym names, among the gazetteer's candidates, from the article's context.

A candidate's score adds (each a small documented rule):
- a prior: log10 of its population, a bonus by feature (countries, capitals, landmarks and authored regions
  are what news names most), and a bonus when the name is its main name rather than an alternate one
  ("Pokrovsk" is a Ukrainian town before it is an old name of Engels), but not when the article writes that main
  name with accents it does not have (« Pékin » is Beijing's French name before it is Pekin, Illinois);
- a level word: "région de Zaporijia" asks for the region, "la ville de Zaporijia" for the town;
- a region that holds a town of the same name yields to the town unless a level word asks for the region
  ("Kharkiv" is the city, "Kharkiv Oblast" the region), and the town stands as high as that region against
  same-named places elsewhere;
- an adjacent parent: "Aleppo, Syria", "Paris (Texas)", "Seattle, Washington" — the child takes the candidate
  inside the parent and the parent the candidate holding the child; a demonym does the same through a level
  phrase ("the Syrian city of Aleppo", "la ville syrienne d'Alep": qualifiers.py);
- the article's dominant countries: countries of the other mentions' provisional choices ("Georgia" is the US
  state in an article about Atlanta and Savannah);
- a region named elsewhere in the article: "London" is the Ontario city in an article that names Ontario;
- one sense per article: a place another name of the article already chose ("Wash." then "Washington");
- a region of the article's countries written in the article's spelling: a name the gazetteer does not know, or
  knows only as towns of countries no other name of the article is in, takes such a region when its name is
  nearly the same under the language's spelling correspondences (« le Tigré » with Ethiopia named is Tigray, not the
  Argentine town Tigre; « la Catalogne » with Madrid named is Catalonia: ``kb/region_exonyms.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wirewatch.kb.gazetteer import Candidate, Gazetteer, GeoPlace
from wirewatch.kb.names import normalize, strip_accents
from wirewatch.kb.region_exonyms import gazetteer_reading_holds, region_exonym
from wirewatch.nlp.places.function_words import is_conjunction, place_function_words
from wirewatch.nlp.places.mentions import Toponym
from wirewatch.records import Precision

FEATURE_PRIOR = {"COUNTRY": 4.0, "CONT": 3.0, "RGN": 6.0, "LANDMARK": 6.0, "ADM1": 1.0, "PPLC": 1.5, "PPL": 0.0}
CAPITAL_MIN_POPULATION = 100_000  # below it, a capital gets no bonus ("The Valley")
TOWN_SHARE_OF_REGION = 0.1
WELL_KNOWN_FEATURES = frozenset({"COUNTRY", "CONT", "ADM1", "RGN", "LANDMARK"})
WELL_KNOWN_POPULATION = 100_000
MAIN_NAME_BONUS = 2.0
LEVEL_BONUS = 8.0
SAME_NAME_REGION_PENALTY = 4.0
PARENT_BONUS = 6.0
DOMINANT_WEIGHT = 3.0
ADMIN1_IN_DOC_BONUS = 3.0
SAME_PLACE_BONUS = 3.0
LEVEL_FEATURES = {"region": ("ADM1", "RGN"), "city": ("PPL", "PPLC"), "country": ("COUNTRY",)}


@dataclass(frozen=True)
class Resolution:
    toponym: Toponym
    place: GeoPlace | None
    precision: Precision | None


class Resolver:
    def __init__(self, gazetteer: Gazetteer, lang: str) -> None:
        self.gazetteer = gazetteer
        self.lang = lang

    def candidates(self, toponym: Toponym) -> list[Candidate]:
        if toponym.demonym is not None:
            if toponym.demonym.country:
                country = self.gazetteer.country(toponym.demonym.country)
                return [Candidate(country, True)] if country else []
            if toponym.demonym.place:
                found = self.gazetteer.lookup(toponym.demonym.place)
                return [c for c in found if c.place.feature in ("CONT", "RGN", "COUNTRY")][:1]
            return []
        found = self.gazetteer.lookup(toponym.name)
        if not found and toponym.name != toponym.text:
            found = self.gazetteer.lookup(toponym.text)
        letters = [c for c in toponym.name if c.isalpha()]
        if len(letters) <= 4 and all(c.isupper() for c in letters):
            return [c for c in found if c.main_name]  # an acronym ("FAR", "MS") is no alternate name of a town
        return list(found)

    def is_well_known(self, name: str) -> bool:
        """A name whose main bearer is a country, continent, region, landmark or a city of 100,000+: safe to
        take as a place inside another name ("Toronto Police Services Board")."""
        for cand in self.gazetteer.lookup(name):
            place = cand.place
            if cand.main_name and (place.feature in WELL_KNOWN_FEATURES or place.population >= WELL_KNOWN_POPULATION):
                return True
        return False

    def resolve(self, text: str, toponyms: list[Toponym]) -> list[Resolution]:
        cands = [self.candidates(t) for t in toponyms]
        base = [[_prior(c, t, cs) for c in cs] for t, cs in zip(toponyms, cands, strict=True)]
        bonus = [[0.0] * len(cs) for cs in cands]
        _parent_bonuses(text, toponyms, cands, bonus)
        provisional = [_best(cs, [b + x for b, x in zip(bs, xs, strict=True)])
                       for cs, bs, xs in zip(cands, base, bonus, strict=True)]
        context = _Context.of(toponyms, provisional)
        out = []
        for toponym, cs, bs, xs in zip(toponyms, cands, base, bonus, strict=True):
            scores = [b + x + context.bonus(c.place, toponym) for c, b, x in zip(cs, bs, xs, strict=True)]
            place = self._regional_reading(toponym, _best(cs, scores), context)
            out.append(Resolution(toponym, place, _precision(place, toponym)))
        return out

    def _regional_reading(self, toponym: Toponym, place: GeoPlace | None, context: _Context) -> GeoPlace | None:
        """A region of the article's countries the toponym names in the article's spelling, when the gazetteer
        knows the name as no place or only as a town of a country no other name of the article is in."""
        if not self.lang or toponym.demonym is not None or toponym.organisation or toponym.name.isupper():
            return place
        countries = context.countries(toponym)
        if place is not None and gazetteer_reading_holds(place.country, place.feature == "PPL", countries):
            return place
        return region_exonym(self.gazetteer, toponym.name, countries, self.lang) or place


@dataclass(frozen=True)
class _Context:
    """What the other toponyms of the article say, from their provisional choices; each distinct name counts
    once, and a toponym's own name is left out of its context."""

    choice: dict[str, GeoPlace]  # normalised name -> provisional place

    @classmethod
    def of(cls, toponyms: list[Toponym], provisional: list[GeoPlace | None]) -> _Context:
        choice: dict[str, GeoPlace] = {}
        for toponym, place in zip(toponyms, provisional, strict=True):
            if place is not None:
                choice.setdefault(normalize(toponym.name), place)
        return cls(choice)

    def countries(self, toponym: Toponym) -> set[str]:
        """The countries of the other toponyms' provisional places."""
        own = normalize(toponym.name)
        return {p.country for name, p in self.choice.items() if name != own and p.country}

    def bonus(self, place: GeoPlace, toponym: Toponym) -> float:
        own = normalize(toponym.name)
        others = [p for name, p in self.choice.items() if name != own]
        if not others:
            return 0.0
        score = 0.0
        if place.country:
            score += DOMINANT_WEIGHT * sum(p.country == place.country for p in others) / len(others)
        if place.feature != "ADM1" and place.admin1 and any(
                p.feature == "ADM1" and p.country == place.country and p.admin1 == place.admin1 for p in others):
            score += ADMIN1_IN_DOC_BONUS  # "London" with "Ontario" named elsewhere
        if any(p.id == place.id for p in others):
            score += SAME_PLACE_BONUS  # one sense per article: "Wash." then "Washington"
        return score


def _standing(cand: Candidate) -> float:
    """What makes a place likely before context: its size, its kind, and whether the name is its own."""
    place = cand.place
    score = math.log10(place.population + 10) + FEATURE_PRIOR.get(place.feature, 0.0)
    if place.feature == "PPLC" and place.population < CAPITAL_MIN_POPULATION:
        score -= FEATURE_PRIOR["PPLC"]
    if cand.main_name:
        score += MAIN_NAME_BONUS
    return score


def _prior(cand: Candidate, toponym: Toponym, others: list[Candidate]) -> float:
    place = cand.place
    score = _standing(cand)
    if toponym.level != "region":
        # a town that its region's bare name means stands as high as the region it yields to: "Gaza" is the
        # town before a same-named region elsewhere that is smaller than the one holding the town
        yielding = [_standing(o) for o in others if o.place.feature == "ADM1" and _town_named_for(place, o.place)]
        score = max([score, *yielding])
    if toponym.level in LEVEL_FEATURES and place.feature in LEVEL_FEATURES[toponym.level]:
        score += LEVEL_BONUS
    if cand.main_name and _accents_not_its_own(toponym.name, place.name):
        score -= MAIN_NAME_BONUS  # « Pékin » is an exonym of Beijing before it is Pekin, Illinois
    if toponym.country is not None and place.country == toponym.country:
        score += PARENT_BONUS  # "the Libyan city of X", as "X, Libya"
    elif place.feature == "ADM1" and toponym.level != "region" and any(_town_named_for(o.place, place) for o in others):
        score -= SAME_NAME_REGION_PENALTY
    return score


def _accents_not_its_own(written: str, main_name: str) -> bool:
    """The article writes a place's main name with accents the name does not have (« Pékin » for Pekin, Illinois):
    the writer means another place, of which it is an alternate (language's own) name, more than that one."""
    return (strip_accents(written) != written and normalize(written) == normalize(main_name)
            and written.casefold() != main_name.casefold())


def _town_named_for(town: GeoPlace, region: GeoPlace) -> bool:
    """A town that a bare region name means: the national capital ("Washington"), or a town inside the region
    that is a large part of it ("Kharkiv"; not the hamlet "Hunan" in Hunan)."""
    if not town.is_city or town.country != region.country:
        return False
    if town.feature == "PPLC" and town.population >= CAPITAL_MIN_POPULATION:
        return True
    return town.admin1 == region.admin1 and town.population >= TOWN_SHARE_OF_REGION * region.population


def _holds(parent: GeoPlace, child: GeoPlace) -> bool:
    if parent.country is None or parent.country != child.country or parent.id == child.id:
        return False
    if parent.feature == "COUNTRY":
        return child.feature != "COUNTRY"
    if parent.feature == "ADM1":
        return child.feature not in ("COUNTRY", "ADM1") and normalize(child.admin1 or "") == normalize(
            parent.admin1 or "")
    return False


def _parent_bonuses(text: str, toponyms: list[Toponym], cands: list[list[Candidate]],
                    bonus: list[list[float]]) -> None:
    """"Aleppo, Syria": a toponym followed closely by another that can hold it."""
    def joined(i: int) -> bool:  # toponyms i and i + 1 are items of one list: "Tehran, Isfahan, and Bushehr"
        return 0 <= i < len(toponyms) - 1 and is_conjunction(text[toponyms[i].end:toponyms[i + 1].start])

    for i in range(len(toponyms) - 1):
        gap = text[toponyms[i].end:toponyms[i + 1].start]
        if len(gap) > 12 or not place_function_words().parent_gap.match(gap) or joined(i - 1) or joined(i + 1):
            continue
        for ci, child in enumerate(cands[i]):
            if not child.main_name:
                continue
            for pj, parent in enumerate(cands[i + 1]):
                if _holds(parent.place, child.place):
                    bonus[i][ci] = max(bonus[i][ci], PARENT_BONUS)
                    bonus[i + 1][pj] = max(bonus[i + 1][pj], PARENT_BONUS / 2)


def _best(cands: list[Candidate], scores: list[float]) -> GeoPlace | None:
    """The best-scoring candidate; ties go to the first (the most populous)."""
    if not cands:
        return None
    return cands[max(range(len(cands)), key=lambda k: (scores[k], -k))].place


def _precision(place: GeoPlace | None, toponym: Toponym) -> Precision | None:
    if place is None:
        return None
    if toponym.level == "direction" and place.feature in ("COUNTRY", "CONT"):
        return "region"  # "dans le sud de l'Ukraine": a part of the country, drawn at its point
    return place.precision
