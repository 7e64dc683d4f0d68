"""A team's "attack" is a move of the game (``game_moves``): a club of the knowledge base's sector "sport" that
attacks nothing, a thing or another team harms no one; its supporters attacking the police keep their act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event

END = ["", "."]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'OL a attaqué fort en début de match"),
    ("fr", "Le PSG a bombardé le but adverse"),
    ("en", "Real Madrid attacked early in the match"),
])
def test_a_teams_attack_is_no_assault(parse: Parse, lang: str, text: str, end: str) -> None:
    assert not [e for e in events_of(parse, lang, text + end) if e.type == "ASSAULT"]


@pytest.mark.parametrize("end", END)
def test_an_attack_on_the_police_stays(parse: Parse, end: str) -> None:
    event = only_event(parse, "fr", "Des supporters du PSG ont attaqué des policiers à Lyon" + end, "ASSAULT")
    assert event.target is not None and event.target.sector == "police"
