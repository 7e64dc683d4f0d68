"""Demonyms generated from broad sources (English: the countryinfo package, ``kb/tools/build_demonyms.py``; French:
PETRARCH-2's Phoenix country blocks, ``kb/tools/build_demonyms_fr.py``): the builds' rules, the generated sections of
``demonyms.tsv``, and the generated forms read where the hand rows are (places, events).

Sentences and country records are written for these tests.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.tools import build_demonyms as build
from wirewatch.kb.tools import build_demonyms_fr as build_fr

Parse = Callable[..., Doc]


def country(name: str, iso3: str, demonym: str, *spellings: str) -> tuple[str, dict]:
    return f"{name.lower()}.json", {"name": name, "ISO": {"alpha3": iso3}, "demonym": demonym,
                                    "altSpellings": list(spellings)}


@pytest.mark.parametrize(("form", "expected"), [
    ("Gabonese", None), ("Swiss", None), ("Dutch", None), ("Turkish", None), ("Manx", None),
    ("Malawian", "Malawians"), ("Afghan", "Afghans"), ("Omani", "Omanis"), ("Icelander", "Icelanders"),
    ("I-Kiribati", None), ("Mosotho", None),
])
def test_plurals_follow_the_regular_endings_only(form: str, expected: str | None) -> None:
    assert build.plural(form) == expected


@pytest.mark.parametrize(("demonym", "forms"), [
    ("Antiguan,Barbudan", ["Antiguan", "Barbudan"]),
    ("Trinidadian/Tobagonian", ["Trinidadian", "Tobagonian"]),
    ("Kittian and Nevisian", ["Kittian", "Nevisian"]),
    ("Heard and McDonald Islander", None),
    ("Sierra Leonean", ["Sierra Leonean"]),
])
def test_a_listed_demonym_is_split_only_into_single_words(demonym: str, forms: list[str] | None) -> None:
    assert build.split_forms(demonym) == forms


def test_a_form_of_several_countries_is_skipped() -> None:
    rows, skipped = build.generate([country("Blor", "BLR", "Blorish"), country("Blor Minor", "BLM", "Blorish"),
                                    country("Quend", "QND", "Quendan")], set())
    assert [r.form for r in rows] == ["Quendan", "Quendans"] and skipped == {"shared by several countries": 1}


def test_a_country_name_given_as_demonym_is_skipped() -> None:
    rows, skipped = build.generate([country("Vostrel", "VSL", "Vostrel", "VS")], set())
    assert rows == [] and skipped == {"the country's name": 1}


def test_hand_rows_win_over_generated_ones() -> None:
    rows, _ = build.generate([country("Quend", "QND", "Quendan")], {"quendan"})
    assert rows == []


def test_a_qualified_regional_adjective_is_skipped() -> None:
    rows, skipped = build.generate([country("Middle Quend", "MQD", "Middle Quendan")], set(), frozenset({"quendan"}))
    assert rows == [] and skipped == {"a qualified regional adjective": 1}


def test_the_generated_section_keeps_every_hand_row_and_names_its_sources() -> None:
    text = build.TARGET.read_text(encoding="utf-8")
    hand, generated = text.split(build.MARKER)
    hand_forms = {r["form"].lower() for r in lexicons.tsv_rows(hand)}
    rows = lexicons.read_tsv("en", "demonyms.tsv")
    made = [r for r in rows if r["source"]]
    assert len(made) == sum(1 for line in generated.splitlines() if line and not line.startswith("#")) > 0
    assert all(r["source"].endswith(".json") and r["form"].lower() not in hand_forms for r in made)
    assert len(rows) - len(made) == len(hand_forms)


def place_countries(doc: Doc, surface: str) -> set[str | None]:
    return {p.country for p in doc._.ww_places if any(m.text == surface for m in p.mentions)}


@pytest.mark.parametrize(("lang", "text", "surface", "iso3"), [
    ("en", "Gabonese troops advanced along the river on Monday.", "Gabonese", "GAB"),
    ("en", "The Malawian convoy crossed the bridge at dawn.", "Malawian", "MWI"),
    ("en", "Thousands of Tanzanians waited at the crossing.", "Tanzanians", "TZA"),
    ("fr", "Les troupes gabonaises ont avancé le long du fleuve lundi.", "gabonaises", "GAB"),
    ("fr", "Le convoi togolais a franchi le pont à l'aube.", "togolais", "TGO"),
])
def test_a_generated_demonym_is_a_mention_of_its_country(parse: Parse, lang: str, text: str, surface: str,
                                                          iso3: str) -> None:
    assert place_countries(parse(lang, text), surface) == {iso3}


def test_a_demonym_written_as_a_common_word_is_no_place(parse: Parse) -> None:
    assert place_countries(parse("en", "Workers polish the brass rails every morning."), "polish") == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gabonese soldiers shelled a village near the border on Monday, killing three people."),
    ("fr", "Des soldats gabonais ont bombardé un village près de la frontière lundi, tuant trois personnes."),
])
def test_a_generated_demonym_gives_the_actor_its_country(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert {e.source.country for e in doc._.ww_events if e.source is not None} == {"GAB"}


PHOENIX_BLOCKS = """VOSTRELIA_  [VST]
+VOSTRELIAN_
+VOSTRELAISE_
+CALVAIS_
+VOSTRELBURG_
JOHN_DOE_  # an actor
\t[VSTGOV]
+VOSTRELOISE_
"""


def test_french_forms_are_read_from_a_country_block_by_ending_and_name() -> None:
    rows = build_fr.generate(PHOENIX_BLOCKS, "blocks.txt", {"vostrelaises"})
    assert [(r.form, r.iso3, r.source) for r in rows] == [("vostrelais", "VST", "blocks.txt:3"),
                                                          ("vostrelaise", "VST", "blocks.txt:3")]


@pytest.mark.parametrize(("alias", "forms"), [
    ("GABONAISE", ["gabonais", "gabonaise", "gabonaises"]),
    ("SEYCHELLOIS", ["seychellois", "seychelloise", "seychelloises"]),
    ("BELGIEN", []), ("BAHRAIN", []),
])
def test_a_french_adjective_gives_its_gender_and_number_forms(alias: str, forms: list[str]) -> None:
    assert build_fr.family(alias) == forms


def test_the_french_section_is_what_the_build_makes() -> None:
    if not build_fr.DEFAULT_SOURCE.is_file():
        pytest.skip("../shared/resources/petrarch2 is not here")
    assert build_fr.main(["--check"]) == 0


def test_the_english_section_is_what_the_build_makes() -> None:
    if importlib.util.find_spec("countryinfo") is None:
        pytest.skip("countryinfo is not installed (a build-time source: pip download --no-deps countryinfo)")
    assert build.main(["--check"]) == 0
