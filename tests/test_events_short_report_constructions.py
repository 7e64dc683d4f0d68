"""Short reports of protests, their repression, bombardments and disasters: a crowd dispersed, a munition as the
doer of its impact, a walkout, custody, a demand voiced at a rally, a hazard leading a participle of harm.
Sentences written for these tests (headline-like, most without final punctuation); the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.force_purposes import coercion_as_purpose_of_force
from wirewatch.nlp.events.lexicon import load_event_lexicon


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Riot police dispersed the protesters outside parliament in Nairobi", "ASSAULT"),  # CAMEO 175
    ("en", "Police broke up a rally of opposition supporters in Kampala on Saturday", "ASSAULT"),
    ("fr", "La police a dispersé les manifestants devant la préfecture de Nantes", "COERCE"),  # CAMEO 170
])
def test_a_crowd_dispersed_is_repression(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type in types_of(parse, lang, text)


def test_a_baton_charge_is_force(parse: Parse) -> None:
    assert "ASSAULT" in types_of(parse, "en", "Police baton charged striking workers in Dhaka")


@pytest.mark.parametrize(("text", "expected"), [
    ("Artillery shells hit residential areas of Aleppo on Sunday", True),
    ("A Katyusha rocket slammed into a house in Basra", True),
    ("Two rockets fell near the airport in Erbil", True),
    ("The new tariffs hit exports from Kenya", False),  # no munition: an economic blow
    ("Prices fell sharply in Lagos in March", False),
])
def test_a_munition_as_subject_tells_an_attack(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


def test_a_critic_who_slams_accuses_and_a_rocket_that_slams_attacks(parse: Parse) -> None:
    assert "ACCUSE" in types_of(parse, "en", "The senator slammed the decision as reckless")
    assert "ACCUSE" not in types_of(parse, "en", "A Katyusha rocket slammed into a house in Basra")


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor arrived at the scene after a missile hit the residential building", False),
    ("Two children died when a rocket hit their house in Gaza", True),
])
def test_an_impact_told_as_the_time_of_another_act_is_background(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


def test_walking_off_the_job_is_a_strike(parse: Parse) -> None:
    assert "PROTEST" in types_of(parse, "en", "Nurses walked off the job at three hospitals in Lagos")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three men were taken into custody after the raid"),
    ("fr", "Trois hommes ont été placés en garde à vue à Lyon"),
])
def test_custody_is_an_arrest(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" in types_of(parse, lang, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of people demanded justice for the murdered activist during a rally in Lagos", "PROTEST"),
    ("Workers denounced the closure of the factory at a rally in Turin", "PROTEST"),
    ("The president called for calm at a rally in Lyon", "REQUEST"),  # a politician at a campaign meeting
])
def test_a_demand_voiced_at_a_protest_by_civilians_is_the_protest(parse: Parse, text: str, expected: str) -> None:
    assert expected in types_of(parse, "en", text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A cyclone hit the coast of Mozambique destroying hundreds of homes", False),
    ("The floods swept through the valley destroying bridges and roads", False),
    ("Rebels attacked the outskirts of Goma destroying dozens of homes", True),
])
def test_a_participle_of_harm_led_by_a_hazard_is_no_attack(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The town was hit by heavy shelling on Sunday", True),
    ("The convoy was targeted by a drone near Marib", True),
    ("Drones targeted oil facilities in Rostov", True),
    ("The economy was hit by a strike of dockers", False),  # a labour strike hits no one
    ("The campaign targeted young voters in Ohio", False),
])
def test_a_place_hit_or_targeted_by_a_munition_is_attacked(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police fired rubber bullets to disperse the crowd in Accra", True),  # one act: the firing
    ("Police moved in to disperse the crowd in Accra", False),  # nothing forceful told besides the dispersal
])
def test_a_coercion_told_as_the_purpose_of_force_is_that_force(parse: Parse, text: str, expected: bool) -> None:
    doc = parse("en", text)
    dispersal = next(t for t in doc if t.lemma_ == "disperse")
    assert coercion_as_purpose_of_force(dispersal, "COERCE", load_event_lexicon("en")) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels left their last stronghold in the south under a deal with the government", True),
    ("The rebels handed over the town to the army", True),
    ("Police handed over the suspect to prosecutors", False),  # a person handed over is no ground given up
])
def test_a_position_left_or_handed_over_is_a_retreat(parse: Parse, text: str, expected: bool) -> None:
    assert ("RETREAT" in types_of(parse, "en", text)) is expected
