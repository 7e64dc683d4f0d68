"""A company's dealings with no one of public role are no political event (``nlp/events/commercial_acts.py``);
its acts towards a state or a person stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Apple sued a small startup over a patent."),
    ("en", "Microsoft sued Apple in California on Tuesday"),
    ("fr", "Apple a poursuivi Microsoft en justice mardi."),
])
def test_a_firm_suing_a_firm_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Apple accused China of stealing its designs."),
    ("en", "Tesla sued the German government over the permit."),
])
def test_a_firm_acting_towards_a_state_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["ACCUSE"]
