"""Weapons aimed at someone: the weapon is the means, and the phrase it is aimed with names the recipient, even
after a preposition that elsewhere says where ("at"). Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, only_event


@pytest.mark.parametrize(("lang", "text", "recipient"), [
    ("en", "A military spokesman said Iran launched about 100 drones towards Israel overnight.", "Israel"),
    ("en", "Iran fired dozens of missiles at Israel on Friday.", "Israel"),
    ("fr", "L'armée russe a lancé une centaine de drones vers l'Ukraine dans la nuit.", "Ukraine"),
])
def test_what_weapons_are_aimed_at_is_the_target(parse: Parse, lang: str, text: str, recipient: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.target is not None and recipient in event.target.name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels fired dozens of mortar rounds on Monday."),
    ("fr", "Les rebelles ont tiré des dizaines d'obus lundi."),
])
def test_weapons_fired_are_no_target(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.target is None or not any(w in event.target.name for w in ("dozens", "dizaines", "obus", "mortar"))
