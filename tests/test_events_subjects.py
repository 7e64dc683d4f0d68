"""Who does what a verb says when the verb has no subject of its own: a verb controlled by a predicative
adjective ("X is ready to send"), a participle set off after its clause's object ("X denied the claim, accusing
Y"); and which country a story is set in when it locates nothing in a country. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.possessives import possessive_determiner
from wirewatch.nlp.events.syntax import subject_of


def test_a_verb_controlled_by_a_predicative_adjective_has_the_copulas_subject() -> None:
    words = ["Chile", "is", "ready", "to", "send", "troops"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4],
              deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"],
              pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN"])
    assert subject_of(doc[4]) == doc[0]


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "morph"), [
    ("fr", ["Chili", "a", "nié", "le", "rapport", ",", "accusant", "Pérou"], [2, 2, 2, 4, 2, 4, 4, 6],
     ["nsubj", "aux", "ROOT", "det", "obj", "punct", "acl", "obj"],
     ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN"], "VerbForm=Part|Tense=Pres"),
    ("en", ["Chile", "denied", "the", "report", ",", "accusing", "Peru"], [1, 1, 3, 1, 3, 3, 5],
     ["nsubj", "ROOT", "det", "dobj", "punct", "acl", "dobj"],
     ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN"], "VerbForm=Part|Tense=Pres"),
])
def test_a_participle_set_off_after_the_object_has_the_clauses_subject(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], morph: str) -> None:
    participle = words.index("accusant" if lang == "fr" else "accusing")
    morphs = [morph if i == participle else "" for i in range(len(words))]
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert subject_of(doc[participle]) == doc[0]


def test_a_participle_modifying_its_noun_without_a_comma_has_no_subject() -> None:
    words = ["Chile", "denied", "reports", "accusing", "Peru"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3],
              deps=["nsubj", "ROOT", "dobj", "acl", "dobj"], pos=["PROPN", "VERB", "NOUN", "VERB", "PROPN"],
              morphs=["", "", "", "VerbForm=Part|Tense=Pres", ""])
    assert subject_of(doc[3]) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile is ready to send 300 soldiers to the peacekeeping force, the defence minister said."),
    ("fr", "Le Chili est prêt à envoyer 300 soldats à la force de maintien de la paix, a déclaré le ministre."),
])
def test_who_is_ready_to_contribute_troops_is_the_source(parse: Parse, lang: str, text: str) -> None:
    events = [e for e in events_of(parse, lang, text) if e.source is not None]
    assert events and all(e.source is not None and e.source.country == "CHL" for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile's government fell on Tuesday in Europe's latest crisis. The government had called for the vote."),
    ("fr", "Le gouvernement du Chili est tombé mardi. Le gouvernement avait réclamé le vote de confiance."),
])
def test_an_unnamed_government_is_of_the_storys_only_country(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "REQUEST")
    assert event.source is not None and event.source.country == "CHL"


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "morphs"), [
    ("en", ["his", "men"], [1, 1], ["poss", "ROOT"], ["PRON", "NOUN"], ["Poss=Yes", ""]),
    ("fr", ["ses", "troupes"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"], ["Poss=Yes", ""]),
])
def test_a_possessive_pronoun_or_determiner_is_found_either_way_it_is_parsed(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert possessive_determiner(doc[1], frozenset({"his"})) == doc[0]


def test_its_is_no_persons_possessive() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["its", "attack"], heads=[1, 1], deps=["poss", "ROOT"],
              pos=["PRON", "NOUN"], morphs=["Poss=Yes", ""])
    assert possessive_determiner(doc[1], frozenset({"his", "her"})) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "General Pedro Alvarez, head of the Chilean army, has admitted the withdrawal of his men from the town."),
    ("fr", "Le général Pedro Alvarez, chef de l'armée chilienne, a reconnu le retrait de ses hommes de la ville."),
])
def test_a_withdrawal_of_someones_men_is_done_by_their_side(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is not None and event.source.country == "CHL"
