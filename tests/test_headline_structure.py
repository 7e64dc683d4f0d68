"""The one reading of a headline's structure every layer calls (``nlp/headline_structure.py``): its final
punctuation, the colon that joins its story to what follows, the story's noun, a count after the colon, and the
doer of a clause the tagger read as a noun phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.lines import line_of
from wirewatch.nlp.headline_structure import (
    clause_read_as_noun_phrase,
    counted_after_colon,
    opens_after_colon,
    story_colon,
    story_noun,
    unpunctuated,
    unpunctuated_text,
)

Parse = Callable[..., Doc]


def colon_headline(lang: str) -> Doc:
    """ "Fire in Lyon: two people killed" / « Incendie à Lyon : deux personnes tuées », parsed by hand."""
    words = {"en": ["Fire", "in", "Lyon", ":", "two", "people", "killed"],
             "fr": ["Incendie", "à", "Lyon", ":", "deux", "personnes", "tuées"]}[lang]
    return hand_doc(lang, words, heads=[6, 2, 0, 6, 5, 6, 6],
                    deps=["dep", "case", "nmod", "punct", "nummod", "nsubj", "ROOT"],
                    pos=["NOUN", "ADP", "PROPN", "PUNCT", "NUM", "NOUN", "VERB"], lemmas=[w.lower() for w in words])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_story_noun_is_named_before_the_colon(lang: str) -> None:
    doc = colon_headline(lang)
    assert story_colon(doc[6]) == doc[3]
    assert story_noun(doc[6]) == doc[0]
    assert story_noun(doc[1]) is None  # a word before the colon is not told after it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_count_after_the_colon_opens_the_told_phrase(lang: str) -> None:
    doc = colon_headline(lang)
    assert counted_after_colon(doc[3])
    assert opens_after_colon(doc[5])  # "two people": its phrase starts right after the colon
    assert not opens_after_colon(doc[0])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_count_after_the_colon_and_a_non_breaking_space_opens_the_told_phrase(lang: str) -> None:
    words = ["Raid", "in", "Lyon", ":", "\u00a0", "five", "arrested"]
    doc = hand_doc(lang, words, heads=[6, 2, 0, 6, 3, 6, 6],
                   deps=["dep", "case", "nmod", "punct", "dep", "nsubj", "ROOT"],
                   pos=["NOUN", "ADP", "PROPN", "PUNCT", "SPACE", "NUM", "VERB"], lemmas=words)
    assert opens_after_colon(doc[5])
    assert story_noun(doc[6]) == doc[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_colon_that_opens_the_sentence_joins_no_story(lang: str) -> None:
    words = [":", "two", "people", "killed"]
    doc = hand_doc(lang, words, heads=[3, 2, 3, 3], deps=["punct", "nummod", "nsubj", "ROOT"],
                   pos=["PUNCT", "NUM", "NOUN", "VERB"], lemmas=words)
    assert story_colon(doc[3]) is None and story_noun(doc[3]) is None
    assert not opens_after_colon(doc[2])


def test_a_present_verb_read_as_a_plural_noun_leaves_its_doer_first() -> None:
    words = ["Three", "killed", "as", "fire", "guts", "market"]
    doc = hand_doc("en", words, heads=[1, 1, 1, 4, 5, 2],
                   deps=["nsubj", "ROOT", "prep", "compound", "compound", "pobj"],
                   pos=["NUM", "VERB", "ADP", "NOUN", "NOUN", "NOUN"], lemmas=words)
    doc[4].tag_ = "NNS"
    assert clause_read_as_noun_phrase(doc[5]) == doc[3]
    doc[4].tag_ = "NN"  # "fire safety market": a noun phrase indeed
    assert clause_read_as_noun_phrase(doc[5]) is None


@pytest.mark.parametrize(("lang", "line", "final"), [
    ("en", "Explosion in Denver: three people killed", ""),
    ("en", "Explosion in Denver: three people killed", "."),
    ("fr", "Explosion à Lyon : deux personnes tuées", ""),
    ("fr", "Explosion à Lyon : deux personnes tuées", "."),
])
def test_a_colon_headline_is_read_in_one_sentence(parse: Parse, lang: str, line: str, final: str) -> None:
    doc = parse(lang, line + final + "\nThe text of the article follows here.")
    first = next(iter(doc.sents))
    assert first.text.strip() == line + final  # the count after the colon opens no sentence
    assert unpunctuated(first) == (not final)
    toll = next(t for t in first if t.text in ("killed", "tuées"))
    assert story_noun(toll) == doc[0]
    assert counted_after_colon(story_colon(toll))  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods cut off three villages", True),
    ("Des crues isolent trois villages", True),
    ("Floods cut off three villages.", False),
    ("Des crues isolent trois villages.", False),
    ("Senator says vote will go ahead  \n", True),  # spaces and a line break after it aside
    ('He called the plan "a mistake."', False),  # a quote's closing mark after the full stop
    ("Il a jugé le plan « inutile ».", False),
    ("Le plan sera voté (sous réserve).", False),
])
def test_a_line_is_unpunctuated_when_it_does_not_end_as_a_sentence(text: str, expected: bool) -> None:
    assert unpunctuated_text(text) is expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Floods cut off three villages"),
    ("fr", "Des crues isolent trois villages"),
    ("en", "Floods cut off three villages."),
    ("fr", "Des crues isolent trois villages."),
])
def test_the_events_evidence_line_reads_the_one_definition(lang: str, text: str) -> None:
    doc = spacy.blank(lang)(text)
    line = line_of(doc, doc[:], 0)
    assert line is not None and line.unpunctuated is unpunctuated(doc[:])
