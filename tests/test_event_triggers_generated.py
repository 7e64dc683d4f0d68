"""Triggers from the CAMEO-derived and class-by-class files at run time: their conditions (object, phrase,
preposition, particle, subject), blocking rows and discard phrases. Sentences written for these tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.nlp.events.detect import find_triggers
from wirewatch.nlp.events.lexicon import load_event_lexicon, parse_requirement, parse_requirements
from wirewatch.nlp.events.trigger_conditions import requirement_met

Parse = Callable[..., Doc]
PUBLISHED = "2025-03-12"


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Workers walked out at the port.", "PROTEST"),
    ("fr", "Les manifestants ont défilé dans la capitale.", "PROTEST"),
    ("en", "The ministry froze the assets of three firms.", "SANCTION"),
    ("fr", "Le ministère a gelé les avoirs de trois entreprises.", "SANCTION"),
    ("en", "Rebels took control of the town.", "ASSAULT"),  # ground taken by force, as "captured"
    ("fr", "Les rebelles ont déposé les armes.", "RETREAT"),
    ("en", "The rebels laid down their arms.", "RETREAT"),
    ("fr", "La police a placé en garde à vue deux militants.", "COERCE"),
])
def test_generated_and_class_triggers_find_their_event(parse: Parse, lang: str, text: str,
                                                       event_type: str) -> None:
    assert event_type in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister took the floor."),
    ("fr", "Le ministre a pris la parole."),
])
def test_bare_ambiguous_verb_without_its_object_gives_nothing(parse: Parse, lang: str, text: str) -> None:
    assert types_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Two years ago, soldiers attacked the village.", "ASSAULT"),
    ("fr", "Il y a des années, des soldats ont attaqué le village.", "ASSAULT"),
])
def test_retelling_discard_silences_its_clause(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The army lifted the curfew that it had imposed years ago.", "CONCEDE"),
    ("fr", "L'armée a levé le couvre-feu qu'elle avait imposé il y a des années.", "CONCEDE"),
])
def test_retelling_in_a_relative_clause_leaves_the_main_act(parse: Parse, lang: str, text: str,
                                                            event_type: str) -> None:
    assert event_type in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers attacked the stadium."),
    ("fr", "Des soldats ont attaqué le stade."),
])
def test_sentence_discard_silences_every_trigger(nlp_for: Callable[[str], object], lang: str, text: str) -> None:
    lexicon = load_event_lexicon(lang)
    doc = nlp_for(lang)(text)  # type: ignore[operator]
    sent = next(iter(doc.sents))
    assert find_triggers(sent, lexicon)
    muted = dataclasses.replace(lexicon, discards=(("stad", "*", "sentence"), (sent[-2].lower_, "*", "sentence")))
    assert find_triggers(sent, muted) == []


def test_requires_cell_reads_several_conditions() -> None:
    first, more = parse_requirements("obj:police;pp:to=border|frontier")
    assert first is not None and first.kind == "obj" and first.words == frozenset({"police"})
    assert [(r.kind, r.prep, r.words) for r in more] == [("pp", "to", frozenset({"border", "frontier"}))]


def test_two_word_object_keeps_its_modifier() -> None:
    requirement = parse_requirement("obj:asset|bank account")
    assert requirement is not None and requirement.phrases == frozenset({("bank", "account")})
    assert requirement.words == frozenset({"asset"})


def hand_doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str],
             lemmas: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("cell", "met"), [
    ("obj:bank account", True), ("obj:savings account", False), ("obj:asset", False),
])
def test_object_phrase_needs_head_and_modifier(cell: str, met: bool) -> None:
    doc = hand_doc("en", ["Police", "froze", "bank", "accounts"], [1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"],
                   ["NOUN", "VERB", "NOUN", "NOUN"], ["police", "freeze", "bank", "account"])
    assert requirement_met(doc[1], parse_requirement(cell)) is met


@pytest.mark.parametrize(("cell", "met"), [
    ("pp:against=tax", True), ("pp:for=tax", False), ("pp:against=war", False),
    ("subj:worker", True), ("subj:soldier", False), ("prt:out", True),
])
def test_phrase_subject_and_particle_conditions_en(cell: str, met: bool) -> None:
    doc = hand_doc("en", ["Workers", "walked", "out", "against", "taxes"], [1, 1, 1, 1, 3],
                   ["nsubj", "ROOT", "advmod", "prep", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "NOUN"],
                   ["worker", "walk", "out", "against", "tax"])
    assert requirement_met(doc[1], parse_requirement(cell)) is met


@pytest.mark.parametrize(("cell", "met"), [
    ("pp:contre=taxe", True), ("pp:pour=taxe", False), ("subj:salarié", True), ("subj:soldat", False),
])
def test_phrase_and_subject_conditions_fr(cell: str, met: bool) -> None:
    doc = hand_doc("fr", ["Les", "salariés", "marchent", "contre", "les", "taxes"], [1, 2, 2, 5, 5, 2],
                   ["det", "nsubj", "ROOT", "case", "det", "obl:mod"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
                   ["le", "salarié", "marcher", "contre", "le", "taxe"])
    assert requirement_met(doc[2], parse_requirement(cell)) is met
