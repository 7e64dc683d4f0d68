"""Acts a story does not code (``own_account``): a speaker's own account in the first person, an act noun
told as a circumstance, a headline that no sentence of the body retells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.merge import holds
from wirewatch.nlp.events.own_account import without_headline_only, without_linked_lines
from wirewatch.records import Event, Mention


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“We have agreed to withdraw our troops from the town,” the general said."),
    ("fr", "« Nous avons accepté de retirer nos troupes de la ville », a déclaré le général."),
])
def test_a_speakers_own_account_in_the_first_person_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The general said the army had agreed to withdraw its troops from the town."),
    ("fr", "Le général a déclaré que l'armée avait accepté de retirer ses troupes de la ville."),
])
def test_the_same_account_told_by_the_narrator_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) != []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“We demand the release of the detained journalists,” the foreign minister said."),
    ("fr", "« Nous exigeons la libération des journalistes détenus », a déclaré le ministre des affaires "
           "étrangères."),
])
def test_a_demand_made_in_the_first_person_is_still_a_demand(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“We were attacked by the rebels at dawn,” the villagers said."),
    ("fr", "« Nous avons été attaqués par les rebelles à l'aube », ont déclaré les villageois."),
])
def test_an_act_done_to_the_speaker_is_still_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


def test_an_act_told_as_a_circumstance_is_background(parse: Parse) -> None:
    text = "The minister stressed the importance of unity in the face of the rebels’ threats."
    assert "THREATEN" not in [e.type for e in events_of(parse, "en", text)]


def event_at(start: int, text: str, other: list[Mention] | None = None) -> Event:
    return Event(type="ASSAULT", evidence=Mention(start=start, end=start + len(text), text=text),
                 other_evidence=other or [], modality="asserted", confidence=0.8)


HEADLINE = "Rebels seize border town"
BODY = "The government said on Tuesday that it would hold talks with the opposition."


def test_an_event_told_only_in_a_headline_above_a_body_is_dropped() -> None:
    text = f"{HEADLINE}\n{BODY}"
    assert without_headline_only([event_at(0, HEADLINE)], {0}, text) == []


def test_a_headline_the_body_retells_keeps_its_event() -> None:
    text = f"{HEADLINE}\n{BODY}"
    body = Mention(start=len(HEADLINE) + 1, end=len(text), text=BODY)
    kept = [event_at(0, HEADLINE, [body])]
    assert without_headline_only(kept, {0}, text) == kept


def test_a_report_of_one_line_keeps_its_event() -> None:
    kept = [event_at(0, HEADLINE)]
    assert without_headline_only(kept, {0}, HEADLINE) == kept


POST = "Thanks to all who marched with us https://example.org/p/1 — A. Name (@aname) May 2, 2025"


def test_an_event_told_only_in_a_line_with_a_web_address_is_dropped() -> None:
    assert without_linked_lines([event_at(40, POST)]) == []


def test_a_linked_line_that_retells_a_sentence_keeps_its_event() -> None:
    kept = [event_at(40, POST, [Mention(start=0, end=len(BODY), text=BODY)])]
    assert without_linked_lines(kept) == kept


@pytest.mark.parametrize(("coarse", "fine", "expected"), [
    ("2025-W46", "2025-11-13", True),
    ("2025-W46", "2025-11-20", False),
    ("2025-11", "2025-11-13", True),
])
def test_a_week_holds_its_days_as_a_month_does(coarse: str, fine: str, expected: bool) -> None:
    assert holds(coarse, fine) is expected
