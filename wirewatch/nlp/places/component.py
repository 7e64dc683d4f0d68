"""The ``ww_places`` component: toponyms resolved to gazetteer places, with coordinates and precision.

Finds toponyms (:mod:`~.mentions`), chooses their places from context (:mod:`~.resolve`), and writes
``doc._.ww_places: list[Place]`` — one record per place, with all its mentions; a name the gazetteer does not
know stays unresolved (no coordinates) and never stops the others. LOC entities without a country take the
country of the place they name. Config ``organisation_places`` (default true, the geoparsing convention): whether
an organisation's name is a mention of the place it is named after ("the EU" → Europe); when false, only a place
named in it as a place is ("Council of Europe" → Europe, not "European Union" nor "African Union"); a country
named as its government ("the US said") and a seat of power ("the Kremlin said") stay places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Candidate
from wirewatch.kb.names import CANONICAL_LANG, arabic_romanisation_of, normalize
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.places.mentions import PlaceWords, collect_toponyms
from wirewatch.nlp.places.resolve import Resolution, Resolver
from wirewatch.nlp.resources import Resources
from wirewatch.records import Mention, Place


class PlaceComponent:
    """Toponym collection and context resolution against the injected gazetteer."""

    def __init__(self, nlp: Language, name: str, lang: str, keep_unresolved: bool,
                 organisation_places: bool = True) -> None:
        self.name = name
        self.lang = lang
        self.keep_unresolved = keep_unresolved
        self.organisation_places = organisation_places
        self.words: PlaceWords | None = None
        self.resolver: Resolver | None = None

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   resources: Resources | None = None) -> None:
        self.words = PlaceWords.load(self.lang)
        if resources is not None and resources.gazetteer is not None:
            self.resolver = Resolver(resources.gazetteer, self.lang)

    def __call__(self, doc: Doc) -> Doc:
        resolutions = self.match(doc)
        self.set_annotations(doc, resolutions)
        return doc

    def match(self, doc: Doc) -> list[Resolution]:
        if self.words is None:
            raise RuntimeError(f"{self.name} used before initialize()")
        toponyms = collect_toponyms(doc, self.words, self.resolver.is_well_known if self.resolver else None)
        if self.resolver is None:
            if doc._.ww_warnings is not None:
                doc._.ww_warnings.append(f"{self.name}: no gazetteer; places left unresolved")
            resolutions = [Resolution(t, None, None) for t in toponyms]
        else:
            resolutions = self.resolver.resolve(doc_text(doc), toponyms)
        if self.organisation_places:
            return resolutions
        return [r for r in resolutions if self._named_as_a_place(r)]

    def _named_as_a_place(self, res: Resolution) -> bool:
        """Whether a toponym names a place, when an organisation's name is no place: only an organisation's name
        that is the name of a country ("the US" as its government, "US" in "US Federal Reserve", not "American")
        or of the building a body sits in ("the Kremlin") is."""
        if not res.toponym.organisation:
            return True
        place = res.place
        if place is None or self.resolver is None:
            return False
        return place.feature == "LANDMARK" or (place.feature == "COUNTRY" and any(
            c.place.id == place.id for c in self.resolver.gazetteer.lookup(res.toponym.text)))

    def set_annotations(self, doc: Doc, resolutions: list[Resolution]) -> None:
        places: dict[tuple[str, object], Place] = {}
        for res in resolutions:
            t = res.toponym
            mention = Mention(start=t.start, end=t.end, text=t.text)
            if res.place is None:
                if not self.keep_unresolved or t.demonym is not None:
                    continue
                key: tuple[str, object] = ("name", normalize(t.name))
                place = places.setdefault(key, Place(name=t.name))
            else:
                key = ("id", (res.place.id, res.precision))
                p = res.place
                place = places.setdefault(key, Place(
                    name=p.name, country=p.country, lat=p.lat, lon=p.lon, feature=p.feature,
                    geonames_id=p.geonames_id, precision=res.precision))
            place.mentions.append(mention)
        doc._.ww_places = list(places.values())
        _set_entity_countries(doc, doc._.ww_places, self._spelling_stays)

    def _spelling_stays(self, written: str, place: Place) -> bool:
        """Whether an entity keeps the spelling the article gives a town: in English (the language of canonical
        names, English Wikipedia forms, which English news writes: "Derna", not GeoNames' "Darnah"), when it is one
        of the names the gazetteer gives that town, no abbreviation ("NYC", "L.A.") and no region's or other town's main
        name; in another language, when it is the common spelling of a town the gazetteer names in the romanisation
        of Arabic ("Derna" for "Darnah")."""
        if place.feature in _TOWNS and self.lang != CANONICAL_LANG:  # "Derna" for "Darnah" (kb/names.py)
            return arabic_romanisation_of(place.name, written)
        if (self.lang != CANONICAL_LANG or place.feature not in _TOWNS or self.resolver is None
                or written.isupper() or "." in written):
            return False
        if place.name.isascii() and normalize(place.name) == normalize(written):
            return False  # the same name ("el-Fasher": "El Fasher"); a form without diacritics stays ("Natanz")
        found = self.resolver.gazetteer.lookup(written)

        def same(c: Candidate) -> bool:
            return c.place.name == place.name and c.place.country == place.country and c.place.feature == place.feature

        # "New York", "Oklahoma": the main name of a region or a bigger town leaves the town its own ("New York City")
        return any(same(c) for c in found) and not any(
            c.main_name and not same(c) and (c.place.feature not in _TOWNS or c.place.population >= _SMALL_TOWN)
            for c in found)


_TOWNS = frozenset({"PPL", "PPLC"})
_SMALL_TOWN = 5_000  # a smaller namesake elsewhere does not take the name from the town the article means


def _set_entity_countries(doc: Doc, places: list[Place], spelling_stays: Callable[[str, Place], bool]) -> None:
    """A LOC entity takes from the place one of its mentions names (the place's mention may be shorter:
    "Bretagne" in the entity "en Bretagne") its country when it has none, and, when the KB does not know it and
    the place is resolved, the place's canonical name ("Zaporijia" → "Zaporizhzhia"; "région de Zaporijia" →
    "Zaporizhzhia Oblast") unless ``spelling_stays``."""
    spans = [(m.start, m.end, p) for p in places for m in p.mentions]
    for entity in doc._.ww_entities or []:
        if entity.type != "LOC":
            continue
        place = next((p for m in entity.mentions for start, end, p in spans if start < m.end and m.start < end),
                     None)
        if place is None:
            continue
        entity.country = entity.country or place.country
        if entity.kb_id is None and place.lat is not None and not spelling_stays(entity.name, place):
            entity.name = place.name


@Language.factory("ww_places", default_config={"keep_unresolved": False, "organisation_places": True},
                  assigns=["doc._.ww_places", "doc._.ww_entities"], requires=["doc.ents", "doc._.ww_entities"])
def make_place_component(nlp: Language, name: str, keep_unresolved: bool,
                         organisation_places: bool) -> PlaceComponent:
    ensure_extensions()
    return PlaceComponent(nlp, name, nlp.lang or "", keep_unresolved, organisation_places)
