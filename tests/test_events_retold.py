"""An event an article tells twice is one event; two events of one type told apart (other place, other day) stay
two. Articles written for these tests; the full pipeline runs, and the merge is also checked on built events.
"""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.kb.actor_kb import ActorKB
from wirewatch.nlp.events.merge import merge_events
from wirewatch.nlp.events.state_forces import state_sides
from wirewatch.records import Entity, Event, EventActor, EventPlace, Mention

RETOLD_NIGHT = {
    "en": "Russian missiles struck the city of Sumy overnight Wednesday into Thursday, killing 11 people, "
          "regional officials said. Russia fired 150 drones at Ukraine on Thursday, the air force said.",
    "fr": "Des missiles russes ont frappé la ville de Soumy dans la nuit de mercredi à jeudi, faisant 11 morts, "
          "selon les autorités régionales. La Russie a lancé 150 drones sur l'Ukraine cette nuit-là.",
}

TWO_STRIKES = {
    "en": "Israeli aircraft bombed a refugee camp in Rafah on Monday, killing 9 people. On Tuesday, Israeli "
          "aircraft bombed a market in Khan Younis, killing 5 people.",
    "fr": "L'armée israélienne a bombardé un camp de réfugiés à Rafah lundi, tuant 9 personnes. Mardi, l'armée "
          "israélienne a bombardé un marché à Khan Younès, tuant 5 personnes.",
}

TWO_ARRESTS = {
    "en": "Police arrested three protesters in Lyon on Tuesday. On Friday, police arrested two journalists in "
          "Marseille.",
    "fr": "La police a arrêté trois manifestants à Lyon mardi. Vendredi, la police a arrêté deux journalistes à "
          "Marseille.",
}


def attacks(parse: Parse, lang: str, text: str, event_type: str = "ASSAULT") -> list[Event]:
    return [e for e in events_of(parse, lang, text) if e.type == event_type]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_night_retold_as_one_of_its_days_is_one_strike(parse: Parse, lang: str) -> None:
    text = RETOLD_NIGHT[lang]
    told = attacks(parse, lang, text)
    assert len(told) == 1 and told[0].evidence.start == 0
    assert [m.start for m in told[0].other_evidence] == [text.index("La Russie" if lang == "fr" else "Russia fired")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_strikes_on_two_towns_on_two_days_stay_two(parse: Parse, lang: str) -> None:
    assert len(attacks(parse, lang, TWO_STRIKES[lang])) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_arrests_in_two_cities_on_two_days_stay_two(parse: Parse, lang: str) -> None:
    assert len(attacks(parse, lang, TWO_ARRESTS[lang], "COERCE")) == 2


def telling(start: int, text: str, date: str) -> Event:
    return Event(type="ASSAULT", evidence=Mention(start=start, end=start + len(text), text=text), date=date,
                 source=EventActor(name="army", country="COD"))


@pytest.mark.parametrize(("night", "day", "tellings"), [
    ("2025-03-09/2025-03-10", "2025-03-10", 1),
    ("2025-03-09/2025-03-10", "2025-03-09", 1),
    ("2025-03-09TNI/2025-03-10", "2025-03-10", 1),
    ("2025-03-09/2025-03-10", "2025-03-11", 2),
    ("2025-03-09/2025-03-10", "2025-03-12/2025-03-13", 2),
])
def test_an_interval_of_days_is_one_time_with_a_day_it_holds(night: str, day: str, tellings: int) -> None:
    merged = merge_events([telling(0, "Strikes that night.", night), telling(30, "The strike.", day)])
    assert len(merged) == tellings and merged[0].date == night


def reading(target: str, country: str | None, killed: int | None, place: str | None = None) -> Event:
    sentence = "Twenty-five people were killed and dozens of others were wounded in the strike."
    return Event(type="ASSAULT", evidence=Mention(start=40, end=40 + len(sentence), text=sentence), killed=killed,
                 injured=12 if killed is not None else None, target=EventActor(name=target, country=country),
                 place=EventPlace(name=place) if place else None)


def test_one_sentence_read_twice_with_its_toll_is_one_event() -> None:
    merged = merge_events([reading("civilians", "UKR", 25), reading("dozens", None, 25)])
    assert len(merged) == 1 and merged[0].target is not None and merged[0].target.name == "civilians"


@pytest.mark.parametrize("second", [
    reading("soldiers", "UKR", None),  # no toll: a list of acts in one sentence stays a list
    reading("market", "UKR", 25, place="Odesa"),  # another place
])
def test_two_readings_of_a_sentence_told_apart_stay_two(second: Event) -> None:
    assert len(merge_events([reading("civilians", "UKR", None if second.killed is None else 25), second])) == 2


REGION_AND_CITY = {
    "en": "Russian drones struck the Odesa region on Sunday, killing two people, the governor said. The attack on "
          "the city of Odesa on Sunday damaged grain silos, officials said.",
    "fr": "Des drones russes ont frappé la région d'Odessa dimanche, tuant deux personnes, a indiqué le gouverneur. "
          "Dimanche, des drones russes ont frappé la ville d'Odessa et endommagé des silos à grain.",
}


def placed(start: int, name: str, precision: str) -> Event:
    return Event(type="ASSAULT", evidence=Mention(start=start, end=start + 10, text="x" * 10),
                 place=EventPlace(name=name, country="UKR", precision=precision))  # type: ignore[arg-type]


@pytest.mark.parametrize(("region", "city", "tellings"), [
    ("Odesa Oblast", "Odesa", 1),
    ("Odesa Oblast", "Kharkiv", 2),
    ("Odesa Oblast", "Odesa Oblast Hospital", 2),
])
def test_a_region_holds_the_city_it_is_named_after(region: str, city: str, tellings: int) -> None:
    assert len(merge_events([placed(0, region, "region"), placed(20, city, "city")])) == tellings


STATE_AND_FORCES = {
    "en": "The Israel Defense Forces struck a house in Deir al-Balah on Thursday, killing seven people, health "
          "officials said. Israel bombed the house in Deir al-Balah without warning, witnesses said.",
    "fr": "L'armée israélienne a frappé jeudi une maison à Deir al-Balah, tuant sept personnes, selon les autorités "
          "sanitaires. Israël a bombardé la maison de Deir al-Balah sans avertissement, selon des témoins.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("articles", [REGION_AND_CITY, STATE_AND_FORCES],
                         ids=["region-and-its-city", "state-and-its-forces"])
def test_a_strike_retold_under_another_name_of_its_place_or_doer_is_one(parse: Parse, lang: str,
                                                                        articles: dict[str, str]) -> None:
    told = attacks(parse, lang, articles[lang])
    assert len(told) == 1 and len(told[0].other_evidence) == 1


def by(start: int, name: str, entity: str, event_type: str = "ASSAULT") -> Event:
    return Event(type=event_type, evidence=Mention(start=start, end=start + 10, text="x" * 10),
                 source=EventActor(name=name, country="SDN", entity=entity))


@pytest.mark.parametrize(("first", "second", "tellings"), [
    (by(0, "Sudan", "e1"), by(20, "Sudanese Armed Forces", "e2"), 1),  # a state and its forces
    (by(0, "Sudan", "e1"), by(20, "Rapid Support Forces", "e3"), 2),  # a state and a militia of its country
    (by(0, "Sudan", "e1", "ACCUSE"), by(20, "Sudanese Armed Forces", "e2", "ACCUSE"), 2),  # statements: who speaks
])
def test_a_state_and_its_armed_forces_are_one_doer_of_an_act(first: Event, second: Event, tellings: int) -> None:
    sides = {"e1": "SDN", "e2": "SDN"}
    assert len(merge_events([first, second], state_sides=sides)) == tellings


def test_the_kb_tells_a_state_and_its_armed_forces_from_other_actors() -> None:
    entities = [Entity(id="e1", name="Israel", type="LOC", country="ISR"),
                Entity(id="e2", name="Israel Defense Forces", type="ORG", country="ISR"),
                Entity(id="e3", name="Hamas", type="ORG", country="PSE")]
    assert state_sides(entities, ActorKB.load()) == {"e1": "ISR", "e2": "ISR"}
