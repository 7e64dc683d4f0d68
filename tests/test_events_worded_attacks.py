"""Force said of words (``nlp/events/worded_attacks.py``), the one reading of an attack in words: an attack by an
unarmed actor on an unarmed party, harming no one, with no weapon or place told, is criticism (ACCUSE), in the
active or the passive, and what it is about is no act of its own; force on an idea or a policy is a figure of
speech; an attack noun by no one named on a person or a side of political life is no event. Force with a toll, a
weapon, a place or an armed party stays an assault. Force aimed at a market is trade (``field_senses``).
Sentences written for these tests."""

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


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump's attacks on Canada angered Ottawa."),
    ("en", "She took questions for an hour, with further attacks on the press."),
    ("en", "Attacks on Clinton dominated the evening"),
    ("en", "Fresh attacks on the mayor filled the evening debate"),
    ("fr", "Il a multiplié les attaques contre le parti."),
])
def test_an_attack_noun_on_a_person_or_a_political_side_is_no_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in types(parse, lang, text)


@pytest.mark.parametrize("text", [
    "Putin's attack on Ukraine began in February.",
    "A knife attack on the writer left him wounded.",
    "The attack on the party's offices in Kyiv killed two.",
])
def test_an_attack_noun_with_a_place_a_weapon_or_a_toll_is_an_assault(parse: Parse, text: str) -> None:
    assert "ASSAULT" in types(parse, "en", text)


@pytest.mark.parametrize("end", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor was attacked by the senator over his remarks"),
    ("fr", "Le maire a été attaqué par l'opposition sur ses propos"),
])
def test_a_passive_attack_by_a_voice_of_politics_is_an_accusation(parse: Parse, lang: str, text: str,
                                                                   end: str) -> None:
    assert types(parse, lang, text + end) == ["ACCUSE"]


@pytest.mark.parametrize("end", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The senator attacked the governor over the troop withdrawal"),
    ("fr", "Le sénateur a attaqué le maire pour le retrait des troupes"),
])
def test_the_act_an_attack_in_words_is_about_is_no_event_of_its_own(parse: Parse, lang: str, text: str,
                                                                    end: str) -> None:
    assert types(parse, lang, text + end) == ["ACCUSE"]


@pytest.mark.parametrize("end", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Veltrano seized control of the frozen pizza market"),
    ("fr", "Veltrano a pris le contrôle du marché des pizzas surgelées"),
])
def test_force_on_a_share_of_a_market_of_trade_is_no_event(parse: Parse, lang: str, text: str, end: str) -> None:
    assert types(parse, lang, text + end) == []


@pytest.mark.parametrize("end", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels seized control of the market"),
    ("fr", "Les rebelles ont pris le contrôle du marché"),
])
def test_control_taken_of_a_market_place_stays_an_act(parse: Parse, lang: str, text: str, end: str) -> None:
    assert types(parse, lang, text + end) != []
