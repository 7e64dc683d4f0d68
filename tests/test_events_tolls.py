"""Tolls: every group counted is a casualty, children among them counted apart. Sentences written for these
tests; the full pipeline runs."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.toll_scope import of_an_earlier_act


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The air strike killed seven children and 12 adults in the market on Sunday."),
    ("fr", "La frappe aérienne a tué sept enfants et 12 adultes sur le marché dimanche."),
])
def test_every_group_counted_is_in_the_toll(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert (event.killed, event.children_killed) == (19, 7)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The air strike killed at least 64 people in the market on Sunday."),
    ("fr", "La frappe aérienne a tué au moins 64 personnes sur le marché dimanche."),
])
def test_an_at_least_figure_is_the_toll(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 64


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Missiles hit the port of Varna on Monday, a week after a strike on Rivne killed 40 people."),
    ("fr", "Des missiles ont frappé le port de Varna lundi, une semaine après qu'une frappe sur Rivne a tué 40 "
           "personnes."),
])
def test_an_earlier_acts_toll_is_not_attached(parse: Parse, lang: str, text: str) -> None:
    assert all(e.killed != 40 for e in events_of(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The war has killed more than 10,000 civilians since 2022."),
    ("fr", "La guerre a tué plus de 10 000 civils depuis 2022."),
])
def test_a_wars_running_total_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A drone strike killed two soldiers near the border, in a war that has killed 9,000 people."),
    ("fr", "Une frappe de drone a tué deux soldats près de la frontière, dans une guerre qui a fait 9 000 morts."),
])
def test_the_acts_toll_is_kept_beside_a_running_total(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Four gunmen took part in the attack that left at least 30 people dead."),
    ("fr", "Quatre hommes armés ont participé à l'attaque qui a fait au moins 30 morts."),
])
def test_an_act_told_with_its_toll_in_a_relative_clause_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 30


@pytest.mark.parametrize(("words", "found"), [
    (["Missiles", "hit", "Varna", ",", "after", "a", "strike", "killed", "40", "people"], True),
    (["Missiles", "hit", "Varna", "after", "dawn", ",", "a", "strike", "killed", "40", "people"], False),
])
def test_a_toll_after_an_earlier_act_is_that_acts(bare_en: Language, words: list[str], found: bool) -> None:
    """Hand-built parse: the casualty verb follows "after" and an act noun within its clause."""
    verb = words.index("killed")
    pos = ["NOUN" if w in ("Missiles", "strike", "people", "dawn") else "PROPN" if w == "Varna" else
           "PUNCT" if w == "," else "NUM" if w == "40" else "DET" if w == "a" else "ADP" if w == "after" else "VERB"
           for w in words]
    lemmas = [{"Missiles": "missile", "killed": "kill", "people": "people"}.get(w, w.lower()) for w in words]
    doc = Doc(bare_en.vocab, words=words, pos=pos, lemmas=lemmas, heads=[1] * len(words),
              deps=["ROOT" if i == 1 else "dep" for i in range(len(words))])
    assert of_an_earlier_act(doc[verb], load_event_lexicon("en")) == found
