"""« prendre / retenir / détenir / garder en otage » and « la prise d'otages » tell a hostage-taking (PLOVER
ASSAULT abduct, CAMEO 181), its held people the target, never the locution's own noun; a thing held or a civil
body as the holder is a figure of speech (``hostage_figures``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("text", "country"), [
    ("Les rebelles retiennent en otage trois soldats français depuis mardi.", "FRA"),
    ("Des jihadistes détiennent en otages deux journalistes français au Mali", "FRA"),
    ("Le Hamas garde en otage des dizaines d'Israéliens.", "ISR"),
    ("Des hommes armés ont pris en otage deux touristes allemands dans le désert", "DEU"),
])
def test_held_hostage_is_an_abduction_of_the_held(parse: Parse, text: str, country: str) -> None:
    found = [e for e in events_of(parse, "fr", text) if e.type == "ASSAULT"]
    assert [e.mode for e in found] == ["abduction"], found
    assert found[0].target is not None and found[0].target.country == country, found


@pytest.mark.parametrize("text", [
    "Les jihadistes ont revendiqué la prise d'otages de Lyon.",
    "La prise d'otages dans une école de Nairobi a fait deux morts",
])
def test_a_hostage_taking_noun_is_an_abduction_not_a_seizure_of_ground(parse: Parse, text: str) -> None:
    modes = [e.mode for e in events_of(parse, "fr", text) if e.type == "ASSAULT"]
    assert modes == ["abduction"], modes


@pytest.mark.parametrize("text", [
    "Il a pris en otage le débat politique.",
    "Le gouvernement a pris le budget en otage",
    "Les syndicats prennent en otage les usagers du métro.",
    "Les grévistes prennent en otage les voyageurs",
])
def test_a_thing_or_a_public_held_by_a_civil_body_is_a_figure(parse: Parse, text: str) -> None:
    assert not [e for e in events_of(parse, "fr", text) if e.type == "ASSAULT"]
