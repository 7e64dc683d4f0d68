"""Capitalised common words are no names, and an English article's spelling of a town is its canonical name
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


def names(doc: Doc) -> set[str]:
    return {m.text for e in doc._.ww_entities for m in e.mentions}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Lighthousekeeper missing after storm\n\nThe lighthousekeeper left the island on Sunday, officials said.",
     "Lighthousekeeper"),
    ("fr", "Gardien disparu après la tempête\n\nLe gardien a quitté l'île dimanche, selon les autorités.",
     "Gardien"),
])
def test_a_line_initial_word_written_in_lower_case_elsewhere_is_no_name(parse: Parse, lang: str, text: str,
                                                                          word: str) -> None:
    assert word not in names(parse(lang, text))


def test_title_case_headline_words_written_in_lower_case_elsewhere_are_no_name(parse: Parse) -> None:
    text = ("Talks Stall As Harvest Truce Deadline Looms\n\nThe harvest truce deadline expires on Friday, "
            "the mediator Anna Berg said.")
    found = names(parse("en", text))
    assert not any("Truce" in n or "Deadline" in n for n in found)
    assert "Anna Berg" in found


def test_a_headline_name_the_body_writes_again_stays(parse: Parse) -> None:
    text = "Envoy Anna Berg Meets Rebel Leaders\n\nAnna Berg arrived in the capital on Friday, the mediators said."
    assert any(n.startswith("Anna Berg") for n in names(parse("en", text)))


def test_an_english_article_keeps_its_spelling_of_a_town(parse: Parse) -> None:
    doc = parse("en", "Heavy shelling was reported in Berdiansk on Monday, the police chief said.")
    assert [e.name for e in doc._.ww_entities if e.type == "LOC"] == ["Berdiansk"]  # GeoNames: "Berdyansk"


def test_a_towns_name_shared_with_its_region_stays_the_gazetteers(parse: Parse) -> None:
    doc = parse("en", "Thousands marched through New York on Monday, the city's police said.")
    assert [e.name for e in doc._.ww_entities if e.type == "LOC"] == ["New York City"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The Trump administration imposed new tariffs on steel on Monday.", "Donald Trump"),
    ("fr", "L'administration Trump a imposé lundi de nouveaux droits de douane sur l'acier.", "Donald Trump"),
    ("en", "The Biden administration announced new sanctions against Russia", "Joe Biden"),
    ("fr", "L'administration Biden a annoncé de nouvelles sanctions contre la Russie", "Joe Biden"),
])
def test_a_leaders_administration_names_the_leader(parse: Parse, lang: str, text: str, name: str) -> None:
    """News annotation counts "the Trump administration" as a mention of the president, not of the government."""
    found = {e.name: e.type for e in parse(lang, text)._.ww_entities}
    assert found.get(name) == "PER" and "United States government" not in found


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The country's Supreme Leader Farid Azimi said on Monday the talks had failed.", "Supreme"),
    ("fr", "Le Premier ministre Farid Azimi a déclaré lundi que les pourparlers avaient échoué.", "Premier"),
])
def test_a_word_of_a_title_is_no_name(parse: Parse, lang: str, text: str, word: str) -> None:
    found = names(parse(lang, text))
    assert word not in found and any("Farid Azimi" in n for n in found)
