"""A town and the region that holds it are one act's place: an article that names the town struck, then says
its region was hit, tells one event, placed in the town; a region that does not hold the town keeps its
telling apart. A name with its level noun ("Kherson city", "la région de X") is the place itself. Articles
written for these tests; the full pipeline runs, and the merge is also checked on built events with the
gazetteer the pipeline uses.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.context import modifies_noun
from wirewatch.nlp.events.merge import merge_events
from wirewatch.nlp.events.place_containment import RegionContainment, region_containment
from wirewatch.nlp.resources import Resources
from wirewatch.records import Event, EventActor, EventPlace, Mention

TOWN_THEN_REGION = {
    "en": [
        "Russian forces shelled Nikopol in the Dnipropetrovsk region on Monday. The Dnipropetrovsk region was "
        "shelled again, the governor said.",
        "Government forces bombed the town of Gusau in Zamfara state on Friday, killing four civilians. Zamfara "
        "state has been shelled by the army, residents said.",
    ],
    "fr": [
        "Les forces russes ont bombardé Nikopol, dans la région de Dnipropetrovsk, lundi. La région de "
        "Dnipropetrovsk a de nouveau été bombardée, a indiqué le gouverneur.",
        "L'armée russe a bombardé la ville de Lozova, dans la région de Kharkiv, vendredi. La région de Kharkiv a "
        "été bombardée par l'armée russe, selon des habitants.",
    ],
}

TOWN_THEN_OTHER_REGION = {
    "en": "Russian forces shelled Nikopol in the Dnipropetrovsk region on Monday. The Sumy region was shelled "
          "again, the governor said.",
    "fr": "Les forces russes ont bombardé Nikopol, dans la région de Dnipropetrovsk, lundi. La région de Soumy a "
          "de nouveau été bombardée, a indiqué le gouverneur.",
}

CITY_WITH_LEVEL_NOUN = [
    ("en", "Russian forces shelled Kherson city on Monday, officials said. Ukraine and Turkey held talks in Ankara "
           "on the grain corridor."),
    ("fr", "Les forces russes ont bombardé la ville de Kherson lundi. L'Ukraine et la Turquie ont discuté à Ankara "
           "du corridor céréalier."),
    ("en", "Russian drones hit Kherson city on Monday, a day after Ukrainian and Turkish officials met in Ankara."),
    ("fr", "Des drones russes ont frappé la ville de Kherson lundi, au lendemain d'une rencontre à Ankara entre "
           "responsables ukrainiens et turcs."),
]


def attacks(parse: Parse, lang: str, text: str) -> list[Event]:
    return [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in TOWN_THEN_REGION.items() for text in texts])
def test_a_town_and_its_region_told_in_turn_are_one_attack_placed_in_the_town(parse: Parse, lang: str,
                                                                              text: str) -> None:
    found = attacks(parse, lang, text)
    assert len(found) == 1 and len(found[0].other_evidence) == 1
    assert found[0].place is not None and found[0].place.precision == "city"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_region_that_does_not_hold_the_town_is_another_attack(parse: Parse, lang: str) -> None:
    found = attacks(parse, lang, TOWN_THEN_OTHER_REGION[lang])
    assert sorted(e.place.precision or "" for e in found if e.place is not None) == ["city", "region"]


@pytest.mark.parametrize("lang,text", CITY_WITH_LEVEL_NOUN)
def test_a_city_named_with_its_level_noun_is_the_attack_s_place_not_the_talks(parse: Parse, lang: str,
                                                                             text: str) -> None:
    found = attacks(parse, lang, text)
    assert len(found) == 1 and found[0].place is not None
    assert (found[0].place.name, found[0].place.precision) == ("Kherson", "city")


def place(name: str, precision: str, lat: float, lon: float) -> EventPlace:
    return EventPlace(name=name, country="UKR", lat=lat, lon=lon, precision=precision)  # type: ignore[arg-type]


def strike(start: int, where: EventPlace) -> Event:
    return Event(type="ASSAULT", source=EventActor(name="Russian Armed Forces", country="RUS"), place=where,
                 evidence=Mention(start=start, end=start + 10, text="x" * 10))


KUPIANSK = place("Kupyansk", "city", 49.71, 37.61)


@pytest.mark.parametrize("region,holds", [(place("Kharkiv Oblast", "region", 49.5, 36.5), True),
                                          (place("Sumy Oblast", "region", 50.8, 34.0), False)])
def test_a_region_holds_a_town_when_the_gazetteer_puts_the_town_in_it(resources: Resources, region: EventPlace,
                                                                      holds: bool) -> None:
    assert resources.gazetteer is not None
    contains = RegionContainment(resources.gazetteer)
    assert contains(region, KUPIANSK) is holds and contains(KUPIANSK, region) is False


@pytest.mark.parametrize("town_first", [True, False])
def test_merged_tellings_keep_the_town_whichever_is_told_first(resources: Resources, town_first: bool) -> None:
    region = place("Kharkiv Oblast", "region", 49.5, 36.5)
    tellings = [strike(0, KUPIANSK), strike(50, region)] if town_first else [strike(0, region), strike(50, KUPIANSK)]
    merged = merge_events(tellings, contains=region_containment(resources.gazetteer))
    assert [e.place.name if e.place else None for e in merged] == ["Kupyansk"]


def test_without_a_containment_test_a_town_and_a_region_stay_two() -> None:
    merged = merge_events([strike(0, KUPIANSK), strike(50, place("Kharkiv Oblast", "region", 49.5, 36.5))])
    assert len(merged) == 2


@pytest.mark.parametrize("words,heads,deps,modifier", [
    (["shelled", "Kherson", "city"], [0, 2, 0], ["ROOT", "compound", "dobj"], False),
    (["met", "the", "Kharkiv", "governor"], [0, 3, 3, 0], ["ROOT", "det", "compound", "dobj"], True),
])
def test_a_name_before_its_level_noun_names_the_place_not_whose(bare_en: Language, words: list[str],
                                                                  heads: list[int], deps: list[str],
                                                                  modifier: bool) -> None:
    pos = ["VERB" if d == "ROOT" else "DET" if d == "det" else "PROPN" if w[0].isupper() else "NOUN"
           for w, d in zip(words, deps, strict=True)]
    doc = Doc(bare_en.vocab, words=words, heads=heads, deps=deps, pos=pos)
    name = next(t for t in doc if t.dep_ == "compound")
    assert modifies_noun(doc, name.idx, name.idx + len(name.text)) is modifier

