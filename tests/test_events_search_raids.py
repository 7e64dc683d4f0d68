"""A raid by the police, or made to arrest, is a search and seizure (PLOVER COERCE, seize mode); an armed group's
raid on a post stays an assault. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police raided the offices of an opposition newspaper in Sarnia on Monday"),
    ("fr", "La police a mené un raid contre les bureaux d'un journal d'opposition à Sarnia"),
    ("en", "Troops raided homes in the village to arrest suspected smugglers"),
])
def test_a_raid_by_the_police_or_to_arrest_is_coercion(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "COERCE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Militants raided a police post near Dorvan on Friday",
    "Jets carried out an air raid on the town of Dorvan",
])
def test_an_armed_raid_on_a_post_or_from_the_air_stays_an_assault(parse: Parse, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", text)]
