"""A time phrase is no argument a trigger's reading can require (``trigger_conditions.requirement_met``):
"called Biden on Tuesday" is no appeal "called on", while "called on Uganda" and "called for talks on Monday"
are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize("text", ["Macron called Biden on Tuesday.", "Scholz called Macron on Friday"])
def test_a_time_phrase_does_not_make_a_reading(parse: Parse, text: str) -> None:
    assert "REQUEST" not in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize("text", ["Kenya called on Uganda to withdraw its troops.",
                                  "Scholz called for talks on Monday"])
def test_the_reading_s_own_preposition_still_makes_it(parse: Parse, text: str) -> None:
    assert "REQUEST" in [e.type for e in events_of(parse, "en", text)]
