"""Reports of disasters told by their toll: a headline whose story noun is a hazard ("Fire in Lyon: two people
killed"), bodies carried out of the ruins ("rescuers pulled out 14 bodies"), a hazard that "claims lives". None
is an attack, a withdrawal or a quotation; arson, troops pulled out and responsibility claimed stay what they are.
Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fire in Lyon: two people killed"),
    ("en", "Fire in a Lagos market: three people killed."),
    ("en", "Floods in Kenya: 40 people killed"),
    ("fr", "Incendie à Lyon : deux morts"),
    ("fr", "Incendie à Lyon : deux personnes tuées."),
    ("en", "A fire killed three people in a Lagos market."),
    ("fr", "Un incendie a tué trois personnes dans un marché de Lagos."),
])
def test_a_toll_after_a_headline_naming_a_hazard_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Attack in Lyon: two people killed"),
    ("en", "Arsonists set fire to a market in Lagos, killing three."),
    ("fr", "Attentat à Lyon : deux personnes tuées"),
    ("fr", "Des inconnus ont incendié un marché à Lagos"),
])
def test_an_attack_or_arson_told_with_its_toll_stays_an_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rescue teams pulled out 14 bodies"),
    ("en", "Firefighters pulled out three survivors on Sunday."),
    ("fr", "Les secouristes ont retiré 14 corps des décombres"),
    ("fr", "Les pompiers ont retiré trois survivants des décombres."),
])
def test_bodies_carried_out_are_no_withdrawal(parse: Parse, lang: str, text: str) -> None:
    assert "RETREAT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia pulled out its troops from the town."),
    ("fr", "La France a retiré ses troupes du Mali"),
])
def test_troops_pulled_out_are_a_withdrawal(parse: Parse, lang: str, text: str) -> None:
    assert "RETREAT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Cholera claims 12 more lives in Kenya"),
    ("en", "Dengue has claimed 30 lives in Lyon this year."),
    ("en", "Cholera claimed 12 victims in Kenya"),
    ("fr", "Le choléra a fait 12 victimes au Kenya"),
    ("fr", "La dengue a coûté la vie à 30 personnes cette année."),
])
def test_a_hazard_that_claims_lives_says_nothing(parse: Parse, lang: str, text: str) -> None:
    assert [q.text for q in parse(lang, text)._.ww_quotes] == []


@pytest.mark.parametrize(("text", "said"), [
    ("Biden claimed that 12 lives had been saved.", ["12 lives had been saved"]),
    ("Macron claimed the lives of the hostages were safe.", ["the lives of the hostages were safe"]),
])
def test_a_claim_with_a_clause_about_lives_is_still_said(parse: Parse, text: str, said: list[str]) -> None:
    assert [q.text for q in parse("en", text)._.ww_quotes] == said
