"""A definite act noun retold as the subject of what befell it (``presupposed``). Sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.presupposed import presupposed


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Argentine troops attacked a Chilean border post on Monday. The Argentine attacks on Chile upended the "
           "campaign."),
    ("fr", "Des soldats argentins ont attaqué un poste frontière chilien lundi. Les attaques argentines contre le "
           "Chili ont bouleversé la campagne."),
])
def test_a_definite_act_retold_as_a_subject_is_no_new_event(parse: Parse, lang: str, text: str) -> None:
    first = text.index(". ") + 1
    assert [e.evidence.start < first for e in events_of(parse, lang, text) if e.type == "ASSAULT"] == [True]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The deployment of 3,000 soldiers in Arequipa stopped the marches."),
    ("fr", "Le déploiement de 3 000 soldats à Arequipa a stoppé les cortèges."),
])
def test_a_definite_act_first_told_as_a_subject_stays(parse: Parse, lang: str, text: str) -> None:
    assert "MOBILIZE" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Russian strikes killed 12 people in Kharkiv on Tuesday."),
    ("fr", "Les frappes russes ont fait 12 morts à Kharkiv mardi."),
])
def test_a_definite_act_told_with_its_toll_stays(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("determiner", "verb", "lemma", "expected"), [
    ("the", "slowed", "slow", True), ("a", "slowed", "slow", False), ("the", "began", "begin", False),
    ("the", "repelled", "repel", False)])
def test_a_definite_act_subject_of_a_verb_not_telling_it_happen_is_presupposed(
        determiner: str, verb: str, lemma: str, expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=[determiner, "offensive", verb], heads=[1, 2, 2],
              deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"], lemmas=[determiner, "offensive", lemma])
    assert presupposed(doc[1], load_event_lexicon("en")) is expected
