"""Verbs of force in another sense (blocked readings of ``event_triggers.tsv``): a law struck down, a gas
captured, software deployed, corruption fought name no attack and no mobilisation; the same verbs with persons,
places or troops still do. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A state appeals court struck down the voter ID law in July."),
    ("en", "The rule forces companies to capture methane at drilling sites"),
    ("en", "The company deployed its new software across Kenya."),
    ("fr", "Le gouvernement a déployé un nouveau logiciel."),
    ("fr", "La France combat la corruption"),
])
def test_a_verb_of_force_in_another_sense_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert not {"ASSAULT", "MOBILIZE"} & set(types(parse, lang, text))


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Rebels captured the town of Goma.", "ASSAULT"),
    ("en", "The army deployed troops to the border", "MOBILIZE"),
    ("en", "Soldiers executed three prisoners.", "ASSAULT"),
    ("fr", "L'armée a déployé des troupes à la frontière.", "MOBILIZE"),
    ("fr", "Les rebelles ont exécuté trois prisonniers", "ASSAULT"),
])
def test_the_same_verb_with_persons_places_or_troops_is_an_event(parse: Parse, lang: str, text: str,
                                                                 event_type: str) -> None:
    assert event_type in types(parse, lang, text)
