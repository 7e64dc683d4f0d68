"""An act undergone (word class ``undergo``, ``role_candidates.noun_roles``): the subject of "receive", "face", "enjoy",
"subir", "essuyer" with an act's noun as object is the act's recipient, not its doer; the "from" or "de" phrase
names the doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The judge received death threats after the ruling.", "THREATEN"),
    ("en", "Macron faced sharp criticism from the unions", "ACCUSE"),
    ("fr", "Le juge a reçu des menaces de mort.", "THREATEN"),
    ("fr", "Le gouvernement a essuyé de vives critiques des syndicats", "ACCUSE"),
])
def test_the_subject_of_an_act_undergone_is_its_recipient(parse: Parse, lang: str, text: str,
                                                          event_type: str) -> None:
    event = only_event(parse, lang, text, event_type)
    assert event.target is not None
    assert event.source is None or event.source.name != event.target.name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron faced sharp criticism from the unions."),
    ("fr", "Le gouvernement a essuyé de vives critiques des syndicats."),
])
def test_the_origin_phrase_names_the_doer(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ACCUSE")
    assert event.source is not None and event.source.name.lower().startswith("union")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The debate occupied much of the evening's 90 minutes."),
    ("en", "Scholz occupied the post of finance minister"),
    ("fr", "Scholz a occupé le poste de ministre des finances."),
])
def test_a_span_of_time_or_a_post_occupied_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert not {"COERCE", "ASSAULT"} & {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize("text", [
    "The governor enjoys strong support from the unions.",
    "The governor enjoys strong support from the unions",
])
def test_the_subject_of_support_enjoyed_is_its_recipient(parse: Parse, text: str) -> None:
    # "enjoy" as "receive": who enjoys support is supported, the "from" phrase names who supports
    event = only_event(parse, "en", text, "SUPPORT")
    assert event.target is not None and event.target.name.lower() == "governor"
    assert event.source is not None and event.source.name.lower().startswith("union")
