"""Acts told with no doer and no recipient (``nlp/events/actorless.py``): a report's own act on the ground is
kept, a vague retelling beside an act with its actors and a meeting of no one are not. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.actorless import with_parties_or_sole
from wirewatch.records import Event, EventActor, Mention


def event(event_type: str, start: int, source: str | None = None) -> Event:
    return Event(type=event_type, source=EventActor(name=source) if source else None,
                 evidence=Mention(start=start, end=start + 5, text="xxxxx"))


def test_an_act_with_no_party_is_kept_only_as_the_first_of_its_type_none_names() -> None:
    alone, again, meeting = event("ASSAULT", 0), event("ASSAULT", 10), event("CONSULT", 20)
    assert with_parties_or_sole([alone, again, meeting]) == [alone]


def test_an_act_with_no_party_beside_one_with_its_actors_is_left_out() -> None:
    named, vague = event("PROTEST", 0, source="students"), event("PROTEST", 10)
    assert with_parties_or_sole([named, vague]) == [named]


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
