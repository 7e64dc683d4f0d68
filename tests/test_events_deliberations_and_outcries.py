"""Acts weighed, not done (``unrealised.contemplated``); an outcry, not a protest (``outcries``); a headline's
"Town, Country:" label, not a doer (``datelines``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize("text", [
    "Washington is weighing new sanctions on Moscow",
    "The EU is considering imposing sanctions on Belarus.",
    "Britain is weighing the expulsion of Iranian envoys.",
])
def test_an_act_weighed_is_not_done(parse: Parse, text: str) -> None:
    assert [e.modality for e in events_of(parse, "en", text) if e.type == "SANCTION"] in ([], ["hypothetical"])


def test_an_act_done_beside_one_weighed_stays(parse: Parse) -> None:
    found = events_of(parse, "en", "Britain expelled two Russian diplomats, weighing further steps.")
    assert [e.type for e in found] == ["SANCTION"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The law sparked a storm of protest in France."),
    ("en", "The decision drew howls of protest from farmers"),
    ("fr", "La loi a suscité un concert de protestations en France."),
])
def test_an_outcry_is_no_protest(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text) if e.type == "PROTEST"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A wave of protests swept France on Saturday."),
    ("fr", "Une vague de protestations a secoué la France samedi."),
])
def test_a_wave_of_protests_is_protests(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Lyon, France: police detained two men after a shooting",
    "Lyon, France: police detained two men after a shooting.",
])
def test_a_town_and_country_label_is_no_source(parse: Parse, text: str) -> None:
    found = [e for e in events_of(parse, "en", text) if e.type == "COERCE"]
    assert found and found[0].source is not None and found[0].source.name == "police"


def test_a_title_case_town_and_country_before_a_dash_is_a_dateline(parse: Parse) -> None:
    found = events_of(parse, "en", "Moscow, Russia - President Vladimir Putin held talks with Biden on Friday.")
    consults = [e for e in found if e.type == "CONSULT"]
    assert consults and consults[0].source is not None and consults[0].source.name == "Vladimir Putin"


def test_two_countries_on_either_side_of_a_dash_are_two_sides(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "Kenya - Uganda talks ended without a deal on Monday")
             if e.type == "CONSULT"]
    assert found and {found[0].source.name if found[0].source else None,
                      found[0].target.name if found[0].target else None} == {"Kenya", "Uganda"}
