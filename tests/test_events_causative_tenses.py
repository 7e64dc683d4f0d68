"""The tense of a causative and of a compound tense read around a stray day: « se sont fait arrêter mardi » is
a compound past (the parser hangs « fait » and its auxiliary on the infinitive: the tense is theirs, last
Tuesday, asserted), and a weekday the parser leaves apart after « ont annoncé » takes the perfect of the
auxiliary's verb, not the auxiliary's present. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of

# PUBLISHED (tests.test_events) is Wednesday 2025-03-12: last Tuesday is the 11th, last Thursday the 6th


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Trois militants écologistes se sont fait arrêter mardi."),
    ("fr", "Trois militants écologistes se sont fait arrêter mardi"),
    ("en", "Three environmental activists got arrested on Tuesday."),
    ("en", "Three environmental activists got arrested on Tuesday"),
])
def test_a_causative_in_a_compound_past_is_dated_back(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "COERCE"]
    assert [(e.date, e.modality) for e in found] == [("2025-03-11", "asserted")]
    assert found[0].target is not None and found[0].target.name == "activists"  # the subject undergoes it


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le préfet a fait arrêter deux militants écologistes mardi."),
    ("fr", "Le préfet a fait arrêter deux militants écologistes mardi"),
])
def test_the_causer_of_a_causative_is_its_source(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "COERCE"]
    assert [(e.date, e.modality) for e in found] == [("2025-03-11", "asserted")]
    assert found[0].source is not None and found[0].source.name == "préfet"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Deux ministres malawites ont annoncé leur démission jeudi."),
    ("fr", "Deux ministres malawites ont annoncé leur démission jeudi"),
    ("en", "Two Malawian ministers have announced their resignation Thursday."),
    ("en", "Two Malawian ministers have announced their resignation Thursday"),
])
def test_a_day_after_a_perfect_takes_its_past(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "RETREAT"]
    assert [(e.date, e.modality) for e in found] == [("2025-03-06", "asserted")]
