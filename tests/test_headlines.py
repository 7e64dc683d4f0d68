"""Headlines in the present ("Police fire tear gas at protesters"): a verb the parser took for a noun is re-read
with an auxiliary, its arcs put back on the words as written (``nlp/headlines.py``). Sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy

from tests.hand_docs import hand_doc
from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.headlines import headline_reading, is_name_as_adjective, load_endings
from wirewatch.settings import Settings

# a present read as a noun of the subject's phrase (the parser's reading), and the verb's base form
MISREAD = {
    "en": (["Rebels", "attack", "army", "base"], ["NNS", "NN", "NN", "NN"], ["NOUN"] * 4, "attack"),
    "fr": (["Des", "rebelles", "attaquent", "une", "base"], ["DET", "NOUN", "NOUN", "DET", "NOUN"],
           ["DET", "NOUN", "NOUN", "DET", "NOUN"], "attaquer"),
}
NUMBER = {"en": "Number=Plur", "fr": "Number=Plur"}


def misread_doc(lang: str, words: list[str], pos: list[str], subject_morph: str = "") -> object:
    n = len(words)
    doc = hand_doc(lang, words, heads=[n - 1] * n, deps=["compound"] * (n - 1) + ["ROOT"], pos=pos,
                   lemmas=[w.lower() for w in words],
                   morphs=[subject_morph if i == (0 if lang == "en" else 1) else "" for i in range(n)])
    return doc


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_present_after_an_agreeing_subject_is_read_as_the_verb(lang: str) -> None:
    words, _, pos, lemma = MISREAD[lang]
    doc = misread_doc(lang, words, pos, NUMBER[lang])
    reading = headline_reading(doc[:], load_endings(lang), load_event_lexicon(lang))  # type: ignore[index]
    assert reading is not None and reading.lemma == lemma and reading.verb.text == words[-3 if lang == "en" else 2]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_present_that_does_not_agree_with_the_subject_is_no_verb(lang: str) -> None:
    """"Rebel attack plan": a base form after a singular noun is a noun of the phrase."""
    words, _, pos, _ = MISREAD[lang]
    doc = misread_doc(lang, words, pos, "Number=Sing")
    assert headline_reading(doc[:], load_endings(lang), load_event_lexicon(lang)) is None  # type: ignore[index]


@pytest.mark.parametrize("text, event_type, source", [
    ("Police in Lyon fire tear gas at protesters", "ASSAULT", "police"),
    ("Army shells villages near the border", "ASSAULT", "armed forces"),
    ("Rebels attack army base in the north", "ASSAULT", "rebels"),
    ("Nurses protest pay cuts", "PROTEST", "nurses"),
    ("Farmers in Punjab block railway tracks demanding higher prices", "PROTEST", "farmers"),
])
def test_an_english_headline_in_the_present_states_its_act_with_its_doer(parse: Parse, text: str,
                                                                         event_type: str, source: str) -> None:
    event = only_event(parse, "en", text, event_type)
    assert event.source is not None and source in event.source.name.lower()


@pytest.mark.parametrize("lang, text, source", [
    ("en", "Israel strikes Gaza", "Israel"),
    ("fr", "Israël frappe Gaza", "Israel"),
])
def test_a_name_then_a_present_is_a_clause_though_the_parser_cut_the_line(parse: Parse, lang: str, text: str,
                                                                           source: str) -> None:
    """The parser splits "Israël | frappe Gaza" into two sentences; the line has no punctuation to end one."""
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.name == source


def test_a_verb_coordinated_with_the_headline_verb_is_asserted(parse: Parse) -> None:
    """"fire … and arrest dozens": the second verb is a present too, not a future."""
    event = only_event(parse, "en", "Police in Lyon fire tear gas and arrest dozens", "COERCE")
    assert event.modality == "asserted"


@pytest.mark.parametrize("lang, text", [
    ("en", "Rebels attack army base in the north"),
    ("fr", "Des manifestants bloquent le périphérique"),
])
def test_the_evidence_of_a_reread_headline_is_the_text_as_given(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, "Agence Test\n\n" + text + "\n")
    evidence = [e.evidence for e in doc._.ww_events]
    assert evidence and all(e.text == text and doc.text[e.start:e.end] == text for e in evidence)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["Agence Test", text]


@pytest.mark.parametrize("lang, text", [
    ("en", "Rising food prices"),
    ("en", "Pension reform debate"),
    ("fr", "La hausse des prix alimentaires"),
])
def test_a_noun_phrase_headline_that_tells_no_act_states_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


def test_a_sentence_read_as_a_clause_keeps_its_parse(settings: Settings) -> None:
    """A clause already: the participle's subject under "have" ("attacks" is no verb after "Gun")."""
    doc = spacy.load(settings.models["en"])("Gun attacks in the city have left seven dead")
    lexicon = load_event_lexicon("en")
    assert all(headline_reading(sent, load_endings("en"), lexicon) is None for sent in doc.sents)


@pytest.mark.parametrize("word, is_name", [("Punjab", True), ("American", False)])
def test_a_name_tagged_an_adjective_ends_a_subject_but_a_demonym_does_not(word: str, is_name: bool) -> None:
    doc = hand_doc("en", ["Farmers", "in", word], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
                   pos=["NOUN", "ADP", "ADJ"], lemmas=["farmer", "in", word.lower()])
    assert is_name_as_adjective(doc[2], load_event_lexicon("en").demonyms) is is_name


def test_a_title_case_headline_has_its_capitalised_verb_read_whatever_its_names_number() -> None:
    words = ["Taliban", "Seize", "Kabul"]
    doc = misread_doc("en", words, ["PROPN"] * 3, "Number=Sing")
    reading = headline_reading(doc[:], load_endings("en"), load_event_lexicon("en"))  # type: ignore[index]
    assert reading is not None and reading.lemma == "seize" and reading.verb.text == "Seize"


def test_a_capitalised_word_of_a_sentence_case_line_is_no_headline_verb() -> None:
    words = ["Taliban", "Seize", "the", "city"]
    doc = misread_doc("en", words, ["PROPN", "PROPN", "DET", "NOUN"], "Number=Sing")
    assert headline_reading(doc[:], load_endings("en"), load_event_lexicon("en")) is None  # type: ignore[index]
