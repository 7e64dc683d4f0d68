"""A ransom asked by abductors is the price of their captives, part of the abduction, no demand of an actor
(blocked readings of "demand", "ask for", « exiger », « réclamer » in ``event_triggers.tsv``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Unidentified gunmen kidnapped a priest in Kano and demanded a ransom of $50,000"),
    ("en", "Unidentified gunmen kidnapped a priest in Kano and demanded a ransom of $50,000."),
    ("en", "The kidnappers asked for a ransom"),
    ("fr", "Les ravisseurs réclament une rançon"),
    ("fr", "Les ravisseurs réclament une rançon."),
])
def test_a_ransom_demand_is_no_request(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The unions demanded a pay rise"),
    ("fr", "Les syndicats réclament une hausse des salaires."),
])
def test_a_demand_of_something_else_stays_a_request(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["REQUEST"]


def test_the_abduction_stays(parse: Parse) -> None:
    text = "Unidentified gunmen kidnapped a priest in Kano and demanded a ransom of $50,000"
    assert [e.type for e in events_of(parse, "en", text)] == ["ASSAULT"]
