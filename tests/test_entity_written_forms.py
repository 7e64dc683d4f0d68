"""Names written otherwise than the KB or the gazetteer writes them, in French and English (sentences written for
these tests): accents, acronyms written as words, a parent body after the name, a capitalised class noun before
it, another transcription of a place's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.kb.parent_names import without_parent_complement

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Benyamin Nétanyahou a reçu un émissaire à Jérusalem mardi.", "Benyamin Nétanyahou",
     "Benjamin Netanyahu"),
    ("fr", "Benyamin Nétanyahou a reçu un émissaire à Jérusalem mardi", "Benyamin Nétanyahou", "Benjamin Netanyahu"),
    ("en", "Francois Bayrou met union leaders in Paris on Tuesday.", "Francois Bayrou", "François Bayrou"),
    ("en", "Francois Bayrou met union leaders in Paris on Tuesday", "Francois Bayrou", "François Bayrou"),
])
def test_a_kb_name_written_with_other_accents_is_the_kb_actor(parse: Parse, lang: str, text: str, surface: str,
                                                             name: str) -> None:
    entity = entity_named(parse(lang, text, "2025-03-03"), surface)
    assert (entity.name, entity.type) == (name, "PER")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon l'Ocha, des milliers de familles ont quitté la ville."),
    ("fr", "Selon l'Ocha, des milliers de familles ont quitté la ville"),
    ("en", "Thousands of families have left the city, Ocha said."),
    ("en", "Thousands of families have left the city, Ocha said"),
])
def test_an_acronym_written_as_a_word_is_the_kb_body(parse: Parse, lang: str, text: str) -> None:
    entity = entity_named(parse(lang, text, "2025-03-03"), "Ocha")
    assert (entity.name, entity.type) == ("United Nations Office for the Coordination of Humanitarian Affairs", "ORG")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le sénateur Rand Paul a voté contre le texte."),
    ("en", "Senator Rand Paul voted against the bill."),
])
def test_a_given_name_is_no_acronym_written_as_a_word(parse: Parse, lang: str, text: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), "Rand Paul").type == "PER"


@pytest.mark.parametrize("text", [
    "Le Bureau de la coordination des affaires humanitaires de l'ONU a publié un rapport lundi.",
    "Le Bureau de la coordination des affaires humanitaires de l'ONU a publié un rapport lundi",
])
def test_a_body_named_with_its_parent_after_it_is_the_kb_body(parse: Parse, text: str) -> None:
    entity = entity_named(parse("fr", text, "2025-03-03"), "Bureau de la coordination")
    assert entity.name == "United Nations Office for the Coordination of Humanitarian Affairs"


@pytest.mark.parametrize(("name", "own_name"), [
    ("Bureau des affaires humanitaires de l'ONU", "Bureau des affaires humanitaires"),
    ("Bureau des affaires humanitaires de l’ONU", "Bureau des affaires humanitaires"),
    ("Bureau des affaires humanitaires des Nations unies", "Bureau des affaires humanitaires"),
    ("Agence de l'ONU", None),  # one word left: no name of its own
    ("Conseil de sécurité", None),
])
def test_a_parent_body_ending_a_name_is_taken_off_whole(name: str, own_name: str | None) -> None:
    assert without_parent_complement(name, "fr") == own_name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hurricane Delphine reached the coast on Monday."),
    ("en", "Hurricane Delphine reached the coast on Monday"),
    ("fr", "Ouragan Delphine : la côte évacuée"),
    ("fr", "Ouragan Delphine : la côte a été évacuée."),
])
def test_a_name_after_a_capitalised_storm_noun_is_no_person(parse: Parse, lang: str, text: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), "Delphine").type == "MISC"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Aid trucks reached Khan Younis on Monday.", "Khan Younis"),
    ("en", "Aid trucks reached Khan Younis on Monday", "Khan Younis"),
    ("en", "The two leaders met in Abu Dhabi on Monday.", "Abu Dhabi"),
    ("en", "The two leaders met on Monday in Abu Dhabi", "Abu Dhabi"),
    ("fr", "Les deux dirigeants se sont rencontrés lundi à Abu Dhabi.", "Abu Dhabi"),
    ("fr", "Les deux dirigeants se sont rencontrés lundi à Abu Dhabi", "Abu Dhabi"),
])
def test_a_place_spelled_otherwise_or_after_a_given_name_is_a_place(parse: Parse, lang: str, text: str,
                                                                    surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), surface).type == "LOC"


@pytest.mark.parametrize("text", [
    "Les États membres ont adopté le texte à Luxembourg.",
    "Les États membres ont adopté le texte à Luxembourg",
])
def test_the_french_capitalised_plural_of_etat_is_no_name(parse: Parse, text: str) -> None:
    mentions = {m.text for e in parse("fr", text, "2025-03-03")._.ww_entities for m in e.mentions}
    assert "États" not in mentions and "Luxembourg" in mentions
