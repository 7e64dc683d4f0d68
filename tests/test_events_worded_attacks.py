"""Force said of words (``nlp/events/worded_attacks.py``): an attack by an unarmed actor on an unarmed party,
harming no one, with no weapon or place told, is criticism (ACCUSE); force on an idea or a policy is a figure of
speech; a business's attack on a market is trade. Force with a toll, a weapon, a place or an armed party stays an
assault. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return sorted(e.type for e in events_of(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The senator attacked Biden over inflation."),
    ("en", "Republicans attacked Democrats over border security"),
    ("en", "The minister attacked the unions for calling a strike."),
    ("en", "Opposition leader attacks government over price rises"),
    ("fr", "Le Premier ministre a attaqué l'opposition lors d'un discours."),
])
def test_an_unarmed_attack_on_a_political_party_is_an_accusation(parse: Parse, lang: str, text: str) -> None:
    assert types(parse, lang, text) == ["ACCUSE"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The opposition launched a blistering attack on the budget"),
    ("en", "Critics attacked the plan as too costly."),
    ("fr", "L'opposition a lancé une violente attaque contre le budget"),
])
def test_an_attack_on_a_policy_is_an_accusation_with_no_target(parse: Parse, lang: str, text: str) -> None:
    found = events_of(parse, lang, text)
    assert [(e.type, e.target) for e in found] == [("ACCUSE", None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor shot down the proposal"),
    ("en", "Protesters hijacked the debate on pensions."),
    ("en", "Amazon attacked the grocery market with a new service"),
    ("en", "Microsoft seized control of the cloud market."),
])
def test_force_on_an_idea_or_a_market_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia attacked Ukraine on Sunday."),
    ("en", "Gunmen attacked a market in Kano"),
    ("en", "Militants attacked a market on Friday."),
    ("en", "A man attacked the mayor of Lyon with a knife"),
    ("en", "Police attacked protesters in Nairobi."),
    ("fr", "Des hommes armés ont attaqué un marché à Kano"),
    ("fr", "La Russie a attaqué l'Ukraine dimanche."),
])
def test_force_by_or_on_an_armed_party_or_with_a_place_stays_an_assault(parse: Parse, lang: str,
                                                                       text: str) -> None:
    assert "ASSAULT" in types(parse, lang, text)


@pytest.mark.parametrize("text", [
    "The senator attacked Biden over inflation",
    "The senator attacked Biden over inflation.",
])
def test_a_politician_attacking_a_politician_is_no_assault(parse: Parse, text: str) -> None:
    assert "ASSAULT" not in types(parse, "en", text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron vowed to fight inflation"),
    ("en", "The president vowed to fight corruption."),
    ("fr", "Le président a juré de combattre la corruption"),
])
def test_a_vow_to_fight_an_ill_of_society_is_no_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel vowed to strike Hamas"),
    ("fr", "L'armée a juré de combattre les rebelles."),
])
def test_a_vow_to_strike_a_party_stays_a_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" in types(parse, lang, text)


def test_a_political_offensive_against_a_bill_is_an_accusation(parse: Parse) -> None:
    assert types(parse, "en", "Democrats launched a fierce offensive on the tax bill") == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The president attacked the press in a speech in Ohio",
    "The president came under attack from his own party.",
])
def test_criticism_said_somewhere_or_undergone_from_a_party_is_an_accusation(parse: Parse, text: str) -> None:
    assert types(parse, "en", text) == ["ACCUSE"]


def test_an_attack_undergone_from_rebels_stays_an_assault(parse: Parse) -> None:
    assert types(parse, "en", "The convoy came under attack from rebels near Goma") == ["ASSAULT"]
