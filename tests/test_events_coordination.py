"""Coordination: a clause coordinated after another has its own subject even when the parser hangs that subject
inside the first clause; doers coordinated with the source each act in an event of their own; a word of a longer
place name does not give that name's country. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.coordination import coordinated_with
from wirewatch.nlp.events.stranded_subjects import in_stranded_subject, stranded_subject
from wirewatch.nlp.events.syntax import subject_of


def built(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str],
          finite: tuple[int, ...] = ()) -> Doc:
    morphs = ["VerbForm=Fin" if i in finite else "" for i in range(len(words))]
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=[w.lower() for w in words])


# "The EU released funds and Britain has announced aid", "L'UE a débloqué des fonds et la France a annoncé une
# aide", parsed the way the models often do: the second subject a conjunct of the first object, the second verb
# a clause of the first
MISPARSED = {
    "en": (["The", "EU", "released", "funds", "and", "Britain", "has", "announced", "aid"],
           [1, 2, 2, 2, 5, 3, 7, 2, 7],
           ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "aux", "advcl", "dobj"],
           ["DET", "PROPN", "VERB", "NOUN", "CCONJ", "PROPN", "AUX", "VERB", "NOUN"], (6,), 1, 2, 5, 7),
    "fr": (["L'", "UE", "a", "débloqué", "des", "fonds", "et", "la", "France", "a", "annoncé", "une", "aide"],
           [1, 3, 3, 3, 5, 3, 8, 8, 5, 10, 3, 12, 10],
           ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "cc", "det", "conj", "aux:tense", "advcl", "det",
            "obj"],
           ["DET", "PROPN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "DET", "NOUN"],
           (2, 9), 1, 3, 8, 10),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_coordinated_clause_keeps_its_own_subject(lang: str) -> None:
    words, heads, deps, pos, finite, first_subject, first_verb, second_subject, second_verb = MISPARSED[lang]
    doc = built(lang, words, heads, deps, pos, finite)
    assert subject_of(doc[second_verb]) == doc[second_subject]
    assert subject_of(doc[first_verb]) == doc[first_subject]
    assert in_stranded_subject(doc[second_subject]) and not in_stranded_subject(doc[first_subject])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_participle_clause_has_no_subject_of_its_own(lang: str) -> None:
    # "The EU released funds, citing the floods": no finite auxiliary, so no clause of its own
    words = ["The", "EU", "released", "funds", ",", "citing", "floods"]
    doc = built(lang, words, [1, 2, 2, 2, 5, 2, 5], ["det", "nsubj", "ROOT", "dobj", "punct", "advcl", "dobj"],
                ["DET", "PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN"])
    assert stranded_subject(doc[5]) is None


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "expected"), [
    # "aid of Germany, Poland and Chile", with "Poland" hung on "aid" and "Chile" on "Poland"
    ("en", ["aid", "of", "Germany", ",", "Poland", "and", "Chile"], [0, 0, 1, 4, 0, 6, 4],
     ["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj"],
     ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"], [4, 6]),
    ("fr", ["aide", "de", "l'", "Allemagne", ",", "la", "Pologne", "et", "le", "Chili"], [0, 3, 3, 0, 6, 6, 0, 9, 9, 6],
     ["ROOT", "case", "det", "nmod", "punct", "det", "conj", "cc", "det", "conj"],
     ["NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN"], [6, 9]),
])
def test_an_enumeration_hung_elsewhere_is_coordinated_with_its_first_noun(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], expected: list[int]) -> None:
    doc = built(lang, words, heads, deps, pos)
    first = 2 if lang == "en" else 3
    assert sorted(t.i for t in coordinated_with(doc[first])) == expected


def test_a_noun_after_a_preposition_is_no_enumeration() -> None:
    words = ["aid", "of", "Germany", "to", "Chile"]
    doc = built("en", words, [0, 0, 1, 0, 3], ["ROOT", "prep", "pobj", "prep", "pobj"],
                ["NOUN", "ADP", "PROPN", "ADP", "PROPN"])
    assert coordinated_with(doc[2]) == []


# --- the full pipeline -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Germany, Poland and Chile sent aid to Morocco on Monday."),
    ("fr", "L'Allemagne, la Pologne et le Chili ont envoyé de l'aide au Maroc lundi."),
])
def test_each_coordinated_giver_gives_in_an_event_of_its_own(parse: Parse, lang: str, text: str) -> None:
    sources = {e.source.country for e in events_of(parse, lang, text) if e.type == "AID" and e.source is not None}
    assert sources == {"DEU", "POL", "CHL"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks between Germany and Poland opened in Warsaw on Monday."),
    ("fr", "L'Allemagne et la Pologne se sont rencontrées lundi à Varsovie."),
])
def test_the_coordinated_sides_of_a_meeting_make_one_event(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "CONSULT"]) <= 1


def test_a_relation_coordinated_doers_share_is_one_event(parse: Parse) -> None:
    text = "Norway and Chile restored their diplomatic relations on Monday."
    assert len([e for e in events_of(parse, "en", text) if e.type == "SUPPORT"]) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police detained twelve men in Northern Ireland on Tuesday."),
    ("fr", "La police a interpellé douze hommes en Irlande du Nord mardi."),
])
def test_northern_ireland_is_in_the_united_kingdom(parse: Parse, lang: str, text: str) -> None:
    event = next(e for e in events_of(parse, lang, text) if e.type == "COERCE")
    assert event.place is not None and event.place.country == "GBR"


def test_a_word_of_a_longer_place_name_gives_no_country_of_its_own(parse: Parse) -> None:
    text = "The government banned a militant group in Northern Ireland on Tuesday."
    event = next(e for e in events_of(parse, "en", text) if e.type == "COERCE")
    assert event.target is not None and event.target.country == "GBR"


def test_a_list_left_without_a_verb_is_the_subject_of_the_verb_after_it() -> None:
    # "L'Allemagne, la Pologne et le Chili ont envoyé de l'aide", the list parsed as a sentence of its own
    words = ["L'", "Allemagne", ",", "la", "Pologne", "et", "le", "Chili", "ont", "envoyé", "de", "l'", "aide"]
    doc = built("fr", words, [1, 1, 4, 4, 1, 7, 7, 1, 9, 9, 12, 12, 9],
                ["det", "ROOT", "punct", "det", "conj", "cc", "det", "conj", "aux:tense", "ROOT", "case", "det",
                 "obj"],
                ["DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "ADP", "DET",
                 "NOUN"], finite=(8,))
    assert subject_of(doc[9]) == doc[1]
