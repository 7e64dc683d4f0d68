"""Short reports read as what they tell: a gale or a lightning strike that kills is no attack, a forecast no
threat, what "we must" do no demand, talks "amid" which a clash came no meeting, a raid "to detain" an arrest
operation, and a curfew defied no new curfew. Sentences written for these tests (headline-like, most without
final punctuation); the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Strong winds tore roofs off houses and toppled power lines in Dhaka, killing two"),
    ("en", "Gale-force winds killed three people in Ireland on Sunday"),
    ("en", "Lightning strikes killed 20 people in Bihar"),
    ("en", "A lightning strike killed two farmers in northern Uganda"),
    ("fr", "Des vents violents ont tué trois personnes en Bretagne dimanche"),
])
def test_a_harm_done_by_the_weather_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text)


@pytest.mark.parametrize("text", [
    "Drone strikes killed 20 people in Bihar",
    "An air strike killed two farmers in northern Uganda",
])
def test_a_strike_by_a_weapon_stays_an_attack(parse: Parse, text: str) -> None:
    assert "ASSAULT" in types_of(parse, "en", text)


def test_a_forecast_is_no_threat(parse: Parse) -> None:
    text = "Forecasters warned that heavy rains would continue across Bangladesh over the coming days"
    assert "THREATEN" not in types_of(parse, "en", text)


@pytest.mark.parametrize("text", [
    "Biden warned that Russia would pay a heavy price",
    "Iran warned that any attack would be met with a crushing response",
])
def test_a_warning_of_an_act_or_a_price_stays_a_threat(parse: Parse, text: str) -> None:
    assert "THREATEN" in types_of(parse, "en", text)


def test_what_the_speaker_own_side_must_do_is_no_demand(parse: Parse) -> None:
    text = "We must not allow our neighbours to go hungry this winter, the mayor told the crowd in Lyon"
    assert "REQUEST" not in types_of(parse, "en", text)


def test_what_another_actor_must_do_stays_a_demand(parse: Parse) -> None:
    assert "REQUEST" in types_of(parse, "en", "Russia must withdraw its troops, Macron said")


def test_talks_amid_which_a_clash_came_are_background(parse: Parse) -> None:
    text = "Rebels attacked an army post on Monday. The clash came amid stalled talks between Kenyan and " \
           "Ugandan envoys on reopening the border"
    assert types_of(parse, "en", text) == ["ASSAULT"]


def test_a_raid_to_detain_misparsed_is_an_arrest_operation(parse: Parse) -> None:
    text = "Soldiers are conducting new raids to detain union activists in Lagos"  # "to" read as a preposition
    assert types_of(parse, "en", text) == ["COERCE"]


def test_a_raid_on_a_camp_stays_an_attack(parse: Parse) -> None:
    assert types_of(parse, "en", "Rebels raided an army camp near Goma") == ["ASSAULT"]


def test_a_measure_defied_is_no_new_measure(parse: Parse) -> None:
    text = "Crowds clashed with police in Lyon on Saturday evening, defying the city's weekend curfew"
    assert "COERCE" not in types_of(parse, "en", text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government imposed a curfew in Lagos"),
    ("fr", "La préfecture a imposé un couvre-feu à Nantes"),
])
def test_a_curfew_imposed_stays_a_coercion(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" in types_of(parse, lang, text)
