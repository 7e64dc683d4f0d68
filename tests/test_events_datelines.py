"""A dateline is no party to its sentence's acts (``datelines``): the subject after the dash is the actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text", "event_type", "source"), [
    ("en", "Paris (AFP) – Macron on Monday condemned the attack on the embassy.", "ACCUSE", "FRA"),
    ("en", "Hanoi (VNA) – Vietnam always supports Kenya's bid for a seat on the council, said the party chief.",
     "SUPPORT", "VNM"),
    ("fr", "Paris (AFP) - Le Kenya a condamné l'attaque contre l'ambassade.", "ACCUSE", "KEN"),
])
def test_the_actor_is_the_subject_after_the_dateline(parse: Parse, lang: str, text: str, event_type: str,
                                                     source: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == event_type]
    assert [e.source.country if e.source else None for e in found] == [source]
    assert all(e.source is not None and e.source.name not in ("Paris", "Hanoi", "Agence France-Presse")
               for e in found)
