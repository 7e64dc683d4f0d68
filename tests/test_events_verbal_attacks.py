"""Attacks in words (``nlp/events/verbal_attacks.py``): an attack noun harming no one, with no weapon and no place
told, by an unarmed person or by no one named on a political side or a named person, is no assault; one with a
toll, a weapon or a place it is made on stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump's attacks on Canada angered Ottawa."),
    ("en", "She took questions for an hour, with further attacks on the press."),
    ("en", "Attacks on Clinton dominated the evening"),
    ("fr", "Il a multiplié les attaques contre le parti."),
])
def test_an_attack_in_words_is_no_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Putin's attack on Ukraine began in February.",
    "A knife attack on the writer left him wounded.",
    "The attack on the party's offices in Kyiv killed two.",
])
def test_an_attack_with_a_place_a_weapon_or_a_toll_is_an_assault(parse: Parse, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", text)]
