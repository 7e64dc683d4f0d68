"""A harm done by a thing that cannot act (a vehicle, a structure, an animal, a substance) is an accident, no
event; a thing owned by an actor, or a weapon in its clause, keeps it an event. Sentences written for these tests;
the full pipeline runs, and the doer rule also runs on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.doers import DoerWords, done_by_a_thing, load_doer_words
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.mishaps import load_mishap_words


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A speeding van hit a pickup truck on the ring road, killing nine people"),
    ("fr", "Une camionnette a percuté un car sur l'autoroute, tuant neuf passagers."),
    ("en", "Nine people were killed when a lorry hit a minibus on the coast road"),
    ("fr", "Un camion a heurté un minibus dimanche, tuant neuf personnes."),
    ("en", "Two workers were killed after a crane toppled onto the building site"),
    ("en", "A bridge gave way under a crowded coach, killing 14"),
    ("en", "A stray dog attacked and injured five children near the school"),
    ("fr", "Un chien errant a attaqué cinq enfants dans le village."),
    ("en", "An electrical fault sparked a fire that killed eight people in a nightclub"),
    ("en", "A passenger helicopter crashed into a hillside in fog, killing all six on board"),
    ("en", "A fuel tank exploded at a petrol station, killing five people"),
    ("en", "At least 20 people were killed in a fire at a shoe factory"),
])
def test_a_harm_done_by_a_thing_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers were killed when their truck hit a roadside bomb on the border road"),
    ("en", "A truck packed with explosives hit the checkpoint, killing nine soldiers"),
    ("en", "Gunmen opened fire on a minibus, killing nine passengers"),
    ("en", "Russian helicopters killed twelve fighters near the village on Monday"),
    ("fr", "Des soldats ont attaqué le village, tuant neuf civils."),
])
def test_a_harm_by_an_actor_or_a_weapon_stays_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A locust invasion has destroyed crops across northern Kenya"),
    ("fr", "Une invasion de criquets a détruit les récoltes dans le nord du Kenya"),
    ("en", "A shark attack killed a surfer off Perth on Sunday"),
    ("en", "Two villagers were injured in an attack by a leopard in Assam"),
    ("fr", "Deux villageois ont été blessés dans une attaque de léopard en Inde"),
])
def test_an_act_noun_whose_doer_is_an_animal_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two villagers were injured in an attack by militants in Assam"),
    ("en", "A truck attack killed twelve people at a Christmas market in Berlin"),  # a vehicle as a weapon
    ("fr", "Trois soldats ont été tués dans une attaque rebelle près de Beni"),
])
def test_an_act_noun_whose_doer_is_an_actor_or_a_vehicle_stays_an_event(parse: Parse, lang: str,
                                                                          text: str) -> None:
    assert "ASSAULT" in {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_things_and_weapons_are_read_for_each_language(lang: str) -> None:
    words = load_doer_words(lang)
    assert {"vehicle", "structure", "animal"} <= set(words.things.values()) and words.weapons


def doer_words() -> DoerWords:
    lexicon = load_event_lexicon("en")
    mishaps = load_mishap_words("en", lexicon.modes)
    return load_doer_words("en", frozenset(lexicon.actor_nouns), mishaps.weapons, mishaps.causes,
                           lexicon.word_class("of_prep"), mishaps.hazards, frozenset(lexicon.demonyms),
                           mishaps.civil)


def hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "lemmas", "thing"), [
    (["A", "bus", "hit", "a", "car"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "dobj"],
     ["DET", "NOUN", "VERB", "DET", "NOUN"], ["a", "bus", "hit", "a", "car"], True),
    (["An", "army", "bus", "hit", "a", "car"], [2, 2, 3, 3, 5, 3], ["det", "compound", "nsubj", "ROOT", "det", "dobj"],
     ["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN"], ["an", "army", "bus", "hit", "a", "car"], False),
    (["A", "bus", "hit", "a", "mine"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "dobj"],
     ["DET", "NOUN", "VERB", "DET", "NOUN"], ["a", "bus", "hit", "a", "mine"], False),
    (["Rebels", "hit", "a", "car"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["NOUN", "VERB", "DET", "NOUN"], ["rebel", "hit", "a", "car"], False),
])
def test_the_doer_of_a_harm_by_its_role_on_a_hand_built_parse(words: list[str], heads: list[int],
                                                              deps: list[str], pos: list[str], lemmas: list[str],
                                                              thing: bool) -> None:
    doc = hand_parse(words, heads, deps, pos, lemmas)
    verb = next(t for t in doc if t.lemma_ == "hit")
    assert done_by_a_thing(verb, doer_words(), casualty=False) is thing


def test_the_doer_of_a_participle_is_the_subject_of_its_clause_on_a_hand_built_parse() -> None:
    doc = hand_parse(["A", "wall", "fell", "killing", "five"], [1, 2, 2, 2, 3],
                     ["det", "nsubj", "ROOT", "advcl", "dobj"], ["DET", "NOUN", "VERB", "VERB", "NUM"],
                     ["a", "wall", "fall", "kill", "five"])
    doc[3].set_morph("VerbForm=Part")
    assert done_by_a_thing(doc[3], doer_words(), casualty=True)


def test_a_craft_is_a_thing_only_as_the_doer_of_a_casualty_word_on_a_hand_built_parse() -> None:
    doc = hand_parse(["Helicopters", "struck", "the", "village"], [1, 1, 3, 1],
                     ["nsubj", "ROOT", "det", "dobj"], ["NOUN", "VERB", "DET", "NOUN"],
                     ["helicopter", "strike", "the", "village"])
    assert not done_by_a_thing(doc[1], doer_words(), casualty=False)


@pytest.mark.parametrize("text", [
    "Floods hit the northern provinces on Monday. At least 30 people were killed and thousands were injured.",
    "Floods swept through the valley on Sunday. Hundreds of families were forced to leave their homes.",
])
def test_in_a_disaster_story_a_harm_with_no_doer_is_the_disasters(parse: Parse, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & {e.type for e in events_of(parse, "en", text)}


def test_in_a_disaster_story_an_actors_act_stays_an_event(parse: Parse) -> None:
    text = "Floods swept through the valley on Sunday. Police arrested three looters in the town."
    assert "COERCE" in {e.type for e in events_of(parse, "en", text)}


def test_in_a_disaster_story_a_state_of_emergency_is_relief(parse: Parse) -> None:
    text = "Floods hit the northern provinces on Monday. The government declared a state of emergency in three regions."
    assert "COERCE" not in {e.type for e in events_of(parse, "en", text)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_disaster_measures_are_read_for_each_language(lang: str) -> None:
    assert load_doer_words(lang).measures


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A train crash killed 40 people on Tuesday. The stationmaster has been arrested."),
    ("fr", "Un accident de train a fait 40 morts mardi. Le chef de gare a été arrêté."),
])
def test_in_a_disaster_story_an_arrest_has_its_doer(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" in {e.type for e in events_of(parse, lang, text)}
