"""The function words around toponyms come from every language's lexicon folder (place_function_words.tsv)."""

from __future__ import annotations

import pytest

from wirewatch import lexicons
from wirewatch.nlp.places.function_words import is_conjunction, place_function_words


@pytest.mark.parametrize(("gap", "joined"), [
    (" et ", True), (", et de ", True), (" et d'", True), (" ou ", True), (", ", True),
    (" and ", True), (", or ", True), (" contre ", False), (" against ", False), (" de ", False),
])
def test_conjunction_gaps(gap: str, joined: bool) -> None:
    assert is_conjunction(gap) is joined


@pytest.mark.parametrize(("gap", "holds"), [
    (", ", True), (" (", True), (", en ", True), (" dans le ", True), (", à ", True), (" au ", True),
    (", in ", True), (" near the ", True), (" contre ", False), (" versus ", False),
])
def test_gap_between_a_place_and_its_parent(gap: str, holds: bool) -> None:
    assert bool(place_function_words().parent_gap.match(gap)) is holds


@pytest.mark.parametrize(("before", "left"), [
    ("dans le sud de l'", "dans le sud de "), ("au nord des ", "au nord "),
    ("in the south of the ", "in the south of "),
    ("au sud de ", "au sud de "),
])
def test_an_article_before_the_name_is_dropped(before: str, left: str) -> None:
    assert place_function_words().article_before.sub("", before) == left


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_language_lists_its_words(lang: str) -> None:
    roles = {row["role"] for row in lexicons.read_tsv(lang, "place_function_words.tsv")}
    assert {"article_before", "conjunction", "parent_preposition", "parent_article"} <= roles
