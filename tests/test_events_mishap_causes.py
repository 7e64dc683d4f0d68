"""An explosion or a fire whose stated cause is a fault or a hazard is an accident, not an attack, and blaming it on
a fault accuses no one; one caused by a bomb stays an attack. Sentences written for these tests (headline style,
no final punctuation where a report would have none); the cause rule also runs on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.mishap_causes import blames_a_mishap, mishap_cause_told
from wirewatch.nlp.events.mishaps import load_mishap_words

VIOLENT = {"ASSAULT", "COERCE", "PROTEST"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An explosion killed four people in an apartment block in Hesselby. Firefighters said it was caused by "
           "a gas leak"),
    ("en", "A blast killed two workers at a bakery in Pontavel on Monday, which inspectors blamed on a faulty "
           "oven"),
    ("en", "An explosion tore through a shop in Mirevan, wounding six people. The blast was blamed on a gas "
           "cylinder"),
    ("fr", "Une explosion a tué quatre personnes dans un immeuble de Hesselby. Selon les pompiers, elle a été "
           "provoquée par une fuite de gaz"),
    ("fr", "Une explosion a tué deux ouvriers dans une boulangerie de Pontavel. Les enquêteurs l'attribuent à une "
           "défaillance d'un four"),
])
def test_an_explosion_caused_by_a_fault_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert not VIOLENT & {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An explosion killed four people at a bus station in Hesselby. Police said it was caused by a bomb "
           "planted by insurgents"),
    ("fr", "Une explosion a tué quatre personnes dans une gare routière de Hesselby. La police l'attribue à une "
           "bombe posée par des insurgés"),
])
def test_an_explosion_caused_by_a_bomb_stays_an_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("text", "accused"), [
    ("The ministry blamed the fire on an electrical fault", False),
    ("The ministry blamed the fire on the rebels", True),
])
def test_a_fire_blamed_on_a_fault_accuses_no_one(parse: Parse, text: str, accused: bool) -> None:
    assert ("ACCUSE" in [e.type for e in events_of(parse, "en", text)]) is accused


def hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("cause", "told"), [("leak", True), ("bomb", False)])
def test_it_was_caused_by_a_leak_on_a_hand_built_parse(cause: str, told: bool) -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(["It", "was", "caused", "by", "a", "gas", cause], [2, 2, 2, 2, 6, 6, 3],
                     ["nsubjpass", "auxpass", "ROOT", "agent", "det", "compound", "pobj"],
                     ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "NOUN"],
                     ["it", "be", "cause", "by", "a", "gas", cause])
    assert mishap_cause_told(doc[:], words) is told


def test_blamed_on_a_faulty_boiler_blames_a_mishap_on_a_hand_built_parse() -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(["Inspectors", "blamed", "the", "blast", "on", "a", "faulty", "boiler"], [1, 1, 3, 1, 1, 7, 7, 4],
                     ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj"],
                     ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN"],
                     ["inspector", "blame", "the", "blast", "on", "a", "faulty", "boiler"])
    assert blames_a_mishap(doc[1], words)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A grenade exploded accidentally at an army post in Vellor, injuring two soldiers"),
    ("en", "A guard was killed when his rifle accidentally went off in the barracks"),
    ("fr", "Une grenade a explosé accidentellement dans une caserne de Vellor, blessant deux soldats"),
])
def test_a_harm_told_as_an_accident_with_no_doer_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


def test_an_actor_who_harms_by_accident_still_acts(parse: Parse) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", "Police accidentally shot a bystander in Colmar")]


def test_a_tanker_explosion_is_no_weapon_s(parse: Parse) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, "en", "Nine killed in tanker explosion near Dorsal")]


def test_bombers_who_blow_themselves_up_by_accident_still_attack(parse: Parse) -> None:
    text = "Two suicide bombers accidentally blew themselves up near a checkpoint in Morvel, wounding a guard"
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", text)]
