"""A sentence that says how often acts of a kind happen tells no act (``nlp/events/generic_acts.py``): a plural
act noun as the subject of a predicate of frequency, or of a verb of occurrence with a frequency adverb or a
recurring period. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Killings of reporters are common in the border provinces."),
    ("en", "Kidnappings remain frequent along the main road"),
    ("en", "Such raids have become routine in the northern villages."),
    ("en", "Bombings happen every week in the old market."),
    ("en", "Kidnappings and killings of reporters are common in the north."),
    ("fr", "Les enlèvements de touristes sont fréquents dans la région."),
    ("fr", "Les attaques contre les journalistes restent courantes ici"),
    ("fr", "Les attentats se produisent chaque semaine sur le marché."),
])
def test_how_often_acts_happen_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen kidnapped two aid workers in Kenya on Monday."),
    ("fr", "Des hommes armés ont enlevé deux humanitaires au Kenya lundi."),
])
def test_one_act_told_is_still_an_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["ASSAULT"]
