"""Whose an actor phrase is: a country named against or for, a relation's other side, an ethnic group, a
description and the name it describes, where the actor is beside whose it is; and an actor named as a clause's
subject is not where the event happened. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.actor_phrases import (
    appositions,
    ethnic_only,
    is_relational,
    named_apposition,
    points_to_relation,
    stance_prefixed,
)
from wirewatch.nlp.events.actorless import introduced_by
from wirewatch.nlp.events.context import acting_subject
from wirewatch.nlp.events.lexicon import load_event_lexicon


def built(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words], spaces=[w not in ("anti", "-") for w in words])


# --- the rules, on hand-built parses ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "words", "index", "prefixed"), [
    ("en", ["an", "anti", "-", "Chile", "blogger"], 3, True),
    ("fr", ["un", "blogueur", "anti", "-", "Chili"], 4, True),
    ("en", ["a", "Chilean", "blogger"], 1, False),
    ("fr", ["des", "militants", "pro-chiliens"], 2, True),
])
def test_a_country_after_a_stance_prefix_is_what_the_actor_is_for_or_against(
        lang: str, words: list[str], index: int, prefixed: bool) -> None:
    heads = [i for i in range(len(words))]
    doc = built(lang, words, heads, ["dep"] * len(words), ["X"] * len(words))
    assert stance_prefixed(doc[index], load_event_lexicon(lang)) is prefixed


@pytest.mark.parametrize(("lang", "words", "heads", "deps"), [
    ("en", ["Chile", "'s", "ally"], [2, 0, 2], ["poss", "case", "ROOT"]),
    ("fr", ["le", "voisin", "du", "Chili"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"]),
])
def test_the_possessor_of_a_relation_names_its_other_side(lang: str, words: list[str], heads: list[int],
                                                           deps: list[str]) -> None:
    doc = built(lang, words, heads, deps, ["PROPN" if w[0].isupper() else "NOUN" for w in words])
    lexicon = load_event_lexicon(lang)
    possessor = next(t for t in doc if t.text == "Chile" or t.text == "Chili")
    assert is_relational(possessor.head, lexicon) and points_to_relation(possessor, lexicon, whose=True)


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "index", "ethnic"), [
    ("en", ["ethnic", "Hungarian", "protesters"], [1, 2, 2], ["amod", "amod", "ROOT"], 1, True),
    ("fr", ["des", "Hongrois", "ethniques"], [1, 1, 1], ["det", "ROOT", "amod"], 1, True),
    ("en", ["Hungarian", "protesters"], [1, 1], ["amod", "ROOT"], 0, False),
])
def test_a_people_named_as_an_ethnic_group_is_no_states(lang: str, words: list[str], heads: list[int],
                                                         deps: list[str], index: int, ethnic: bool) -> None:
    doc = built(lang, words, heads, deps, ["X"] * len(words))
    assert ethnic_only(doc[index], load_event_lexicon(lang)) is ethnic


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_description_and_the_name_in_apposition_point_to_each_other(lang: str) -> None:
    words = ["envoy", ",", "John", "Keller"] if lang == "en" else ["émissaire", ",", "John", "Keller"]
    doc = built(lang, words, [0, 2, 0, 2], ["ROOT", "punct", "appos", "flat"], ["NOUN", "PUNCT", "PROPN", "PROPN"])
    assert named_apposition(doc[0]) == doc[2] and appositions(doc[2]) == [doc[0]]


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "acting"), [
    ("en", ["Chile", "issued", "an", "ultimatum"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["PROPN", "VERB", "DET", "NOUN"], True),
    ("fr", ["Chili", "a", "lancé", "un", "ultimatum"], [2, 2, 2, 4, 2], ["nsubj", "aux", "ROOT", "det", "obj"],
     ["PROPN", "AUX", "VERB", "DET", "NOUN"], True),
    ("en", ["Osorno", "came", "under", "fire"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
     ["PROPN", "VERB", "ADP", "NOUN"], False),
    ("fr", ["Osorno", "a", "été", "bombardée"], [3, 3, 3, 3], ["nsubj:pass", "aux", "aux:pass", "ROOT"],
     ["PROPN", "AUX", "AUX", "VERB"], False),
])
def test_a_name_acting_as_a_subject_is_no_place(lang: str, words: list[str], heads: list[int], deps: list[str],
                                                pos: list[str], acting: bool) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert acting_subject(doc, 0, len(words[0])) is acting


@pytest.mark.parametrize(("lang", "words", "prep"), [
    ("en", ["clashes", "between", "sides"], "between"),
    ("fr", ["affrontements", "entre", "camps"], "entre"),
])
def test_a_participant_phrase_is_found_by_its_case_marker(lang: str, words: list[str], prep: str) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=[0, 2, 0], deps=["ROOT", "case", "nmod"],
              pos=["NOUN", "ADP", "NOUN"])
    preps = load_event_lexicon(lang).word_class("participant_prep")
    assert prep in preps and introduced_by(doc[2], preps)


# --- the full pipeline ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An anti-Italy blogger was killed in a shooting in Nice on Monday."),
    ("fr", "Un blogueur anti-Italie a été tué lundi dans une fusillade à Nice."),
])
def test_a_country_opposed_is_not_the_victims(parse: Parse, lang: str, text: str) -> None:
    for event in events_of(parse, lang, text):
        assert event.target is None or event.target.country != "ITA"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway attacked its neighbour with drones on Monday."),
    ("fr", "La Norvège a attaqué son voisin avec des drones lundi."),
])
def test_a_neighbour_is_not_of_its_possessors_country(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.country == "NOR"
    assert event.target is None or event.target.country != "NOR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested the Spanish consul in Lyon on Monday."),
    ("fr", "La police a arrêté lundi le consul espagnol à Lyon."),
])
def test_whose_an_actor_is_beats_where_it_is(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and event.target.country == "ESP"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile has issued an ultimatum to Bolivia over the border dispute."),
    ("fr", "Le Chili a lancé un ultimatum à la Bolivie sur le différend frontalier."),
])
def test_who_issues_an_ultimatum_threatens_and_is_no_place(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "THREATEN")
    assert event.source is not None and event.source.country == "CHL"
    assert event.place is None or event.place.country != "CHL"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government began the withdrawal of Chilean troops from the border on Monday."),
    ("fr", "Le gouvernement a entamé lundi le retrait des troupes chiliennes de la frontière."),
])
def test_a_withdrawal_is_done_by_who_carries_it_out(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is not None and event.source.sector == "government"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The withdrawal of Chilean troops from the border began on Monday."),
    ("fr", "Le retrait des troupes chiliennes de la frontière a commencé lundi."),
])
def test_the_of_phrase_of_a_withdrawal_is_its_doer(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is not None and event.source.country == "CHL"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An explosion at a chemical factory killed three workers on Monday."),
    ("fr", "Une explosion dans une usine chimique a tué trois ouvriers lundi."),
])
def test_an_explosion_at_a_factory_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"] == []
