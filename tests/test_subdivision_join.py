"""Pairing pycountry's subdivisions with the gazetteer's regions by similar names (kb/tools/subdivision_join.py)."""

from __future__ import annotations

import pytest

from wirewatch.kb.tools.subdivision_join import core, mutual_best_pairs, name_forms


@pytest.mark.parametrize(("name", "expected"), [
    ("Dagestan, Respublika", "dagestan"),
    ("Catalunya [Cataluña]", "catalunya"),
    ("Kherson Oblast", "kherson"),
])
def test_core_drops_level_words_and_brackets(name: str, expected: str) -> None:
    assert core(name) == expected


def test_bracketed_alternatives_are_forms() -> None:
    assert name_forms(["Catalunya [Cataluña]"]) == {"catalunya", "cataluna"}


def test_local_and_french_names_pair_with_the_english_region() -> None:
    subs = {"IT-82": name_forms(["Sicilia", "Sicile"]), "IT-25": name_forms(["Lombardia", "Lombardie"])}
    regions = {1: "Lombardy", 2: "Sicily", 3: "Tuscany"}
    assert sorted(mutual_best_pairs(subs, regions)) == [("IT-25", 1), ("IT-82", 2)]


def test_a_region_takes_only_its_most_similar_subdivision() -> None:
    subs = {"A": name_forms(["Nordland"]), "B": name_forms(["Nordlandia"])}
    assert mutual_best_pairs(subs, {1: "Nordlandia"}) == [("B", 1)]


def test_dissimilar_names_stay_apart() -> None:
    assert mutual_best_pairs({"NO-46": name_forms(["Vestland"])}, {1: "Hordaland"}) == []
