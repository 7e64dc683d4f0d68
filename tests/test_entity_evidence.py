"""Entity types, bounds and names settled by the words around a name and across the article: a name placed by a
place noun or a locative is a place under all its mentions; a number the parse attaches to a name is part of it; a
media noun after a name makes it an organisation; quoted titles, buildings, persons by apposition; coordinated
given names (sentences and towns written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.missed_full_names import add_missed_full_names
from wirewatch.nlp.entities.numbered_names import counts_next_noun, extend_over_numbers
from wirewatch.nlp.entities.person_evidence import retype_described_persons
from wirewatch.nlp.entities.place_evidence import retype_placed_names
from wirewatch.nlp.entities.quoted_titles import fills_quotation_marks
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.resources import Resources

Parse = Callable[..., Doc]

# A town the gazetteer does not know, named three times: by an office, as a subject, and after a place noun.
PLACED_BY_NOUN = {
    "en": (["The", "mayor", "of", "Velmora", "resigned", ".", "Velmora", "was", "flooded", "as", "the", "city",
            "of", "Velmora", "lay", "low", "."], [3, 6, 13]),
    "fr": (["Le", "maire", "de", "Velmora", "a", "démissionné", ".", "Velmora", "est", "inondée", ",", "la",
            "ville", "côtière", "de", "Velmora", "est", "basse", "."], [3, 7, 15]),
}


def _candidates(starts: list[int], types: list[str]) -> list[Candidate]:
    return [Candidate(s, s + 1, t, "ner") for s, t in zip(starts, types, strict=True)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_name_after_a_place_noun_is_a_place_under_every_mention(lang: str) -> None:
    words, starts = PLACED_BY_NOUN[lang]
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cands = _candidates(starts, ["ORG", "PER", "ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load(lang), None)
    assert [c.type for c in cands] == ["LOC", "LOC", "LOC"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_name_after_an_office_alone_keeps_its_type(lang: str) -> None:
    words, starts = PLACED_BY_NOUN[lang]
    doc = Doc(spacy.blank(lang).vocab, words=words[:starts[1]])
    cands = _candidates(starts[:1], ["ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load(lang), None)
    assert cands[0].type == "ORG"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Officials", "in", "Mosul", "said", "Mosul", "council", "met", "."]),
    ("fr", ["Les", "habitants", "à", "Mosul", "disent", "que", "Mosul", "a", "voté", "."]),
])
def test_a_known_town_after_a_locative_is_a_place_under_every_mention(resources: Resources, lang: str,
                                                                      words: list[str]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    starts = [i for i, w in enumerate(words) if w == "Mosul"]
    cands = _candidates(starts, ["ORG", "ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load(lang), resources.gazetteer)
    assert [c.type for c in cands] == ["LOC", "LOC"]


@pytest.mark.parametrize(("lang", "words", "village"), [
    ("en", ["Giverny", ",", "in", "northern", "France", ",", "was", "flooded", "."], "Giverny"),
    ("fr", ["Vézelay", ",", "en", "France", ",", "est", "inondée", "."], "Vézelay"),
])
def test_a_village_placed_in_its_country_is_a_place_whatever_its_size(resources: Resources, lang: str,
                                                                      words: list[str], village: str) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    country = words.index("France")
    cands = [Candidate(0, 1, "PER", "ner"), Candidate(country, country + 1, "LOC", "ner")]
    retype_placed_names(doc, cands, EntityLexicon.load(lang), resources.gazetteer)
    assert cands[0].type == "LOC"


def test_a_village_of_another_country_keeps_its_type(resources: Resources) -> None:
    words = ["Giverny", ",", "in", "northern", "Spain", ",", "was", "flooded", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    cands = [Candidate(0, 1, "PER", "ner"), Candidate(4, 5, "LOC", "ner")]
    retype_placed_names(doc, cands, EntityLexicon.load("en"), resources.gazetteer)
    assert cands[0].type == "PER"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["It", "was", "a", "blow", "to", "Mosul", ",", "Mosul", "council", "said", "."]),
    ("fr", ["Ils", "marchent", "vers", "Mosul", "et", "Mosul", "a", "voté", "."]),
])
def test_a_known_town_after_a_preposition_of_direction_keeps_its_type(resources: Resources, lang: str,
                                                                      words: list[str]) -> None:
    """"a blow to X": a direction places no X for the whole article."""
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cands = _candidates([i for i, w in enumerate(words) if w == "Mosul"], ["ORG", "ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load(lang), resources.gazetteer)
    assert [c.type for c in cands] == ["ORG", "ORG"]


@pytest.mark.parametrize(("lang", "words", "heads", "deps"), [
    ("en", ["Talks", "in", "the", "Mosul", "process", "stalled", "."], [5, 4, 4, 4, 0, 5, 5],
     ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"]),
    ("fr", ["Les", "pourparlers", "à", "la", "Mosul", "commission", "ont", "cessé", "."], [1, 7, 5, 5, 5, 1, 7, 7, 7],
     ["det", "nsubj", "case", "det", "amod", "nmod", "aux", "ROOT", "punct"]),
])
def test_a_name_qualifying_another_noun_after_a_locative_keeps_its_type(resources: Resources, lang: str,
                                                                        words: list[str], heads: list[int],
                                                                        deps: list[str]) -> None:
    """"in the X process": the locative governs the noun the name qualifies, not the name."""
    pos = ["NOUN" if d in ("pobj", "nmod", "nsubj") else "X" for d in deps]
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)
    cands = _candidates([words.index("Mosul")], ["ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load(lang), resources.gazetteer)
    assert cands[0].type == "ORG"


def _parsed(words: list[str], heads: list[int], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words), pos=pos)


def test_a_number_whose_head_is_the_name_ends_the_name() -> None:
    doc = _parsed(["Kanal", "13", "reported", "the", "strike"], [2, 0, 2, 4, 2],
                  ["PROPN", "NUM", "VERB", "DET", "NOUN"])
    cands = [Candidate(0, 1, "PER", "ner")]
    extend_over_numbers(doc, cands)
    assert (cands[0].end, cands[0].type) == (2, "ORG")


def test_a_number_counting_the_next_noun_stays_out_of_the_name() -> None:
    doc = _parsed(["In", "Kanal", "13", "people", "died"], [4, 0, 3, 4, 4],
                  ["ADP", "PROPN", "NUM", "NOUN", "VERB"])
    cands = [Candidate(1, 2, "LOC", "ner")]
    extend_over_numbers(doc, cands)
    assert (cands[0].end, counts_next_noun(doc[1:3])) == (2, True)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The mayor told Kestrel television that the dam had burst.", "Kestrel"),
    ("fr", "Le maire a déclaré à la télévision Kestrel que le barrage avait cédé.", "Kestrel"),
])
def test_a_media_noun_makes_the_name_an_organisation(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text), surface).type == "ORG"


def test_a_region_read_as_an_organisation_is_a_place(resources: Resources) -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Officials", "said", "Tigray", "would", "vote", "."])
    cands = _candidates([2], ["ORG"])
    retype_placed_names(doc, cands, EntityLexicon.load("en"), resources.gazetteer)
    assert cands[0].type == "LOC"


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("en", "Bill and Hillary Clinton attended the gala on Friday.", "Bill", "Bill Clinton"),
    ("fr", "Jean-Marc et Paul Verlaine ont reçu le prix vendredi.", "Jean-Marc", "Jean-Marc Verlaine"),
])
def test_a_given_name_coordinated_before_a_full_name_takes_its_surname(parse: Parse, lang: str, text: str,
                                                                       surface: str, name: str) -> None:
    assert entity_named(parse(lang, text), surface).name == name


@pytest.mark.parametrize(("text", "start", "end", "fills"), [
    ("Le prix est allé à « Marée Basse », un film.", 21, 32, True),
    ("The prize went to \u201cSilver Harbor\u201d on Friday.", 19, 32, True),
    ("The prize went to \u201cSilver Harbor by Anna Kessler\u201d.", 19, 32, False),
    ("Anna Kessler won the prize.", 0, 12, False),
])
def test_a_name_filling_quotation_marks_is_a_title(text: str, start: int, end: int, fills: bool) -> None:
    assert fills_quotation_marks(text, start, end) is fills


@pytest.mark.parametrize(("lang", "text", "surface", "type_"), [
    ("en", "The jury prize went to \u201cJonas Keller\u201d, a film by Anna Kessler. Jonas Keller sold out.",
     "Jonas Keller", "MISC"),
    ("fr", "Le prix du jury est allé à « Marée Basse », et Marée Basse a rempli les salles.", "Marée Basse",
     "MISC"),
    ("en", "Flames engulfed the Kestrel City Hall late on Friday.", "Kestrel City Hall", "LOC"),
    ("fr", "Les blessés ont été conduits à l'hôpital Saint-Kestrel vendredi.", "Saint-Kestrel", "LOC"),
])
def test_the_words_around_a_name_give_its_type(parse: Parse, lang: str, text: str, surface: str,
                                              type_: str) -> None:
    assert entity_named(parse(lang, text), surface).type == type_


@pytest.mark.parametrize(("words", "heads", "deps", "start"), [
    # "the health minister, Omar Haddadi, said": the name in apposition to a title
    (["the", "health", "minister", ",", "Omar", "Haddadi", ",", "said"], [2, 2, 7, 2, 5, 2, 2, 7],
     ["det", "compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT"], 4),
    # "said Ortega, who joined": a relative pronoun for people after the name
    (["said", "Ortega", ",", "who", "joined"], [0, 0, 1, 4, 1], ["ROOT", "nsubj", "punct", "nsubj", "relcl"], 1),
])
def test_a_name_described_as_a_person_is_a_person(words: list[str], heads: list[int], deps: list[str],
                                                  start: int) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    end = start + 2 if words[start] == "Omar" else start + 1
    cands = [Candidate(start, end, "ORG", "ner")]
    retype_described_persons(doc, cands, EntityLexicon.load("en"))
    assert cands[0].type == "PER"


def test_a_capitalised_name_before_a_found_surname_is_the_full_name() -> None:
    words = ["Spain", "'s", "Mikel", "Ortega", "scored", ".", "Ortega", "said", "so", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos,
              spaces=[False, True, True, True, False, True, True, True, False, False])
    cands = add_missed_full_names(doc, [Candidate(0, 1, "LOC", "ner"), Candidate(6, 7, "PER", "ner")],
                                  EntityLexicon.load("en"))
    assert [(c.start, c.end, c.type) for c in cands] == [(0, 1, "LOC"), (2, 4, "PER"), (6, 7, "PER")]
