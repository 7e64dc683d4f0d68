"""Outlets named without their article, media nouns before an outlet's name, titles of address that are no place,
and regions named by a compass word that the gazetteer lacks (sentences and names written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.compass_places import compass_region
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.place_names import gazetteer_place
from wirewatch.nlp.entities.sentence_starts import extend_over_sentence_starts
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.resources import Resources

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le ministre a confié au Figaro qu'il quitterait ses fonctions en juin.", "Figaro", "Le Figaro"),
    ("fr", "Selon une enquête du Parisien, trois élus ont été entendus.", "Parisien", "Le Parisien"),
    ("en", "The minister told the Times that he would step down in June.", "Times", "The Times"),
])
def test_an_outlet_written_without_its_article_is_the_outlet(parse: Parse, lang: str, text: str, surface: str,
                                                             name: str) -> None:
    entity = entity_named(parse(lang, text), surface)
    assert (entity.type, entity.name) == ("ORG", name)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "L'information a été confirmée par la chaîne France 24 mardi soir.", "France 24"),
    ("en", "The report was first aired by the channel Sky News on Tuesday.", "Sky News"),
])
def test_a_media_noun_before_an_outlet_is_not_its_name(parse: Parse, lang: str, text: str, surface: str) -> None:
    doc = parse(lang, text)
    entity = entity_named(doc, surface)
    assert [m.text for m in entity.mentions] == [surface]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A spokesman said Ms. Laura Benton would chair the inquiry."),
    ("en", "Ms. Benton declined to comment."),
])
def test_a_title_of_address_is_no_place(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert not [e for e in doc._.ww_entities if any(m.text.rstrip(".") == "Ms" for m in e.mentions)]


@pytest.mark.parametrize(("lang", "text", "region"), [
    ("fr", "Sud-Yémen", ("South Yemen", "YEM")),
    ("en", "Southern Yemen", ("South Yemen", "YEM")),
    ("fr", "Sud-Ouest", None),
])
def test_a_compass_region_the_gazetteer_lacks_is_named_in_english(resources: Resources, lang: str, text: str,
                                                                  region: tuple[str, str] | None) -> None:
    gazetteer = resources.gazetteer
    assert gazetteer is not None
    assert compass_region(gazetteer, text, lang, lambda rest: gazetteer_place(gazetteer, rest)) == region


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Des frappes ont visé le Sud-Yémen dans la nuit.", "Sud-Yémen", "South Yemen"),  # typed MISC
    ("fr", "Des frappes ont visé le Nord-Liban dans la nuit.", "Nord-Liban", "North Lebanon"),  # typed PER
    ("en", "Strikes hit South Yemen overnight.", "South Yemen", "South Yemen"),
])
def test_a_compass_region_has_one_name_across_languages(parse: Parse, lang: str, text: str, surface: str,
                                                        name: str) -> None:
    entity = entity_named(parse(lang, text), surface)
    assert (entity.type, entity.name) == ("LOC", name)


def test_an_outlet_named_with_a_compass_word_stays_the_outlet(parse: Parse) -> None:
    doc = parse("fr", "Le maire a confié à Ouest-France qu'il ne se représenterait pas.")  # the model: LOC
    entity = entity_named(doc, "Ouest-France")
    assert (entity.type, entity.name) == ("ORG", "Ouest-France")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Samedi, le pape François a célébré une messe à Lisbonne devant des milliers de fidèles.", "François"),
    ("en", "Pope Francis received pilgrims at the Vatican on Sunday.", "Pope Francis"),
])
def test_a_person_the_kb_names_with_a_title_links(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text, published="2020-05-03"), surface).name == "Pope Francis"


@pytest.mark.parametrize(("first", "pos", "joined"), [
    ("Global", "PROPN", True),  # "[Global] Seed Vault staff …": the model left the first word out
    ("Meanwhile", "ADV", False),  # an adverb opening the sentence is no part of the name
    ("Russian", "PROPN", False),  # a demonym describes the body, the KB or the model names it
])
def test_a_sentence_opening_word_joins_the_organisation_after_it(first: str, pos: str, joined: bool) -> None:
    words = ["Storms", "hit", ".", first, "Seed", "Vault", "staff", "left", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, True, True, True, True, True, False, False],
              pos=["NOUN", "VERB", "PUNCT", pos, "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"],
              sent_starts=[True, False, False, True, False, False, False, False, False])
    cand = Candidate(4, 6, "ORG", "ner")
    extend_over_sentence_starts(doc, [cand], EntityLexicon.load("en"))
    assert (cand.start == 3) is joined


@pytest.mark.parametrize(("lang", "words", "nationality"), [
    ("fr", "Européens", True),  # a region's people, no place
    ("fr", "Franco-Israélien", True),
    ("fr", "Pro-Russes", True),
    ("en", "Sino-Russian", True),
    ("en", "Anti-American", True),
    ("fr", "Porto-Novo", False),  # a town's name ending in -o before a word that is no demonym
    ("en", "Guinea-Bissau", False),
])
def test_demonyms_joined_by_hyphens_are_nationalities(lang: str, words: str, nationality: bool) -> None:
    assert EntityLexicon.load(lang).is_nationality(words) is nationality


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Franco-Israélien a été libéré samedi, selon sa famille."),
    ("fr", "Les Européens restent divisés sur la question des sanctions."),
    ("en", "Pro-Russian separatists shelled the village overnight."),
])
def test_a_nationality_is_no_entity(parse: Parse, lang: str, text: str) -> None:
    assert [e.name for e in parse(lang, text)._.ww_entities if e.type in ("PER", "ORG", "LOC")] == []


def test_a_place_the_gazetteer_knows_is_no_outlet_without_its_article(parse: Parse) -> None:
    doc = parse("en", "The treaty divided opinion on both sides of the Atlantic for years.")
    assert entity_named(doc, "Atlantic").type == "LOC"
