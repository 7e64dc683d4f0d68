"""Who an attack was done to: the attacker's country, known only as the story's, is not given to its victims
(``nlp/events/victim_countries.py``), and a day named after "on" is when, never whom (``time_phrases.py``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, only_event


@pytest.mark.parametrize("text", [
    "A Russian airstrike killed five people.",
    "An Israeli airstrike killed two men",
])
def test_victims_told_nowhere_are_not_given_the_attackers_country(parse: Parse, text: str) -> None:
    event = only_event(parse, "en", text, "ASSAULT")
    assert event.target is not None and event.source is not None
    assert event.target.country != event.source.country


def test_victims_of_the_police_keep_the_home_country(parse: Parse) -> None:
    event = only_event(parse, "en", "Kenyan police shot dead two protesters.", "ASSAULT")
    assert event.target is not None and event.target.country == "KEN"


def test_victims_placed_in_the_sentence_are_of_the_place(parse: Parse) -> None:
    event = only_event(parse, "en", "A Russian airstrike killed five people in Kharkiv.", "ASSAULT")
    assert event.target is not None and event.target.country == "UKR"


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "Gunmen stormed a church on Christmas Day.", "church"),
    ("en", "Gunmen attacked the village on New Year's Day", "village"),
    ("fr", "Des hommes armés ont attaqué une église le jour de Noël.", "église"),
])
def test_a_named_day_is_no_target(parse: Parse, lang: str, text: str, target: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.target is not None and event.target.name == target


def test_a_surname_the_parser_tags_as_a_date_is_still_a_target(parse: Parse) -> None:
    event = only_event(parse, "en", "Using witness accounts, police arrested Deen and Garcia during a raid in Manila.",
                       "COERCE")
    assert event.target is not None and event.target.name == "Deen"
