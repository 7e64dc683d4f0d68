"""Short event reports in feed wording: a headline whose subject carries an apposition, a past the tagger read as a
noun, a weapon's blast told by its effect ("went off", "ripped through"), fire traded, a strike dated by the fire
it answers, and an act two parties agree on. Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Police in Nairobi, the Kenyan capital, fire tear gas at students",
    "Troops in Goma, a city in eastern Congo, shell rebel positions",
])
def test_a_headline_subject_with_an_apposition_keeps_its_verb(parse: Parse, text: str) -> None:
    assert "ASSAULT" in types_of(parse, "en", text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A sniper shot dead two civilians in Aleppo, officials said.", True),
    ("The sniper shot was heard across the valley.", False),
])
def test_a_past_the_tagger_read_as_a_noun_is_read_by_what_it_governs(parse: Parse, text: str,
                                                                      expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb went off at a bus station in Kano", True),
    ("A roadside bomb ripped through an army truck in Kirkuk", True),
    ("A car bomb tore through a market in Baghdad on Friday", True),
    ("The alarm went off at dawn", False),
    ("A huge explosion tore through a paint factory in Ohio", False),  # no weapon named: maybe an accident
    ("The scandal rocked the government", False),
])
def test_a_weapon_told_by_its_blast_is_an_attack(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police and gunmen traded fire for two hours in Kaduna", True),
    ("The two leaders traded insults at the summit", False),
])
def test_fire_traded_is_an_exchange_of_fire(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize("text", [
    "Israeli jets struck Hamas targets after rocket fire from Gaza.",
    "Police fired rubber bullets at rioters during the floods.",
])
def test_what_a_cause_preposition_names_is_no_hazard_fought(parse: Parse, text: str) -> None:
    assert "ASSAULT" in types_of(parse, "en", text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Turkey agreed to set up a buffer zone in the north"),
    ("en", "Kenya agreed with Haiti to deploy a thousand police officers"),
    ("fr", "La Russie et la Turquie ont convenu de créer une zone tampon dans le nord"),
])
def test_an_act_two_parties_agree_on_is_their_agreement(parse: Parse, lang: str, text: str) -> None:
    types = types_of(parse, lang, text)
    assert "AGREE" in types
    assert "THREATEN" not in types


def test_a_force_one_party_vows_is_still_a_threat(parse: Parse) -> None:
    assert "THREATEN" in types_of(parse, "en", "The government vowed to crush the rebels in the north")



@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Floods killed 30 people in the north. Authorities imposed a curfew to prevent looting"),
    ("fr", "Les inondations ont fait 30 morts dans le nord. Les autorités ont imposé un couvre-feu pour empêcher "
           "les pillages"),
])
def test_a_curfew_imposed_in_a_disaster_is_relief(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" not in types_of(parse, lang, text)


def test_a_curfew_imposed_after_protests_is_coercion(parse: Parse) -> None:
    assert "COERCE" in types_of(parse, "en", "Soldiers imposed a night curfew on Lyon after riots")
