"""The entity layer: one sentence in, one assertion out, in French and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.entities.component import entity_at
from wirewatch.records import Entity

Parse = Callable[..., Doc]


def entity_named(doc: Doc, surface: str) -> Entity:
    start = doc.text.index(surface)
    entity = entity_at(doc, start, start + len(surface))
    assert entity is not None, f"no entity at {surface!r}: {doc._.ww_entities}"
    return entity


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Vladimir Poutine a reçu mardi à Moscou un émissaire américain.", "Vladimir Poutine", "Vladimir Putin"),
    ("en", "Vladimir Putin received a US envoy in Moscow on Tuesday.", "Vladimir Putin", "Vladimir Putin"),
    ("fr", "Le président Volodymyr Zelensky s'est rendu à Bruxelles.", "Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("en", "President Volodymyr Zelenskyy travelled to Brussels.", "Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("fr", "La Maison Blanche a publié un communiqué lundi soir.", "Maison Blanche", "White House"),
    ("fr", "Les États-Unis et la Chine ont repris leurs discussions.", "États-Unis", "United States"),
])
def test_canonical_name_is_the_same_in_every_language(parse: Parse, lang: str, text: str, surface: str,
                                                      name: str) -> None:
    assert entity_named(parse(lang, text, "2025-08-06"), surface).name == name


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vladimir Poutine a reçu l'émissaire à Moscou. Selon le Kremlin, Poutine a parlé de la paix."),
    ("en", "Vladimir Putin received the envoy in Moscow. According to the Kremlin, Putin spoke about peace."),
])
def test_surname_joins_the_full_name(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text, "2025-08-06")
    full, bare = text.index("Vladimir"), text.rindex("P" + "utin" if lang == "en" else "Poutine")
    assert entity_at(doc, full, full + 5) is entity_at(doc, bare, bare + 5)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Le Kremlin n'a pas commenté ces informations.", "Kremlin"),
    ("en", "The Kremlin did not comment on the reports.", "Kremlin"),
    ("en", "The White House said the talks would continue.", "White House"),
])
def test_seats_of_power_are_organisations(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text), surface).type == "ORG"


@pytest.mark.parametrize(("lang", "text", "surface", "role"), [
    ("fr", "Le gouverneur régional Ivan Petrenko a fait état de deux blessés.", "Ivan Petrenko", "governor"),
    ("en", "Regional governor Ivan Petrenko reported two injured.", "Ivan Petrenko", "governor"),
    ("fr", "Selon Marie Dubreuil, porte-parole du ministère, la réunion aura lieu jeudi.", "Marie Dubreuil",
     "spokesperson"),
])
def test_title_gives_the_role(parse: Parse, lang: str, text: str, surface: str, role: str) -> None:
    assert entity_named(parse(lang, text), surface).role == role


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Le gouverneur régional Oleh Kovalenko a annoncé un couvre-feu.", "Oleh Kovalenko"),
    ("en", "Regional governor Oleh Kovalenko announced a curfew.", "Oleh Kovalenko"),
])
def test_name_after_a_title_is_a_person(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text), surface).type == "PER"


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Mardi, les Canadiens ont voté en masse.", "Mardi"),
    ("en", "Analysts in the Interior said nothing.", "Interior"),
])
def test_capitalised_common_words_are_no_entities(parse: Parse, lang: str, text: str, word: str) -> None:
    start = text.index(word)
    assert entity_at(parse(lang, text), start, start + len(word)) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_mention_offset_matches_the_text(parse: Parse, lang: str) -> None:
    text = {"fr": "« Nous verrons », a déclaré Donald Trump à Washington, avant de s'envoler pour l'Écosse.",
            "en": "\"We will see,\" Donald Trump said in Washington before flying to Scotland."}[lang]
    doc = parse(lang, text, "2025-08-06")
    assert all(text[m.start:m.end] == m.text for e in doc._.ww_entities for m in e.mentions)


@pytest.mark.parametrize(("lang", "text", "descriptor"), [
    ("fr", "Donald Trump a appelé Vladimir Poutine. Le dirigeant russe a promis de réfléchir.", "dirigeant russe"),
    ("en", "Donald Trump called Vladimir Putin. The Russian president promised to think about it.",
     "Russian president"),
])
def test_office_descriptor_joins_the_office_holder(parse: Parse, lang: str, text: str, descriptor: str) -> None:
    assert entity_named(parse(lang, text, "2025-08-06"), descriptor).name == "Vladimir Putin"


@pytest.mark.parametrize(("lang", "text", "honorific", "full_name"), [
    ("fr", "Le sénateur Jean Harlow s'est exprimé lundi. Mme Harlow a ensuite visité une école. "
           "Anne Harlow a dit qu'elle était fière.", "Mme Harlow", "Anne Harlow"),
    ("en", "Senator John Harlow spoke on Monday. Mrs. Harlow later visited a school. Anne Harlow said she was proud.",
     "Mrs. Harlow", "Anne Harlow"),
    ("en", "President Donald Trump met reporters on Monday. Mrs. Trump visited a school in Ohio. "
           "Melania Trump said she was moved.", "Mrs. Trump", "Melania Trump"),
])
def test_honorific_surname_joins_the_person_of_its_gender(parse: Parse, lang: str, text: str, honorific: str,
                                                          full_name: str) -> None:
    surname = text.index(honorific) + honorific.index(" ") + 1
    doc = parse(lang, text, "2025-08-06")
    assert entity_at(doc, surname, surname + 3) is entity_named(doc, full_name)


@pytest.mark.parametrize(("lang", "text", "honorific"), [
    ("fr", "M. Paul Renard s'est exprimé lundi. Mme Renard a visité une école l'après-midi.", "Mme Renard"),
    ("en", "Mr. Paul Renard spoke on Monday. Mrs. Renard visited a school in the afternoon.", "Mrs. Renard"),
    ("fr", "La présidente Anne Renard s'est exprimée lundi. M. Renard a visité une école l'après-midi.", "M. Renard"),
    ("en", "Spokeswoman Anne Renard spoke on Monday. Mr. Renard visited a school in the afternoon.", "Mr. Renard"),
])
def test_honorific_of_the_other_gender_stands_alone(parse: Parse, lang: str, text: str, honorific: str) -> None:
    assert entity_named(parse(lang, text), honorific).name == honorific


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Paul Renard s'est exprimé lundi. M. Renard a ensuite visité une école."),
    ("en", "Paul Renard spoke on Monday. Mr. Renard later visited a school."),
])
def test_honorific_joins_a_person_of_unknown_gender(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert entity_at(doc, text.rindex("Renard"), len(text)) is entity_named(doc, "Paul Renard")


@pytest.mark.parametrize(("lang", "text", "honorific"), [
    ("fr", "M. Paul Renard s'est exprimé lundi. « Nous reconstruirons l'école », a déclaré Mme Renard.", "Mme Renard"),
    ("en", "Mr. Paul Renard spoke on Monday. \"We will rebuild the school,\" Mrs. Renard said.", "Mrs. Renard"),
])
def test_quote_after_an_honorific_goes_to_that_person(parse: Parse, lang: str, text: str, honorific: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [honorific]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "M. Paul Renard s'est exprimé lundi. La présidente Renard a visité une école."),
    ("en", "Mr. Paul Renard spoke on Monday. Spokeswoman Renard visited a school."),
])
def test_title_stating_the_other_gender_keeps_a_surname_apart(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert entity_at(doc, text.rindex("Renard"), len(text)) is not entity_named(doc, "Paul Renard")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Anne Roux a dit qu'il avait menti. Mme Roux a ensuite quitté la salle."),
    ("en", "Anne Roux said he had lied. Mrs. Roux then left the room."),
])
def test_pronoun_about_someone_else_never_keeps_a_person_apart(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert entity_at(doc, text.rindex("Roux"), len(text)) is entity_named(doc, "Anne Roux")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Paul Renard spoke on Monday. Voters will miss Renard. Anne Renard said she was sad."),
])
def test_a_verb_spelt_like_an_honorific_states_no_gender(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    missed = text.index("miss Renard") + len("miss ")
    assert entity_at(doc, missed, missed + 6) is entity_named(doc, "Paul Renard")


@pytest.mark.parametrize(("lang", "text", "honorific"), [
    ("fr", "Mme Macron a inauguré une école à Nantes, a précisé Emmanuel Macron.", "Mme Macron"),
    ("en", "Mrs. Macron opened a school in Nantes, Emmanuel Macron said.", "Mrs. Macron"),
])
def test_honorific_of_the_other_gender_than_the_kb_person_stands_alone(parse: Parse, lang: str, text: str,
                                                                       honorific: str) -> None:
    assert entity_named(parse(lang, text), honorific).name == honorific
