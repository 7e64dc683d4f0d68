"""An act noun that is what rose or fell, or what a count noun counts, names many acts as a trend, not one event
of the story (``measured_changes.counted_acts``). Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Attacks on aid workers doubled in 2023"),
    ("en", "Kidnappings of foreigners have risen sharply since the elections."),
    ("fr", "Les agressions contre les policiers ont augmenté de 20 % en un an."),
    ("fr", "Les enlèvements d'étrangers ont doublé depuis les élections"),
])
def test_an_act_noun_that_rose_or_fell_is_a_trend(parse: Parse, lang: str, text: str) -> None:
    assert not events_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The number of arrests fell last year, the ministry said."),
    ("en", "A surge in attacks on farmers worried the union"),
    ("fr", "Le nombre d'arrestations a baissé l'an dernier, selon le ministère."),
    ("fr", "La hausse des attaques contre les agriculteurs inquiète le syndicat"),
])
def test_an_act_noun_counted_or_in_a_trend_noun_is_a_trend(parse: Parse, lang: str, text: str) -> None:
    assert not events_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Rebels attacked a convoy near Goma on Monday, and the death toll rose to 12.", "ASSAULT"),
    ("en", "Police arrested 30 protesters in Nairobi on Sunday as fuel prices rose.", "COERCE"),
    ("fr", "Des rebelles ont attaqué un convoi près de Goma lundi et le bilan a grimpé à 12 morts.", "ASSAULT"),
])
def test_an_act_beside_a_rising_toll_is_still_an_event(parse: Parse, lang: str, text: str, kind: str) -> None:
    assert any(e.type == kind for e in events_of(parse, lang, text))
