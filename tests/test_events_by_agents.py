"""Doers named through what they used or how they are counted: a participle's "by" phrase ("shells fired by the
rebels"), a weapon's owner ("the army's helicopters"), and an occupation counted by a quantity ("hundreds of
nurses"); and an act told as the time of the report's act ("after soldiers shot"), no second event. Sentences
written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.role_candidates import verb_roles
from wirewatch.nlp.events.syntax import told_aside


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shells fired by the rebels hit a market in the north"),
    ("fr", "Des obus tirés par les rebelles ont frappé un marché dans le nord"),
])
def test_a_participles_by_phrase_names_the_attacker(parse: Parse, lang: str, text: str) -> None:
    attacks = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [e.source.sector if e.source else None for e in attacks] == ["rebels"]


def test_a_participle_modifying_a_noun_takes_its_by_phrase_as_source() -> None:
    # "Shells fired by the rebels hit a market": "fired" is a participle on "Shells", with no subject of its own
    words = ["Shells", "fired", "by", "the", "rebels", "hit", "a", "market"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 0, 1, 4, 2, 5, 7, 5],
              deps=["nsubj", "acl", "agent", "det", "pobj", "ROOT", "det", "dobj"],
              lemmas=["shell", "fire", "by", "the", "rebel", "hit", "a", "market"],
              pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN"],
              morphs=["Number=Plur", "Tense=Past|VerbForm=Part", "", "", "Number=Plur", "Tense=Past|VerbForm=Fin",
                      "", "Number=Sing"])
    lexicon = load_event_lexicon("en")
    roles = verb_roles(doc[1], lexicon.word_class("target_prep"), lexicon)
    assert [t.text for t in roles.sources] == ["rebels"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army's helicopters struck a convoy near the border"),
    ("fr", "Les hélicoptères de l'armée ont frappé un convoi près de la frontière"),
])
def test_a_weapons_owner_is_the_attacker(parse: Parse, lang: str, text: str) -> None:
    attacks = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [e.source.sector if e.source else None for e in attacks] == ["military"]


def test_an_occupation_counted_by_a_quantity_is_the_protester(parse: Parse) -> None:
    text = "Hundreds of nurses held up placards outside the hospital on Monday"
    protests = [e for e in events_of(parse, "en", text) if e.type == "PROTEST"]
    assert [e.source.name if e.source else None for e in protests] == ["nurses"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers blocked the highway two days after soldiers shot at a crowd near the market"),
    ("fr", "Des agriculteurs ont bloqué l'autoroute deux jours après que des soldats ont tiré sur une foule près "
           "du marché"),
])
def test_an_act_told_as_what_came_before_is_no_second_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["PROTEST"]


@pytest.mark.parametrize(("mark", "aside"), [("after", True), ("as", False)])
def test_only_a_clause_of_what_came_before_is_background(mark: str, aside: bool) -> None:
    # "They marched after police fired" / "They marched as police fired"
    doc = Doc(spacy.blank("en").vocab, words=["They", "marched", mark, "police", "fired"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "mark", "nsubj", "advcl"], pos=["PRON", "VERB", "SCONJ", "NOUN", "VERB"])
    assert told_aside(doc[4], stance=False, background=frozenset({"after"})) is aside
