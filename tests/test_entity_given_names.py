"""A lone given name the model read as a person of its own, right before another person's name, is that
person's given name (names written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.nlp.entities.given_name_joins import join_split_given_names
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "words", "spaces"), [
    ("en", ["Omar", "Tarek", "Haddad", "arrived", "."], [True, True, True, False, False]),
    ("fr", ["Leila", "Nour", "Haddad", "est", "arrivée", "."], [True, True, True, True, False, False]),
])
def test_a_lone_given_name_before_a_persons_name_is_part_of_it(lang: str, words: list[str],
                                                               spaces: list[bool]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=spaces)
    cands = [Candidate(0, 1, "PER", "ner"), Candidate(1, 3, "PER", "ner")]
    joined = join_split_given_names(doc, cands, EntityLexicon.load(lang))
    assert [c.span(doc).text for c in joined] == [" ".join(words[:3])]


@pytest.mark.parametrize(("lang", "words", "spaces"), [
    ("en", ["Omar", ",", "Tarek", "Haddad", "arrived"], [False, True, True, True, False]),
    ("fr", ["Leila", "\n", "Nour", "Haddad", "arrive"], [False, False, True, True, False]),
])
def test_a_given_name_apart_from_the_next_name_stays_apart(lang: str, words: list[str], spaces: list[bool]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=spaces)
    cands = [Candidate(0, 1, "PER", "ner"), Candidate(2, 4, "PER", "ner")]
    assert len(join_split_given_names(doc, cands, EntityLexicon.load(lang))) == 2
