"""Acts told with no doer and no recipient (``nlp/events/actorless.py``): a report's own act on the ground is
kept, a vague retelling beside an act with its actors and a meeting of no one are not. Sentences written for
these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.actorless import told_alone, with_parties_or_sole
from wirewatch.records import Event, EventActor, Mention


def event(event_type: str, start: int, source: str | None = None) -> Event:
    return Event(type=event_type, source=EventActor(name=source) if source else None,
                 evidence=Mention(start=start, end=start + 5, text="xxxxx"))


def test_a_party_filled_in_from_the_story_does_not_make_a_telling_alone_named() -> None:
    named, filled = event("ASSAULT", 0, source="army"), event("ASSAULT", 10, source="army")
    assert with_parties_or_sole([named, filled], alone={("ASSAULT", 10)}) == [named]


def test_an_act_stated_alone_is_kept_only_as_the_first_of_its_type_none_names() -> None:
    alone, again, meeting, other = event("ASSAULT", 0), event("ASSAULT", 10), event("CONSULT", 20), event("COERCE", 30)
    stated = {("ASSAULT", 0), ("ASSAULT", 10), ("CONSULT", 20)}  # "COERCE" at 30: told, not stated alone
    assert with_parties_or_sole([alone, again, meeting, other], stated) == [alone]


def test_an_act_with_no_party_beside_one_with_its_actors_is_left_out() -> None:
    named, vague = event("PROTEST", 0, source="students"), event("PROTEST", 10)
    assert with_parties_or_sole([named, vague], {("PROTEST", 10)}) == [named]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Heavy clashes erupted near the university campus late on Thursday"),
    ("fr", "De violents affrontements ont éclaté jeudi soir près du campus universitaire"),
])
def test_a_report_of_an_act_alone_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks were held in the capital on Monday"),
    ("fr", "Des discussions ont eu lieu lundi dans la capitale"),
])
def test_a_meeting_of_no_one_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


def test_weapons_seized_with_no_one_named_is_a_report_of_a_seizure(parse: Parse) -> None:
    assert [e.type for e in events_of(parse, "en", "Rifles and ammunition were seized in the north of the country")] \
        == ["COERCE"]


def test_a_measure_named_alone_is_no_event(parse: Parse) -> None:
    assert events_of(parse, "en", "The aircraft declared an emergency shortly after take-off") == []


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "index", "stated"), [
    (["Clashes", "erupted"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], 0, True),
    (["He", "scored", "with", "a", "strike"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
     ["PRON", "VERB", "ADP", "DET", "NOUN"], 4, False),
    (["losses", "in", "raids", "by", "helicopters"], [0, 0, 1, 2, 3], ["ROOT", "prep", "pobj", "prep", "pobj"],
     ["NOUN", "ADP", "NOUN", "ADP", "NOUN"], 2, True),
])
def test_a_noun_states_its_act_alone_as_its_clauses_subject_or_with_its_participants(
        words: list[str], heads: list[int], deps: list[str], pos: list[str], index: int, stated: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    assert told_alone("ASSAULT", doc[index], None, None, frozenset(), frozenset({"by"})) is stated
