"""Names of regions and international bodies across languages.

- A first-level region under its local, French or alternate name: the gazetteer joins ISO 3166-2 subdivisions to
  its regions by code (``kb/data/subdivision_codes.tsv``), so « en Bavière », « en Toscane » are Bavaria and
  Tuscany, not unknown names.
- A body's name written with its parent organisation in full or by acronym (``kb/parent_names.py``):
  « Haut-Commissariat de l'ONU pour les réfugiés » and "United Nations refugee agency" link like the KB's forms.

Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.place_support import entity_of
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.parent_names import parent_variants
from wirewatch.nlp.entities.compass_places import _composed_region

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("name", "region", "country"), [
    ("Bavière", "Bavaria", "DEU"), ("Bayern", "Bavaria", "DEU"), ("Toscane", "Tuscany", "ITA"),
    ("Basse-Saxe", "Lower Saxony", "DEU"), ("Flandre", "Flanders", "BEL"), ("Sardaigne", "Sardinia", "ITA"),
    ("Catalunya", "Catalonia", "ESP"),
])
def test_subdivision_names_join_their_region_by_code(gazetteer: Gazetteer, name: str, region: str,
                                                      country: str) -> None:
    assert {(c.place.name, c.place.country) for c in gazetteer.lookup(name)} == {(region, country)}


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Des milliers de manifestants ont défilé en Bavière samedi.", "Bavière", "Bavaria"),
    ("en", "Thousands of protesters marched in Bavaria on Saturday.", "Bavaria", "Bavaria"),
    ("fr", "Les incendies ont ravagé la Toscane cet été.", "Toscane", "Tuscany"),
    ("en", "Wildfires ravaged Tuscany this summer.", "Tuscany", "Tuscany"),
])
def test_a_region_entity_takes_the_english_name(parse: Parse, lang: str, text: str, surface: str,
                                                 name: str) -> None:
    entity = entity_of(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC" and entity.name == name


@pytest.mark.parametrize(("lang", "alias", "variant"), [
    ("fr", "Haut-Commissariat des Nations unies pour les réfugiés", "Haut-Commissariat de l'ONU pour les réfugiés"),
    ("fr", "Conseil de sécurité de l'ONU", "Conseil de sécurité des Nations unies"),
    ("en", "UN refugee agency", "United Nations refugee agency"),
    ("en", "United Nations Security Council", "U.N. Security Council"),
])
def test_a_parent_is_written_in_full_or_by_acronym(lang: str, alias: str, variant: str) -> None:
    assert variant in parent_variants(alias, lang)


@pytest.mark.parametrize(("lang", "alias"), [("fr", "Union syndicale"), ("en", "Universal Postal Union"),
                                             ("en", "UNHCR")])
def test_a_name_without_a_parent_form_has_no_variant(lang: str, alias: str) -> None:
    assert parent_variants(alias, lang) == []


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Le Haut-Commissariat de l'ONU pour les réfugiés a recensé 2000 arrivées au Kenya.",
     "Haut-Commissariat de l'ONU pour les réfugiés"),
    ("en", "The United Nations refugee agency counted 2,000 arrivals in Kenya.", "United Nations refugee agency"),
])
def test_a_body_named_with_its_parent_acronym_links(parse: Parse, lang: str, text: str, surface: str) -> None:
    entity = entity_of(parse(lang, text), surface)
    assert entity is not None and entity.name == "Office of the United Nations High Commissioner for Refugees"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Un cargo a été touché par un drone en mer Noire mardi.", "mer Noire"),
    ("en", "A cargo ship was hit by a drone in the Black Sea on Tuesday.", "Black Sea"),
    ("fr", "Un navire en mer Rouge a été attaqué.", "mer Rouge"),
    ("en", "A vessel in the Red Sea was attacked.", "Red Sea"),
])
def test_a_sea_after_a_vessel_noun_is_one_place_in_both_languages(parse: Parse, lang: str, text: str,
                                                                    surface: str) -> None:
    entity = entity_of(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC" and entity.name in ("Black Sea", "Red Sea")


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "La sécheresse frappe l'Afrique de l'Ouest depuis des mois.", "Afrique de l'Ouest", "West Africa"),
    ("en", "Drought has hit West Africa for months.", "West Africa", "West Africa"),
    ("fr", "Les pluies ont inondé l'Afrique de l'Est.", "Afrique de l'Est", "East Africa"),
    ("en", "Rains flooded East Africa.", "East Africa", "East Africa"),
])
def test_a_compass_part_of_a_continent_takes_its_english_name(parse: Parse, lang: str, text: str, surface: str,
                                                               name: str) -> None:
    entity = entity_of(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC" and entity.name == name


def test_a_composed_name_of_another_country_is_not_taken(gazetteer: Gazetteer) -> None:
    # "South" before "Africa" composes to a country's name: no compass part of the continent is named so
    assert _composed_region(gazetteer, ("South",), "Africa") is None


def test_a_compass_part_of_a_country_is_still_composed(parse: Parse) -> None:
    doc = parse("fr", "Le Sud-Liban a été bombardé, puis l'Afrique du Sud a protesté.")
    assert entity_of(doc, "Sud-Liban") is not None and entity_of(doc, "Sud-Liban").name == "South Lebanon"


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Le ministère kényan des Affaires étrangères a convoqué l'ambassadeur.",
     "ministère kényan des Affaires étrangères", "Ministry of Foreign Affairs (Kenya)"),
    ("Lundi, le Ministère ghanéen de la Santé a confirmé deux cas.", "Ministère ghanéen de la Santé",
     "Ministry of Health (Ghana)"),
])
def test_a_french_demonym_after_the_head_noun_gives_the_body_its_country(parse: Parse, text: str, surface: str,
                                                                         name: str) -> None:
    entity = entity_of(parse("fr", text), surface)
    assert entity is not None and entity.type == "ORG" and entity.name == name


@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("fr", "ministère kényan des Affaires étrangères", ("Ministry of Foreign Affairs", "country", "KEN")),
    ("fr", "ministère de la Santé kényan", ("Ministry of Health", "country", "KEN")),
    ("en", "Kenyan Foreign Ministry", ("Ministry of Foreign Affairs", "country", "KEN")),
    ("fr", "ministère des Affaires étrangères", ("Ministry of Foreign Affairs", "country", None)),
])
def test_generic_body_reads_the_demonym_where_the_language_puts_it(lang: str, name: str,
                                                                    expected: tuple[str, str, str | None]) -> None:
    from wirewatch.nlp.entities.lexicon import EntityLexicon

    assert EntityLexicon.load(lang).generic_body(name) == expected


def test_a_demonym_after_the_head_needs_a_known_body_around_it() -> None:
    from wirewatch.nlp.entities.lexicon import EntityLexicon

    assert EntityLexicon.load("fr").generic_body("bureau kényan des statistiques") is None
