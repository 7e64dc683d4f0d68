"""Short event reports: acts told by a lemma the tagger cut wrong, a participle of force with its doer, unnamed
armed actors; words whose reading their doer decides (a labour strike, a police cordon); and the constructions
that tell a disaster, not an act (a hazard fought, a tank of water, ground taken in a disaster). Sentences written
for these tests; the full pipeline runs, the word rules also on hand-built tokens."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.inflections import form_lemmas, inflected_forms
from wirewatch.nlp.events.weapon_names import names_a_weapon


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


def test_a_verb_form_the_tagger_cut_wrong_is_read_by_its_suffix() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["troops", "raped", "women"], lemmas=["troop", "rap", "woman"],
              pos=["NOUN", "VERB", "NOUN"])
    assert "rape" in form_lemmas(doc[1])
    assert "rap" not in form_lemmas(doc[1])  # the tagger's own lemma is tried first, not again


@pytest.mark.parametrize(("lang", "lemma", "form", "expected"), [
    ("en", "rape", "raped", True),
    ("en", "stop", "stopped", True),
    ("en", "bury", "buried", True),
    ("fr", "violer", "violed", False),  # a language without suffix rules gets no forms
])
def test_the_forms_a_verb_lemma_takes_come_from_the_suffix_rules(lang: str, lemma: str, form: str,
                                                                   expected: bool) -> None:
    assert (form in inflected_forms(frozenset({lemma}), lang)) is expected


def test_an_act_whose_lemma_the_tagger_missed_is_found(parse: Parse) -> None:
    assert "ASSAULT" in types_of(parse, "en", "A woman was raped by two soldiers at a checkpoint")


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters lit fires amid clouds of tear gas fired by police outside the stadium", True),
    ("The militia, backed by a neighbouring state, controls the northern valley", False),
])
def test_a_participle_of_force_with_its_doer_states_the_act(parse: Parse, text: str, expected: bool) -> None:
    types = types_of(parse, "en", text)
    assert ("ASSAULT" in types) is expected
    assert "SUPPORT" not in types  # a description ("backed by") is no act of support


def test_an_unnamed_armed_actor_is_the_doer(parse: Parse) -> None:
    events = [e for e in events_of(parse, "en", "Gunmen shot dead a police officer outside his home on Monday")
              if e.type == "ASSAULT"]
    assert events and events[0].source is not None and events[0].source.sector == "rebels"


@pytest.mark.parametrize(("text", "event_type"), [
    ("A strike by teachers closed schools across the country on Monday", "PROTEST"),
    ("Air force jets carried out a strike on an ammunition depot on Monday", "ASSAULT"),
])
def test_a_strike_is_read_by_its_doer(parse: Parse, text: str, event_type: str) -> None:
    types = types_of(parse, "en", text)
    assert event_type in types
    assert {"PROTEST", "ASSAULT"} - {event_type} - set(types)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police blocked the roads leading to the stadium", False),
    ("Residents blocked the highway to demand clean water", True),
])
def test_a_blockade_is_a_protest_only_by_civilians(parse: Parse, text: str, expected: bool) -> None:
    assert ("PROTEST" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Four firefighters were injured while fighting the blaze", False),
    ("Ten men were shot dead on Saturday when gunmen opened fire on a bar", True),
])
def test_a_hazard_fought_is_no_assault(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A water tank collapsed at a housing estate, killing four children", False),
    ("A propane tank exploded at a farm, injuring two men", False),
    ("Two tanks shelled the village, killing four people", True),
])
def test_a_war_machine_word_of_civil_use_is_no_attacker(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


def test_ground_taken_in_a_disaster_is_no_seizure(parse: Parse) -> None:
    text = "Floods killed 20 people in the north on Sunday. Police took control of the area to prevent looting"
    assert not {"ASSAULT", "COERCE"} & set(types_of(parse, "en", text))


@pytest.mark.parametrize(("text", "event_type"), [
    ("Soldiers freed four villages from the militants on Friday", "ASSAULT"),  # ground taken by force
    ("Security forces retook the border crossing on Friday", "ASSAULT"),
    ("The rebels freed two journalists on Friday", "RETREAT"),  # PLOVER: the actual release of captives
])
def test_a_place_freed_is_taken_a_person_freed_released(parse: Parse, text: str, event_type: str) -> None:
    assert event_type in types_of(parse, "en", text)


@pytest.mark.parametrize(("word", "expected"), [("ied", True), ("ieds", True), ("died", False),
                                                ("gunman", True), ("landmine", True)])
def test_a_short_weapon_word_names_a_weapon_only_at_a_word_start(word: str, expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=[word], lemmas=[word], pos=["NOUN"])
    assert names_a_weapon(doc[0], frozenset({"ied", "gun", "mine"})) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A military jet crashed into a school during a training flight, killing 18 people", False),
    ("A pedestrian was killed after being hit by a car on the main road", False),
    ("A cyclist died when he was struck by a lorry near the market", False),
    ("Nine people were killed when a car bomb exploded near the market", True),
])
def test_a_craft_accident_is_no_assault_whoever_owns_the_craft(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("text", "event_type"), [
    ("The government expelled two diplomats on Monday", "SANCTION"),
    ("The government expelled two journalists on Monday", "COERCE"),
])
def test_diplomats_expelled_are_a_sanction_a_person_deported_coercion(parse: Parse, text: str,
                                                                     event_type: str) -> None:
    assert event_type in types_of(parse, "en", text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The army has stationed 300 troops in the border town", "MOBILIZE"),
    ("The army built a new observation post on the hill", "MOBILIZE"),
    ("Hundreds of demonstrators assembled outside parliament on Sunday", "PROTEST"),
])
def test_forces_posted_and_protesters_assembled_are_events(parse: Parse, text: str, event_type: str) -> None:
    assert event_type in types_of(parse, "en", text)


def test_an_assembly_of_fans_is_no_protest(parse: Parse) -> None:
    assert "PROTEST" not in types_of(parse, "en", "Fans gathered outside the stadium before the final")


def test_a_bomber_blowing_himself_up_is_a_suicide_attack(parse: Parse) -> None:
    events = [e for e in events_of(parse, "en", "A suicide bomber blew himself up at a checkpoint on Monday")
              if e.type == "ASSAULT"]
    assert events and events[0].cameo == "183"
