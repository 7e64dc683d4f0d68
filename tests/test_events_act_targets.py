"""A target that names the event's own act is no target (``act_targets``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two ministers submitted their resignations on Monday."),
    ("fr", "Les deux ministres ont présenté leur démission lundi."),
])
def test_a_target_naming_the_act_itself_is_no_target(parse: Parse, lang: str, text: str) -> None:
    retreats = [e for e in events_of(parse, lang, text) if e.type == "RETREAT"]
    assert retreats and all(e.target is None for e in retreats)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels attacked the army base near the border on Sunday."),
    ("fr", "Des rebelles ont attaqué la base militaire près de la frontière dimanche."),
])
def test_a_target_that_is_not_the_act_stays(parse: Parse, lang: str, text: str) -> None:
    assaults = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert assaults and assaults[0].target is not None


def test_an_evaluative_phrase_blamed_is_no_target(parse: Parse) -> None:
    text = "“Our people are angry at the Russian betrayal,” Prime Minister Jan Kowalski said."
    accusations = [e for e in events_of(parse, "en", text) if e.type == "ACCUSE"]
    assert not any(e.target is not None and "betrayal" in e.target.name for e in accusations)
