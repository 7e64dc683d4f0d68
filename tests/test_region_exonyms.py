"""A region of a country the article names, written in the article's own spelling (``kb/region_exonyms.py``):
« la Catalogne » in an article that names Spain is Catalonia, « le Tigré » with Ethiopia named is Tigray (not the
Argentine town Tigre); a name with no region of the article's countries near it stays as it was.

Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.place_support import entity_of
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.region_exonyms import region_exonym, spelling_key

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("french", "english"), [
    ("Catalogne", "Catalonia"), ("Transcarpatie", "Transcarpathia"), ("Darfour", "Darfur"),
    ("Andalousie", "Andalusia"), ("Tigré", "Tigray"),
])
def test_french_and_english_spellings_share_a_key(french: str, english: str) -> None:
    assert spelling_key(french, "fr") == spelling_key(english, "fr")


@pytest.mark.parametrize(("text", "countries", "region"), [
    ("Catalogne", {"ESP"}, "Catalonia"), ("Pendjab", {"PAK"}, "Punjab"), ("Andalousie", {"ESP"}, "Andalusia"),
    ("Tigré", {"ETH"}, "Tigray"), ("Sibérie", {"RUS"}, "Siberia"),
])
def test_a_french_region_name_finds_the_region_of_the_article_country(gazetteer: Gazetteer, text: str,
                                                                        countries: set[str], region: str) -> None:
    place = region_exonym(gazetteer, text, countries, "fr")
    assert place is not None and place.name == region


@pytest.mark.parametrize(("text", "countries", "region"), [
    ("Baluchistan", {"PAK"}, "Balochistan"), ("Oromia", {"ETH"}, "Oromiya"), ("Tigre", {"ETH"}, "Tigray"),
])
def test_an_english_spelling_finds_the_region_of_the_article_country(gazetteer: Gazetteer, text: str,
                                                                       countries: set[str], region: str) -> None:
    place = region_exonym(gazetteer, text, countries, "en")
    assert place is not None and place.name == region


@pytest.mark.parametrize(("text", "countries"), [
    ("Catalogne", {"FRA"}), ("Macron", {"FRA"}), ("Tigré", set()), ("Gaza", {"EGY"}), ("Tibetan", {"CHN"}),
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_region_of_the_article_countries_is_near_the_name(gazetteer: Gazetteer, text: str,
                                                             countries: set[str], lang: str) -> None:
    assert region_exonym(gazetteer, text, countries, lang) is None  # "Tibetan": other consonants than Tibet


def test_the_rule_needs_the_language_correspondences(gazetteer: Gazetteer) -> None:
    assert region_exonym(gazetteer, "Catalogne", {"ESP"}, "xx") is None


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("Les rebelles contrôlent le Tigré, dans le nord de l'Éthiopie.", "Tigré", "Tigray", "ETH"),
    ("La police espagnole a arrêté trois militants en Catalogne, a annoncé Madrid.", "Catalogne", "Catalonia", "ESP"),
    ("Des inondations ont frappé le Pendjab, au Pakistan", "Pendjab", "Punjab", "PAK"),
    ("Un drone russe a frappé la Transcarpatie, dans l'ouest de l'Ukraine.", "Transcarpatie", "Zakarpattia Oblast",
     "UKR"),
])
def test_a_french_region_entity_takes_the_region_of_the_article(parse: Parse, text: str, surface: str, name: str,
                                                                country: str) -> None:
    entity = entity_of(parse("fr", text), surface)
    assert entity is not None and entity.type == "LOC" and (entity.name, entity.country) == (name, country)


def test_an_english_article_reads_the_region_of_its_country(parse: Parse) -> None:
    entity = entity_of(parse("en", "Rebels in Tigre, Ethiopia, said the truce held."), "Tigre")
    assert entity is not None and (entity.name, entity.country) == ("Tigray", "ETH")


def test_a_town_of_a_named_country_keeps_its_reading(parse: Parse) -> None:
    entity = entity_of(parse("fr", "Le maire de Lyon a visité Tigre, près de Buenos Aires, en Argentine."), "Tigre")
    assert entity is not None and entity.country == "ARG"
