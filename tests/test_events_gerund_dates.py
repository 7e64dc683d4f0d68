"""A bare weekday hung on a gerund or participle takes the tense of the finite verb that governs it: an act
told in the past is dated to the last such day and stays asserted, not moved to next week as a future ("came
under shelling on Monday", « tiré … sur des manifestants défilant samedi »). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of

# PUBLISHED (tests.test_events) is Wednesday 2025-03-12: last Monday is the 10th, last Saturday the 8th
CASES = [
    ("en", "The town came under shelling on Monday.", "2025-03-10"),
    ("en", "The town came under shelling on Monday", "2025-03-10"),
    ("en", "Police fired tear gas at protesters gathering on Saturday.", "2025-03-08"),
    ("fr", "La police a tiré des gaz lacrymogènes sur des manifestants défilant samedi.", "2025-03-08"),
    ("fr", "L'armée a bombardé la ville en ripostant lundi", "2025-03-10"),
]


@pytest.mark.parametrize(("lang", "text", "date"), CASES)
def test_a_past_act_on_a_gerund_day_is_dated_back_and_asserted(parse: Parse, lang: str, text: str,
                                                               date: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [(e.date, e.modality) for e in found] == [(date, "asserted")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Biden plans to hold talks with Scholz on Friday."),
    ("fr", "Macron va rencontrer Scholz vendredi."),
])
def test_a_planned_meeting_still_points_ahead(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "CONSULT"]
    assert [(e.date, e.modality) for e in found] == [("2025-03-14", "future")]
