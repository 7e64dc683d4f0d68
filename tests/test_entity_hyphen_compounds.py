"""A name the tagger cut at a hyphen inside a compound takes the rest of it (nlp/entities/hyphen_compounds.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.kb.actor_kb import Actor
from wirewatch.nlp.entities.hyphen_compounds import extend_over_hyphen_compounds
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

PAPER = Actor(id="ww:paper", name="La Croix", type="ORG")
PLACES = {"Londres", "London", "Lyon"}


def _doc(lang: str, words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, spaces=spaces)


@pytest.mark.parametrize(("lang", "words", "spaces", "name"), [
    ("fr", ["La", "Croix", "-", "Rouge", "a", "dit"], [True, False, False, True, True, False], "La Croix-Rouge"),
    ("en", ["The", "Coca", "-", "Cola", "Company", "said"], [True, False, False, True, True, False], "Coca-Cola"),
])
def test_a_name_cut_at_a_hyphen_takes_the_compound(lang: str, words: list[str], spaces: list[bool],
                                                   name: str) -> None:
    doc = _doc(lang, words, spaces)
    cands = [Candidate(0 if lang == "fr" else 1, 2, "ORG", "kb", actor=PAPER)]
    extend_over_hyphen_compounds(doc, cands, EntityLexicon.load(lang), PLACES.__contains__)
    assert [(c.span(doc).text, c.actor) for c in cands] == [(name, None)]


@pytest.mark.parametrize(("lang", "words", "spaces"), [
    ("fr", ["vol", "Lyon", "-", "Londres", "annulé"], [True, False, False, True, False]),  # two places
    ("en", ["the", "Paris", "-", "London", "train"], [True, False, False, True, False]),
    ("en", ["the", "Paris", "-", "Vienna", "train"], [True, False, False, True, False]),  # another candidate
    ("fr", ["La", "Croix", "-", "rouge", "a"], [True, False, False, True, False]),  # no capital
    ("en", ["the", "Greens", "-", "Labour", "deal"], [True, True, True, True, False]),  # spaced dash
])
def test_no_compound_over_another_name_or_a_spaced_dash(lang: str, words: list[str], spaces: list[bool]) -> None:
    doc = _doc(lang, words, spaces)
    cands = [Candidate(1, 2, "LOC", "ner")]
    if words[3] == "Vienna":
        cands.append(Candidate(3, 4, "LOC", "ner"))
    extend_over_hyphen_compounds(doc, cands, EntityLexicon.load(lang), PLACES.__contains__)
    assert cands[0].span(doc).text == words[1]
