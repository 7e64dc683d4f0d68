"""A person's bracketed party is another entity, forms of address are no part of a name, and a region named by a
compass word is found in the gazetteer under its English name (sentences and names written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.body_names import body_country, english_body_name, english_body_names
from wirewatch.nlp.entities.compass_places import compass_region, split_compass_name
from wirewatch.nlp.entities.place_names import gazetteer_place
from wirewatch.nlp.entities.quoted_titles import fills_quotation_marks
from wirewatch.nlp.resources import Resources

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("fr", "La députée Claire Vasseur (LR) a voté contre le texte mardi.", "LR"),
    ("en", "Lawmaker Claire Vasseur (SNP) voted against the bill on Tuesday.", "SNP"),
])
def test_a_bracketed_party_is_not_the_person(parse: Parse, lang: str, text: str, party: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    person, affiliation = entity_named(doc, "Claire Vasseur"), entity_named(doc, party)
    assert person.type == "PER" and person.name == "Claire Vasseur" and affiliation is not person


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Mgr Anselme Rivoire a célébré la messe dimanche.", "Anselme Rivoire"),
    ("fr", "Me Odile Carvin a plaidé la relaxe mardi.", "Odile Carvin"),
    ("en", "Rabbi Ezra Pellman led the prayers on Sunday.", "Ezra Pellman"),
    ("en", "Prof. Ezra Pellman gave the lecture on Sunday.", "Ezra Pellman"),
])
def test_a_form_of_address_is_no_part_of_the_name(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text), surface).name == surface


@pytest.mark.parametrize(("lang", "text", "split"), [
    ("fr", "Sud-Kivu", ("south", "Kivu")),
    ("fr", "Kivu du Nord", ("north", "Kivu")),
    ("fr", "Darfour occidental", ("west", "Darfour")),
    ("en", "Southern Kivu", ("south", "Kivu")),
    ("fr", "Sud-Ouest", None),
    ("fr", "Nordine Kivu", None),
])
def test_a_compass_word_is_split_from_the_place_it_qualifies(lang: str, text: str,
                                                             split: tuple[str, str] | None) -> None:
    assert split_compass_name(text, lang) == split


@pytest.mark.parametrize(("lang", "text", "region"), [
    ("fr", "Sud-Kivu", ("South Kivu", "COD")),
    ("en", "Southern Kivu", ("South Kivu", "COD")),
    ("fr", "Sud-Ouest", None),
])
def test_a_compass_region_takes_the_gazetteer_name(resources: Resources, lang: str, text: str,
                                                   region: tuple[str, str] | None) -> None:
    gazetteer = resources.gazetteer
    assert gazetteer is not None
    assert compass_region(gazetteer, text, lang, lambda rest: gazetteer_place(gazetteer, rest)) == region


def test_a_french_compass_region_is_named_in_english(parse: Parse) -> None:
    doc = parse("fr", "Des combats ont repris au Sud-Kivu mardi.")
    assert entity_named(doc, "Sud-Kivu").name == "South Kivu"


@pytest.mark.parametrize(("name", "english"), [
    ("Forces armées maliennes", "Malian Armed Forces"),
    ("Armée nationale libyenne", "Libyan National Army"),
    ("ministère de la Santé", None),  # a complement: only the KB confirms its English form
    ("Force ouvrière", None),  # a word read in no way
    ("Garde nationale", None),  # no demonym: no country's body in particular
])
def test_a_french_body_name_reads_in_english(name: str, english: str | None) -> None:
    assert english_body_name(name, "fr") == english


def test_a_body_complement_gives_both_english_orders() -> None:
    assert english_body_names("Conseil de sécurité", "fr") == ["Council of Security", "Security Council"]


@pytest.mark.parametrize(("name", "country"), [("Forces armées maliennes", "MLI"), ("Garde nationale", None)])
def test_a_body_demonym_states_its_country(name: str, country: str | None) -> None:
    assert body_country(name, "fr") == country


def test_an_english_body_name_is_not_translated() -> None:
    assert english_body_names("Malian Armed Forces", "en") == []


@pytest.mark.parametrize(("text", "name", "fills"), [
    ("dans « La Petite Veilleuse », puis", "Petite Veilleuse", True),  # the trimmed determiner inside the marks
    ("dans « une Petite Veilleuse », puis", "Petite Veilleuse", False),  # not a determiner given
    ("in “Silent Harbor”, then", "Silent Harbor", True),
])
def test_a_name_fills_quotation_marks_past_its_determiner(text: str, name: str, fills: bool) -> None:
    start = text.index(name)
    assert fills_quotation_marks(text, start, start + len(name), frozenset({"la", "l’"})) is fills


def test_a_quoted_unknown_place_name_is_a_title(parse: Parse) -> None:
    doc = parse("fr", "Le prix du jury est allé à « La Petite Veilleuse », un premier film.")
    assert entity_named(doc, "Petite Veilleuse").type == "MISC"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gen Z protesters marched on Tuesday."),
    ("fr", "Les manifestants de la Gen Z ont défilé mardi."),
])
def test_a_letter_left_of_a_name_is_no_person(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert not [e for e in doc._.ww_entities if e.type == "PER"]


def test_a_name_between_two_quotations_is_no_title(parse: Parse) -> None:
    doc = parse("en", 'Her son, Tom Varley, spoke first. "It was cold," Mr Varley "and the road was dark."')
    assert not [e for e in doc._.ww_entities if e.type == "MISC"]
