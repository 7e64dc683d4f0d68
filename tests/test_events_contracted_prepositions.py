"""A French preposition fused with the article (« au », « aux », « du », « des ») meets a trigger's condition
written with its preposition (``pp:à=…``, ``pp:de=…``) and the reverse, whatever lemma the tagger gave it
(``syntax.same_preposition``, ``contracted_prepositions.tsv``). Docs written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.lexicon import Requirement
from wirewatch.nlp.events.syntax import same_preposition
from wirewatch.nlp.events.trigger_conditions import requirement_met


def fired_at(case: str, lemma: str) -> Doc:
    """« Ils ont tiré <case> village »: the noun in an ``obl`` with its case marker."""
    return hand_doc("fr", ["ils", "ont", "tiré", case, "village"], [2, 2, 2, 4, 2],
                    ["nsubj", "aux:tense", "ROOT", "case", "obl:arg"], ["PRON", "AUX", "VERB", "ADP", "NOUN"],
                    ["il", "avoir", "tirer", lemma, "village"])


@pytest.mark.parametrize(("written", "wanted", "lang", "same"), [
    ("au", "à", "fr", True), ("aux", "à", "fr", True), ("à", "au", "fr", True), ("du", "de", "fr", True),
    ("des", "de", "fr", True), ("au", "de", "fr", False), ("sur", "à", "fr", False),
    ("at", "at", "en", True), ("au", "à", "en", False),  # English has no contractions
])
def test_a_contraction_is_its_preposition(written: str, wanted: str, lang: str, same: bool) -> None:
    assert same_preposition(written, wanted, lang) is same


@pytest.mark.parametrize(("case", "lemma"), [("au", "au"), ("aux", "à"), ("aux", "aux"), ("à", "à")])
@pytest.mark.parametrize("prep", ["à", "au"])
def test_a_pp_condition_holds_for_the_contracted_form(case: str, lemma: str, prep: str) -> None:
    requirement = Requirement(kind="pp", words=frozenset({"village"}), prep=prep)
    assert requirement_met(fired_at(case, lemma)[2], requirement)


def test_a_pp_condition_on_another_preposition_fails() -> None:
    requirement = Requirement(kind="pp", words=frozenset({"village"}), prep="sur")
    assert not requirement_met(fired_at("au", "au")[2], requirement)
