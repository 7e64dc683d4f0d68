"""Class nouns that say what a name names (``lexicons/<lang>/kind_nouns.tsv``) set its type over the model's
guess, in French and English (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.test_entities import entity_named

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Officials gave an interview to the news website Lenta on Tuesday.", "Lenta"),
    ("fr", "Le site Lenta a publié une enquête mardi.", "Lenta"),
])
def test_a_name_after_an_outlet_noun_is_an_organisation(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), surface).type == "ORG"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Residents of the commune of Villers were evacuated on Monday.", "Villers"),
    ("fr", "Les habitants de la commune de Villers ont été évacués lundi.", "Villers"),
])
def test_a_name_after_a_place_noun_and_of_is_a_place(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), surface).type == "LOC"


@pytest.mark.parametrize(("text", "surface"), [
    ("Un incendie a touché l'école Jean-Jaurès lundi.", "Jean-Jaurès"),
    ("Le lycée Victor-Hugo a été évacué lundi.", "Victor-Hugo"),
])
def test_a_school_named_after_a_person_is_an_organisation_in_french(parse: Parse, text: str, surface: str) -> None:
    assert entity_named(parse("fr", text, "2025-03-03"), surface).type == "ORG"


def test_a_name_ending_with_a_capitalised_class_noun_is_the_institution(parse: Parse) -> None:
    school = entity_named(parse("en", "Two pupils were hurt at Abraham Lincoln High School on Monday.", "2025-03-03"),
                          "Abraham Lincoln")
    assert (school.name, school.type) == ("Abraham Lincoln High School", "ORG")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Jules Ferry and Anne Martin met in Paris on Monday."),
    ("fr", "Jules Ferry et Anne Martin se sont rencontrés à Paris lundi."),
])
def test_a_capitalised_surname_is_no_class_noun(parse: Parse, lang: str, text: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), "Anne Martin").type == "PER"
