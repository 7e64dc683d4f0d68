"""A name the model cut short takes the longer form the KB knows (names written for these tests)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.nlp.entities.known_extensions import extend_to_known_names
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

OFFICE = Actor(id="ww:coastal-office", name="Office for Coastal Safety", type="ORG",
               aliases={"en": ["Office for Coastal Safety"], "fr": ["Bureau de la sécurité côtière"]})


@pytest.mark.parametrize(("lang", "words", "name"), [
    ("en", ["The", "Office", "for", "Coastal", "Safety", "said", "so"], "Office for Coastal Safety"),
    ("fr", ["Le", "Bureau", "de", "la", "sécurité", "côtière", "a", "dit"], "Bureau de la sécurité côtière"),
])
def test_a_name_cut_short_takes_the_kbs_longer_form(lang: str, words: list[str], name: str) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cands = extend_to_known_names(doc, [Candidate(1, 2, "ORG", "ner")], ActorKB([OFFICE]), EntityLexicon.load(lang))
    assert [(c.span(doc).text, c.actor) for c in cands] == [(name, OFFICE)]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["The", "Office", "for", "Coastal", ",", "Safety", "said"]),
    ("fr", ["Le", "Bureau", "de", "la", "sécurité", ".", "côtière"]),
])
def test_no_extension_over_punctuation(lang: str, words: list[str]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cands = extend_to_known_names(doc, [Candidate(1, 2, "ORG", "ner")], ActorKB([OFFICE]), EntityLexicon.load(lang))
    assert [c.span(doc).text for c in cands] == ["Office" if lang == "en" else "Bureau"]


@pytest.mark.parametrize(("lang", "words", "alias"), [
    ("en", ["The", "Chilean", "government", "said"], "Chilean government"),
    ("en", ["The", "Chilean", "authorities", "said"], "Chilean authorities"),
])
def test_a_demonym_is_no_name_cut_short(lang: str, words: list[str], alias: str) -> None:
    """English writes the demonym before the noun; a French demonym after it ends no name the model cut."""
    government = Actor(id="ww:government-chl", name="Government of Chile", type="ORG", country="CHL",
                       aliases={lang: [alias]})
    doc = Doc(spacy.blank(lang).vocab, words=words)
    cand = Candidate(1, 2, "ORG", "ner")
    cands = extend_to_known_names(doc, [cand], ActorKB([government]), EntityLexicon.load(lang))
    assert [c.actor for c in cands] == [None]
