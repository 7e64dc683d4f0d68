"""Remains of a weapon picked up after a blast are evidence, no weapon seized; a quantity of weapons found is a
find. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police found fragments of the rocket near the school on Monday"),
    ("fr", "La police a saisi des fragments de roquette près de l'école lundi"),
])
def test_remains_of_a_weapon_found_are_no_confiscation(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" not in [e.type for e in events_of(parse, lang, text)]


def test_a_cache_of_weapons_found_is_still_a_confiscation(parse: Parse) -> None:
    text = "Police found a cache of rockets near the school on Monday"
    assert ("COERCE", "1711") in [(e.type, e.cameo) for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army discovered an arms cache near the border on Sunday"),
    ("fr", "L'armée a découvert une cache d'armes près de la frontière dimanche"),
    ("fr", "La police a saisi des roquettes près de l'école lundi"),
])
def test_weapons_found_or_seized_are_confiscated_in_both_languages(parse: Parse, lang: str, text: str) -> None:
    assert ("COERCE", "1711") in [(e.type, e.cameo) for e in events_of(parse, lang, text)]
