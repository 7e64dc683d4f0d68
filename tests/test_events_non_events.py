"""Sentences that use an event word and tell no event (``nlp/events/non_events.py``): denials of responsibility,
sports reports, figures of speech, forecasts, disasters' tolls, decrees signed. Sentences written for these tests;
the full pipeline runs, and the score rule also runs on a hand-built parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.confidence_marks import circumstance, future_time
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.non_events import Told, load_non_event_words, nothing_mobilised, tells_a_result


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ministry denied any involvement in the sabotage of the pipeline."),
    ("fr", "Le ministère a démenti toute implication dans le sabotage du pipeline."),
    ("en", "The militia rejected the allegations on Tuesday."),
    ("fr", "La milice a rejeté les allégations mardi."),
])
def test_a_denial_of_responsibility_is_no_rejection(parse: Parse, lang: str, text: str) -> None:
    assert "REJECT" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government rejected the peace plan on Monday."),
    ("fr", "Le gouvernement a rejeté le plan de paix lundi."),
])
def test_a_plan_rejected_is_still_a_rejection(parse: Parse, lang: str, text: str) -> None:
    assert "REJECT" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels have denied accusations that they shelled the market."),
    ("fr", "Les rebelles ont démenti les accusations selon lesquelles ils auraient bombardé le marché."),
])
def test_the_act_a_denied_accusation_tells_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert types_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rovers beat the league leaders 2-1 on Saturday to reach the cup final.\n\n"
           "The visitors launched a series of sharp attacks before the break and struck the post twice."),
    ("fr", "Le club a décroché une victoire 3-0 samedi face au leader du championnat.\n\n"
           "Les visiteurs ont attaqué sans relâche la défense adverse en seconde période."),
])
def test_a_story_whose_lead_tells_a_match_result_has_no_event(parse: Parse, lang: str, text: str) -> None:
    assert types_of(parse, lang, text) == []


def test_a_vote_count_is_no_match_result(parse: Parse) -> None:
    text = "The senate defeated the border bill 52-48 on Tuesday.\n\nProtesters marched outside the building."
    assert "PROTEST" in types_of(parse, "en", text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Senator Alma Reyes renewed her attacks on the governor at a fundraising dinner."),
    ("fr", "La sénatrice Marie Dubreuil a renouvelé ses attaques contre le gouverneur lors d'un dîner."),
])
def test_an_unarmed_person_attacking_no_one_nowhere_is_a_figure_of_speech(parse: Parse, lang: str,
                                                                         text: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebel commander Tomas Ferro attacked the village on Monday, killing five people."),
    ("fr", "Le chef rebelle Tomas Ferro a attaqué le village lundi, tuant cinq personnes."),
])
def test_a_named_person_whose_attack_harms_people_is_an_attack(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister warned that the death toll could rise."),
    ("fr", "Le ministre a averti que le bilan pourrait encore augmenter."),
    ("en", "Officials issued flood warnings on Saturday and ordered residents to leave the coast."),
])
def test_a_warning_about_a_thing_is_no_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The militia warned it would retaliate against any raid."),
    ("fr", "La milice a averti qu'elle riposterait à toute incursion."),
])
def test_a_warning_of_retaliation_is_a_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The aid agency warned the rebels that shortages of fuel were spreading across the region."),
    ("fr", "L'agence humanitaire a averti que les pénuries de carburant s'étendaient dans la région."),
])
def test_a_warning_of_how_things_stand_is_no_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "lead", "attack"), [
    ("en", "A train crash killed at least 30 people on Tuesday.", "A bomb attack on a train killed 30 people."),
    ("fr", "Un accident de train a fait au moins 30 morts mardi.",
     "Un attentat à la bombe contre un train a fait 30 morts."),
])
def test_a_toll_without_a_doer_in_a_disaster_story_is_no_attack(parse: Parse, lang: str, lead: str,
                                                                  attack: str) -> None:
    later = {"en": "At least 36 people were killed, officials said.",
             "fr": "Au moins 36 personnes ont été tuées, selon les autorités."}[lang]
    assert "ASSAULT" not in types_of(parse, lang, f"{lead}\n\n{later}")
    assert "ASSAULT" in types_of(parse, lang, f"{attack}\n\n{later}")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"Art mobilizes the energy of the young," she said.'),
    ("fr", "Les travaux ont commencé, avec 300 secouristes déployés sur les lieux."),
])
def test_a_mobilisation_of_a_thing_by_no_one_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert "MOBILIZE" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police reinforcements were deployed in the capital on Monday."),
    ("fr", "Des renforts de police ont été déployés dans la capitale lundi."),
    ("fr", "Des véhicules blindés et des armes lourdes ont été déployés dans la zone."),
])
def test_reinforcements_deployed_by_no_one_named_are_a_mobilisation(parse: Parse, lang: str, text: str) -> None:
    assert "MOBILIZE" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The president signed a decree on Monday imposing sanctions on three bankers."),
    ("fr", "Le président a signé lundi un décret imposant des sanctions à trois banquiers."),
])
def test_a_decree_signed_is_no_agreement(parse: Parse, lang: str, text: str) -> None:
    found = types_of(parse, lang, text)
    assert "AGREE" not in found and "SANCTION" in found


@pytest.mark.parametrize(("words", "pos", "expected"), [
    (["Rovers", "won", "a", "deserved", "2-1", "victory"], ["PROPN", "VERB", "DET", "ADJ", "NUM", "NOUN"], True),
    (["The", "senate", "defeated", "the", "bill", "52-48"], ["DET", "NOUN", "VERB", "DET", "NOUN", "NUM"], False),
    (["A", "victory", "on", "2024-07-14"], ["DET", "NOUN", "ADP", "NUM"], False),
])
def test_a_score_beside_a_result_noun_tells_a_match_result_on_a_hand_built_doc(words: list[str], pos: list[str],
                                                                               expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    assert tells_a_result(doc[:], load_non_event_words("en")) is expected


def hand_doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "trigger"), [
    ("en", ["We", "meet", "them", "tomorrow"], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "npadvmod"],
     ["PRON", "VERB", "PRON", "NOUN"], 1),
    ("fr", ["Nous", "avons", "une", "réunion", "demain"], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "obj", "advmod"],
     ["PRON", "VERB", "DET", "NOUN", "ADV"], 3),
])
def test_a_meeting_to_come_is_marked_on_a_hand_built_parse(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], trigger: int) -> None:
    doc = hand_doc(lang, words, heads, deps, pos)
    assert future_time(doc[trigger], load_non_event_words(lang))


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "trigger", "expected"), [
    ("en", ["calm", "in", "the", "face", "of", "threats"], [0, 0, 3, 1, 3, 4],
     ["ROOT", "prep", "det", "pobj", "prep", "pobj"], ["NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN"], 5, True),
    ("fr", ["calme", "malgré", "les", "menaces"], [0, 3, 3, 0], ["ROOT", "case", "det", "nmod"],
     ["NOUN", "ADP", "DET", "NOUN"], 3, True),
    ("en", ["rebels", "launched", "threats"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"], 2,
     False),
])
def test_an_act_noun_told_as_a_circumstance_is_marked_on_a_hand_built_parse(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], trigger: int,
        expected: bool) -> None:
    doc = hand_doc(lang, words, heads, deps, pos)
    assert circumstance(doc[trigger], load_non_event_words(lang)) is expected


@pytest.mark.parametrize(("bare_target", "expected"), [(True, True), (False, False)])
def test_a_mobilisation_by_no_one_of_what_names_no_actor_is_no_event_on_a_hand_built_parse(
        bare_target: bool, expected: bool) -> None:
    doc = hand_doc("en", ["Music", "mobilizes", "our", "courage"], [1, 1, 3, 1], ["nsubj", "ROOT", "poss", "dobj"],
                   ["NOUN", "VERB", "PRON", "NOUN"])
    told = Told("MOBILIZE", None, None, None, thing_target=False, target_words=frozenset({"our", "courage"}),
                harmed=False, placed=False, bare_target=bare_target)
    assert nothing_mobilised(doc[1], told, load_event_lexicon("en"), load_non_event_words("en")) is expected
