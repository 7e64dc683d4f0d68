"""Acts a sentence names without stating that they happened (``unstated``): asked about, owed, demanded or
protested against; and agreed to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Will the army attack the city before the winter?"),
    ("fr", "L'armée va-t-elle attaquer la ville avant l'hiver ?"),
])
def test_an_act_asked_about_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia must stop its attacks on civilians, the minister said."),
    ("fr", "La Russie doit cesser ses attaques contre les civils, a déclaré le ministre."),
])
def test_an_act_someone_must_do_is_no_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands marched in the capital on Saturday against plans to deport migrants."),
    ("fr", "Des milliers de personnes ont défilé samedi dans la capitale contre le projet d'expulser les migrants."),
])
def test_a_planned_act_a_protest_is_against_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["PROTEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels agreed to withdraw their fighters from the northern town."),
    ("fr", "Les rebelles ont accepté de retirer leurs combattants de la ville du nord."),
])
def test_an_act_agreed_to_is_an_agreement_not_the_act(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "AGREE" in types and "RETREAT" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army said its troops had to withdraw from the town."),
    ("fr", "Selon l'armée, ses troupes ont dû se retirer de la ville."),
])
def test_an_obligation_told_in_the_past_was_met(parse: Parse, lang: str, text: str) -> None:
    assert "RETREAT" in [e.type for e in events_of(parse, lang, text)]
