"""« prendre / retenir / détenir / garder en otage », "take / hold / keep hostage" and « la prise d'otages » tell a
hostage-taking (PLOVER ASSAULT abduct, CAMEO 181), its held people the target, never the locution's own noun; a
thing held or a civil body as the holder is a figure of speech (``hostage_figures``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "Les rebelles retiennent en otage trois soldats français depuis mardi.", "FRA"),
    ("fr", "Des jihadistes détiennent en otages deux journalistes français au Mali", "FRA"),
    ("fr", "Le Hamas garde en otage des dizaines d'Israéliens.", "ISR"),
    ("fr", "Des hommes armés ont pris en otage deux touristes allemands dans le désert", "DEU"),
    ("en", "Rebels are holding two French journalists hostage.", "FRA"),
    ("en", "Two Kenyan aid workers were taken hostage by militants", "KEN"),
])
def test_held_hostage_is_an_abduction_of_the_held(parse: Parse, lang: str, text: str, country: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [e.mode for e in found] == ["abduction"], found
    assert found[0].target is not None and found[0].target.country == country, found


@pytest.mark.parametrize("text", [
    "Les jihadistes ont revendiqué la prise d'otages de Lyon.",
    "La prise d'otages dans une école de Nairobi a fait deux morts",
])
def test_a_hostage_taking_noun_is_an_abduction_not_a_seizure_of_ground(parse: Parse, text: str) -> None:
    modes = [e.mode for e in events_of(parse, "fr", text) if e.type == "ASSAULT"]
    assert modes == ["abduction"], modes


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Il a pris en otage le débat politique."),
    ("fr", "Le gouvernement a pris le budget en otage"),
    ("fr", "Les syndicats prennent en otage les usagers du métro."),
    ("fr", "Les grévistes prennent en otage les voyageurs"),
    ("en", "He has taken the debate hostage."),
    ("en", "The opposition is holding the budget hostage"),
    ("en", "The unions are holding commuters hostage."),
    ("en", "Striking workers held the economy hostage"),
])
def test_a_thing_or_a_public_held_by_a_civil_body_is_a_figure(parse: Parse, lang: str, text: str) -> None:
    assert not [e for e in events_of(parse, lang, text) if e.type in ("ASSAULT", "PROTEST")]


@pytest.mark.parametrize(("text", "held"), [
    ("Gunmen took 30 passengers hostage", "passengers"),
    ("Gunmen held 12 tourists hostage in a hotel.", "tourists"),  # parsed as the hostage noun's compound
])
def test_took_people_hostage_targets_the_people_not_the_hostage_noun(parse: Parse, text: str, held: str) -> None:
    found = [e for e in events_of(parse, "en", text) if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].target is not None and found[0].target.name == held, found
