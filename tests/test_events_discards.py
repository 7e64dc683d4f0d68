"""Sports and entertainment are no political events: discard phrases (Phoenix's, and French equivalents by class).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.kb.tools.build_event_discards import DEFAULT_SOURCE, main, parse_discards


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The visitors attacked down the left wing and their striker scored a goal just before the semi-final "
           "whistle."),
    ("fr", "Les visiteurs ont attaqué sur l'aile gauche et leur buteur a égalisé juste avant la fin de la "
           "demi-finale."),
])
def test_a_sports_metaphor_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of teachers marched past the football stadium on Saturday to protest against the wage freeze."),
])
def test_a_protest_near_a_sports_ground_stays_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" in [e.type for e in events_of(parse, lang, text)]


def test_the_build_keeps_scope_and_provenance_and_leaves_out_years() -> None:
    rows = parse_discards("# header\n1937\n+WORLD CUP   # note\nGOALLESS DRAW\nGROUP A_\n", "list.txt")
    assert [(d.phrase, d.scope, d.source) for d in rows] == [
        ("world cup", "story", "list.txt:3"), ("goalless draw", "sentence", "list.txt:4"),
        ("group a", "sentence", "list.txt:5")]


@pytest.mark.skipif(not DEFAULT_SOURCE.is_file(), reason="the shared Phoenix discard list is not present")
def test_the_generated_discard_lexicon_is_up_to_date() -> None:
    assert main(["--check"]) == 0


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army deployed two thousand soldiers to the coast after the typhoon."),
    ("fr", "L'armée a déployé deux mille soldats sur la côte après le typhon."),
])
def test_troops_sent_after_a_disaster_stay_an_event(parse: Parse, lang: str, text: str) -> None:
    # a disaster's phrase silences violence only (event_silencers.tsv), not the deployment that answers it
    assert "MOBILIZE" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The typhoon killed twelve fishermen on the coast."),
    ("fr", "Le typhon a tué douze pêcheurs sur la côte."),
])
def test_a_disaster_attacks_no_one(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("text", "warned"), [
    ("The minister said the rebels will pay a heavy price for the raid.", True),
    ("The jury said the Nobel prize winner will pay a heavy price for the novel.", False),
])
def test_a_discard_phrase_silences_a_statements_warning_too(parse: Parse, text: str, warned: bool) -> None:
    assert ("THREATEN" in [e.type for e in events_of(parse, "en", text)]) is warned
