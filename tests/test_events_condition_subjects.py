"""Whom a trigger's subject condition looks at (``nlp/events/subjects.py``): the noun a quantity counts ("tens
of thousands of workers", "des milliers de manifestants"), the antecedent of a group pronoun ("as they
marched", "ils ont défilé"), the subject of the clause a subjectless verb hangs from. Sentences written for
these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.subjects import condition_subjects


def built(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "verb", "noun"), [
    ("en", ["Tens", "of", "thousands", "of", "nurses", "marched"], [2, 2, 5, 2, 3, 5],
     ["quantmod", "quantmod", "nsubj", "prep", "pobj", "ROOT"], ["NOUN", "ADP", "NOUN", "ADP", "NOUN", "VERB"],
     5, 4),
    ("en", ["Thousands", "marched"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], 1, 0),
    ("fr", ["Des", "milliers", "de", "infirmières", "ont", "défilé"], [1, 5, 3, 1, 5, 5],
     ["det", "nsubj", "case", "nmod", "aux:tense", "ROOT"], ["DET", "NOUN", "ADP", "NOUN", "AUX", "VERB"], 5, 3),
])
def test_a_quantity_subject_is_read_as_the_noun_it_counts(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], verb: int,
        noun: int) -> None:
    doc = built(lang, words, heads, deps, pos)
    assert condition_subjects(doc[verb]) == [doc[noun]]


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos"), [
    ("en", ["Nurses", "sang", "as", "they", "marched"], [1, 1, 4, 4, 1],
     ["nsubj", "ROOT", "mark", "nsubj", "advcl"], ["NOUN", "VERB", "SCONJ", "PRON", "VERB"]),
    ("fr", ["Les", "infirmières", "ont", "chanté", "puis", "elles", "ont", "défilé"], [1, 3, 3, 3, 7, 7, 7, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "cc", "nsubj", "aux:tense", "conj"],
     ["DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "AUX", "VERB"]),
])
def test_a_group_pronoun_subject_is_read_as_the_governing_clauses_subject(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> None:
    doc = built(lang, words, heads, deps, pos)
    noun = 0 if lang == "en" else 1
    assert condition_subjects(doc[len(words) - 1]) == [doc[noun]]


def test_a_group_pronoun_with_no_antecedent_in_its_sentence_takes_the_previous_sentences_subject() -> None:
    words = ["Nurses", "gathered", ".", "They", "marched"]
    doc = built("en", words, [1, 1, 1, 4, 4], ["nsubj", "ROOT", "punct", "nsubj", "ROOT"],
                ["NOUN", "VERB", "PUNCT", "PRON", "VERB"])
    assert condition_subjects(doc[4]) == [doc[0]]


def test_a_verb_without_a_subject_does_not_reach_into_the_previous_sentence() -> None:
    words = ["Nurses", "gathered", ".", "Marched", "on"]
    doc = built("en", words, [1, 1, 1, 3, 3], ["nsubj", "ROOT", "punct", "ROOT", "prt"],
                ["NOUN", "VERB", "PUNCT", "VERB", "ADP"])
    assert condition_subjects(doc[3]) == []


def test_a_quantity_of_soldiers_is_read_as_the_soldiers() -> None:
    words = ["Thousands", "of", "soldiers", "gathered"]
    doc = built("en", words, [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], ["NOUN", "ADP", "NOUN", "VERB"])
    assert [t.text for t in condition_subjects(doc[3])] == ["soldiers"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of opponents of the new law gathered outside parliament on Friday"),
    ("en", "Hundreds of farmers blew whistles as they marched towards the ministry"),
    ("fr", "Des milliers de manifestants se sont rassemblés devant la mairie samedi"),
])
def test_a_crowd_of_protesters_counted_or_pronoun_subject_makes_a_protest(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Soldiers have been engaged in an exchange of fire with the insurgents since dawn", "ASSAULT"),
    ("Students held up placards outside the ministry on Tuesday", "PROTEST"),
])
def test_an_exchange_of_fire_and_placards_held_up_are_events(parse: Parse, text: str, event_type: str) -> None:
    assert event_type in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize("text", [
    "The stock exchange opened higher after the fire at the port",
    "The referee held up a card in the second half",
])
def test_an_exchange_or_a_card_held_up_is_no_clash_or_protest(parse: Parse, text: str) -> None:
    assert not {"ASSAULT", "PROTEST"} & {e.type for e in events_of(parse, "en", text)}


@pytest.mark.parametrize("text", [
    "Une voiture piégée a explosé samedi près d'un marché du centre-ville",
    "Deux camions piégés ont explosé devant la caserne",
])
def test_a_booby_trapped_vehicle_exploding_is_a_bombing(parse: Parse, text: str) -> None:
    assert [e.type for e in events_of(parse, "fr", text)] == ["ASSAULT"]


def test_a_vehicle_exploding_with_no_weapon_named_is_no_attack(parse: Parse) -> None:
    assert events_of(parse, "fr", "Une voiture a explosé dans un garage après une fuite de gaz") == []
