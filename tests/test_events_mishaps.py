"""Disasters and accidents with no acting party are no event; an explosion of a weapon, or an actor acting after a
disaster, is one. Sentences written for these tests; the full pipeline runs, and the cause rule also runs on
hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.mishaps import (
    caused_by_mishap,
    hazard_as_doer,
    load_mishap_words,
    site_of_hazard,
)
from wirewatch.nlp.events.weapon_names import names_a_weapon


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nine passengers were killed in a bus crash on the coastal highway on Sunday"),
    ("fr", "Neuf passagers ont été tués dans un accident de bus sur la route côtière dimanche"),
    ("en", "Floods killed at least 40 people in the south of the country."),
    ("fr", "Les inondations ont tué au moins 40 personnes dans le sud du pays."),
    ("en", "Six people were killed and four others injured when a chemical plant exploded on Thursday"),
    ("fr", "Douze personnes ont été tuées lorsqu'une usine chimique a explosé vendredi"),
    ("en", "Twelve people were killed and more than a dozen injured on Monday when a paint warehouse exploded"),
    ("en", "Heavy rain killed nine people in the hills overnight."),
    ("en", "A landslide buried part of the mountain village on Saturday, killing at least 14 residents."),
    ("fr", "Un glissement de terrain a enseveli samedi une partie du village, tuant au moins 14 habitants."),
    ("fr", "De fortes pluies ont tué neuf personnes dans les collines cette nuit."),
    ("en", "A fire broke out at a textile factory on Monday, killing 17 workers"),
    ("en", "An explosion at a fireworks factory killed eight workers on Tuesday"),
    ("en", "Two blasts ripped through a chemical depot near the port, killing 30 people"),
    ("en", "Police said the tanker overturned and caught fire, killing the driver"),
])
def test_a_harm_caused_by_a_disaster_or_an_accident_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two soldiers were killed when a bomb exploded near their convoy on Monday."),
    ("en", "Three soldiers were killed in a car bomb attack near the base on Monday."),
    ("en", "Four protesters were killed when soldiers fired on the crowd on Monday."),
    ("en", "A bomb explosion at a bus depot killed eight passengers on Friday"),
    ("fr", "Deux soldats ont été tués lundi lorsqu'une bombe a explosé au passage de leur convoi."),
])
def test_an_exploding_weapon_is_an_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Wildfires threatened three villages in the hills on Sunday",
    "Death toll hits 900 as rescue crews search the flooded valley",
])
def test_a_hazard_or_a_running_total_as_the_subject_is_no_one_acting(parse: Parse, text: str) -> None:
    assert events_of(parse, "en", text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army deployed 2,000 soldiers to the flooded region on Sunday."),
    ("fr", "L'armée a déployé dimanche 2 000 soldats dans la région inondée."),
])
def test_an_army_deployed_after_a_disaster_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "MOBILIZE" in [e.type for e in events_of(parse, lang, text)]


def hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_crash_named_after_a_cause_preposition_is_a_mishap_on_a_hand_built_parse() -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(["Nine", "died", "in", "a", "crash"], [1, 1, 1, 4, 2],
                     ["nsubj", "ROOT", "prep", "det", "pobj"], ["NUM", "VERB", "ADP", "DET", "NOUN"],
                     ["nine", "die", "in", "a", "crash"])
    assert caused_by_mishap(doc[1], words)


def test_a_bomb_explosion_is_no_mishap_on_a_hand_built_parse() -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(["A", "bomb", "explosion", "killed", "nine"], [2, 2, 3, 3, 3],
                     ["det", "compound", "nsubj", "ROOT", "dobj"], ["DET", "NOUN", "NOUN", "VERB", "NUM"],
                     ["a", "bomb", "explosion", "kill", "nine"])
    assert not caused_by_mishap(doc[3], words)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "lemmas", "mishap"), [
    (["A", "fire", "killed", "nine"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
     ["DET", "NOUN", "VERB", "NUM"], ["a", "fire", "kill", "nine"], True),
    (["Troops", "opened", "fire", "killing", "nine"], [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "advcl", "dobj"],
     ["NOUN", "VERB", "NOUN", "VERB", "NUM"], ["troop", "open", "fire", "kill", "nine"], False),
])
def test_fire_is_a_hazard_only_as_the_doer_on_a_hand_built_parse(words: list[str], heads: list[int],
                                                                 deps: list[str], pos: list[str],
                                                                 lemmas: list[str], mishap: bool) -> None:
    words_of = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(words, heads, deps, pos, lemmas)
    killing = next(t for t in doc if t.lemma_ == "kill")
    if killing.dep_ == "advcl":
        doc[killing.i].set_morph("VerbForm=Part")
    assert caused_by_mishap(killing, words_of) is mishap


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A blast at a copper mine killed eleven miners on Wednesday"),
    ("fr", "Une explosion dans une mine de cuivre a tué onze mineurs mercredi"),
    ("en", "Three workers were killed in an explosion at a steel foundry on Monday"),
    ("fr", "Une explosion dans une fonderie a tué trois ouvriers lundi"),
])
def test_an_explosion_at_a_mine_or_a_works_that_kills_workers_is_no_event(parse: Parse, lang: str,
                                                                          text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text", "assault"), [
    ("en", "Eight miners were killed in a mine collapse in Shanxi province", False),
    ("en", "Mine collapse kills 12 in Zimbabwe", False),
    ("fr", "Huit mineurs ont été tués dans l'effondrement d'une mine au Shanxi", False),
    ("en", "Two soldiers were killed by a mine near Donetsk", True),  # what killed them: a weapon
    ("fr", "Deux soldats ont été tués par une mine près de Donetsk", True),
])
def test_a_mine_that_collapses_is_a_workplace_not_a_weapon(parse: Parse, lang: str, text: str,
                                                           assault: bool) -> None:
    assert ("ASSAULT" in [e.type for e in events_of(parse, lang, text)]) is assault


def test_a_site_word_on_a_collapse_names_the_site_on_a_hand_built_parse() -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse(["mine", "collapse"], [1, 1], ["compound", "ROOT"], ["NOUN", "NOUN"], ["mine", "collapse"])
    assert site_of_hazard(doc[0], doc[1], words)
    doc = hand_parse(["mine", "blast"], [1, 1], ["compound", "ROOT"], ["NOUN", "NOUN"], ["mine", "blast"])
    assert not site_of_hazard(doc[0], doc[1], words)  # an explosion: the mine may be the weapon


@pytest.mark.parametrize(("word", "lemma", "weapon"), [
    ("miners", "miner", False), ("famine", "famine", False), ("landmines", "landmine", True),
    ("minefield", "minefield", True),
])
def test_a_word_holding_a_weapon_word_s_letters_names_none_on_a_hand_built_parse(word: str, lemma: str,
                                                                                 weapon: bool) -> None:
    words = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = hand_parse([word], [0], ["ROOT"], ["NOUN"], [lemma])
    assert names_a_weapon(doc[0], words.weapons, words.civil, words.lookalikes) is weapon


def test_a_place_that_falls_into_an_armed_group_s_hands_tells_no_disaster(parse: Parse) -> None:
    text = "Hundreds of families are trapped in Kamari, a town that fell on Friday into the hands of the Northern " \
           "Liberation Army"
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An army truck hit a motorcycle near Telvo, killing two riders"),
    ("en", "A pedestrian was hit by a police car in Ormand"),
    ("en", "Three firefighters died fighting a forest fire in the Verlin hills"),
    ("fr", "Un camion militaire a percuté une moto près de Telvo, tuant deux motards"),
    ("fr", "Trois pompiers sont morts en combattant un feu de forêt dans les collines de Verlin"),
])
def test_a_collision_or_a_fire_fought_has_no_acting_party(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "A warplane struck a bus carrying civilians near Kadrel",
    "Soldiers opened fire on the marchers in Telvo, killing four",
])
def test_a_warplane_s_strike_or_opened_fire_stays_an_attack(parse: Parse, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Cyclone Amara battered the coast, killing 14 people and destroying thousands of homes"),
    ("fr", "Le cyclone Amara a frappé la côte, faisant 14 morts et détruisant des milliers de maisons"),
    ("en", "Hurricane Lena tore through the islands, leaving 30 dead"),
    ("en", "Officials blamed an electrical fault for the fire that killed six"),
    ("en", "The fire that swept through the camp killed six refugees"),
    ("fr", "Les autorités ont attribué à un court-circuit l'incendie qui a tué six personnes"),
])
def test_a_hazard_is_the_doer_its_clause_lends_a_participle_or_a_relative(parse: Parse, lang: str,
                                                                         text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels stormed the town, killing 14 people and burning homes"),
    ("fr", "Des rebelles ont attaqué la ville, tuant 14 civils et incendiant des maisons"),
    ("en", "Two suicide bombers blew themselves up at a bus station, in twin explosions that killed 20"),
    ("en", "Three gunmen opened fire in a crowded mall, in a shooting that killed 12 people"),
])
def test_an_armed_doer_lent_by_the_clause_keeps_the_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


def test_a_relative_pronoun_s_antecedent_hazard_is_the_doer_on_a_hand_built_parse() -> None:
    words_of = load_mishap_words("en", load_event_lexicon("en").modes)
    doc = Doc(spacy.blank("en").vocab, words=["the", "fire", "that", "killed", "six"], heads=[1, 1, 3, 1, 3],
              deps=["det", "ROOT", "nsubj", "relcl", "dobj"], pos=["DET", "NOUN", "PRON", "VERB", "NUM"],
              tags=["DT", "NN", "WDT", "VBD", "CD"], lemmas=["the", "fire", "that", "kill", "six"])
    assert hazard_as_doer(doc[3], words_of)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A massive explosion tore through a residential building early on Sunday, killing at least 11 people"),
    ("fr", "Une violente explosion a ravagé un immeuble d'habitation dimanche, faisant au moins 11 morts"),
    ("en", "A blast at a petrol station on the outskirts of Dorvan killed five people"),
    ("en", "An explosion rocked the port of Halvik on Tuesday"),
])
def test_an_explosion_told_with_no_weapon_and_no_armed_actor_anywhere_is_no_attack(parse: Parse, lang: str,
                                                                                  text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two soldiers were killed when an explosion hit their convoy"),
    ("fr", "Deux soldats ont été tués lorsqu'une explosion a touché leur convoi"),
    ("en", "A blast hit a crowded market in Dorvan, killing 12. Police said a bomb had been hidden in a cart."),
])
def test_an_explosion_near_armed_actors_or_with_a_weapon_told_elsewhere_is_an_attack(parse: Parse, lang: str,
                                                                                    text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]
