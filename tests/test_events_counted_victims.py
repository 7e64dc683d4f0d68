"""The noun a toll counts names the victims of an act whose target the sentence does not name otherwise: a
headline « Attaque à Lyon : deux policiers blessés » is an attack on the police, not on civilians
(``casualties.Toll.victims``, ``implied.counted_victims``); a noun of no role (« personnes ») or a casualty
word (« morts ») leaves the civilians of the place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, only_event

END = ["", "."]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("text", "sector"), [
    ("Attaque à Lyon : deux policiers blessés", "police"),
    ("Attaque à Paris : trois policiers blessés", "police"),
    ("Embuscade au Mali : cinq soldats tués", "military"),
])
def test_the_counted_noun_is_the_target(parse: Parse, text: str, sector: str, end: str) -> None:
    event = only_event(parse, "fr", text + end, "ASSAULT")
    assert event.target is not None and event.target.sector == sector


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", ["Attentat à Kaboul : dix morts", "Attentat à Bamako : trois morts"])
def test_a_count_of_no_role_leaves_civilians(parse: Parse, text: str, end: str) -> None:
    event = only_event(parse, "fr", text + end, "ASSAULT")
    assert event.target is not None and event.target.sector == "civilians"
