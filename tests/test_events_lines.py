"""Lines without final punctuation (headlines, leads, bullets, snippets) state events like any sentence, with
true offsets; a headline retelling a body event folds into it, the body's sentence as the evidence.

Sentences written for these tests; the full pipeline runs.
"""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.merge import merge_events
from wirewatch.records import Event, EventActor, Mention

UNPUNCTUATED = {
    "en": "Police arrested 140 opposition activists in the port city since Thursday",
    "fr": "La police a arrêté 140 militants de l'opposition dans la ville portuaire depuis jeudi",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_line_without_final_punctuation_states_its_event(parse: Parse, lang: str) -> None:
    assert only_event(parse, lang, UNPUNCTUATED[lang], "COERCE").source is not None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_evidence_of_an_unpunctuated_line_is_the_text_as_given(parse: Parse, lang: str) -> None:
    text = "Agence Test\n\n" + UNPUNCTUATED[lang] + "\n"
    evidence = only_event(parse, lang, text, "COERCE").evidence
    assert text[evidence.start:evidence.end] == evidence.text == UNPUNCTUATED[lang]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels attack army post near the border\n\nRebels attacked an army post near the northern border "
           "on Monday, killing nine soldiers, the defence ministry said."),
    ("fr", "Des rebelles attaquent un poste de l'armée près de la frontière\n\nDes rebelles ont attaqué lundi un "
           "poste de l'armée près de la frontière nord, tuant neuf soldats, a indiqué le ministère de la Défense."),
])
def test_a_headline_retelling_the_body_is_one_event_told_by_the_body(parse: Parse, lang: str, text: str) -> None:
    attacks = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].evidence.start > text.index("\n")


def telling(start: int, text: str, **fields: object) -> Event:
    return Event(type="ASSAULT", evidence=Mention(start=start, end=start + len(text), text=text), **fields)


def test_a_headline_gives_way_to_the_body_sentence_that_states_less() -> None:
    headline = telling(0, "Rebels attack army post", source=EventActor(name="rebels", country="COD"),
                       target=EventActor(name="army", country="COD"))
    body = telling(30, "An army post was attacked on Monday.", date="2025-03-10")
    merged = merge_events([headline, body], unpunctuated={0})
    assert [e.evidence.start for e in merged] == [30] and merged[0].other_evidence[0].start == 0


def test_a_month_holds_a_day_of_it() -> None:
    first = telling(0, "Strikes in March.", date="2025-03", source=EventActor(name="army", country="COD"))
    second = telling(20, "The strike on Monday.", date="2025-03-10")
    merged = merge_events([first, second])
    assert len(merged) == 1 and merged[0].date == "2025-03-10"
