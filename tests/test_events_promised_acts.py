"""A promise of force is a threat, a promise of cooperation an agreement (``promised_acts``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Niger promised to strike the rebels in the north."),
    ("fr", "Le Niger a promis de frapper les rebelles dans le nord."),
])
def test_a_promise_of_force_is_a_threat_not_an_agreement(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "THREATEN" in types and "AGREE" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The opposition agreed to postpone the rally in Lusaka until May."),
    ("fr", "La ministre a promis d'aider les agriculteurs tchadiens."),
])
def test_a_promise_of_no_force_stays_an_agreement(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "AGREE" in types and "THREATEN" not in types
