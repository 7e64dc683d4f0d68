"""Roles read from the construction, in French and English: the object of a trigger's fixed phrase ("ouvert le
feu sur la foule"), a title over a place ("l'arrestation du maire de X"), a person by function as the doer
("le candidat a concédé sa défaite"). Sentences written for these tests; the syntax rules also on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.fixed_phrases import completes_phrase
from wirewatch.nlp.events.lexicon import load_event_lexicon

Row = tuple[str, int, str, str]


def built(lang: str, rows: list[Row], morphs: dict[int, str], lemmas: dict[str, str] | None = None) -> Doc:
    """A Doc from (word, head, dependency, part of speech) rows; lemmas default to the lower-cased word."""
    words = [r[0] for r in rows]
    return Doc(spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
               morphs=[morphs.get(i, "") for i in range(len(words))])


FIRE = {  # "Soldiers opened fire on the crowd": the recipient on the phrase's object
    "en": [("Soldiers", 1, "nsubj", "NOUN"), ("opened", 1, "ROOT", "VERB"), ("fire", 1, "dobj", "NOUN"),
           ("on", 2, "prep", "ADP"), ("the", 5, "det", "DET"), ("crowd", 3, "pobj", "NOUN")],
    "fr": [("Des", 1, "det", "DET"), ("soldats", 3, "nsubj", "NOUN"), ("ont", 3, "aux:tense", "AUX"),
           ("ouvert", 3, "ROOT", "VERB"), ("le", 5, "det", "DET"), ("feu", 3, "obj", "NOUN"),
           ("sur", 8, "case", "ADP"), ("la", 8, "det", "DET"), ("foule", 5, "nmod", "NOUN")],
}


@pytest.mark.parametrize(("lang", "recipient_named"), [("en", True), ("fr", True), ("en", False), ("fr", False)])
def test_the_object_of_a_triggers_fixed_phrase_gives_way_to_its_recipient(lang: str, recipient_named: bool) -> None:
    rows = FIRE[lang] if recipient_named else FIRE[lang][: 3 if lang == "en" else 6]  # "opened fire" alone
    doc = built(lang, rows, {}, {"opened": "open", "ouvert": "ouvrir"})
    trigger = next(t for t in doc if t.dep_ == "ROOT")
    lexicon = load_event_lexicon(lang)
    phrase_object = next(t for t in doc if t.text in ("fire", "feu"))
    assert completes_phrase(phrase_object, trigger, lexicon, lexicon.word_class("target_prep")) is recipient_named


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested the mayor of Arequipa."),
    ("fr", "La police a arrêté le maire d'Arequipa."),
])
def test_a_person_a_reading_asks_for_is_the_target_not_the_acts_wording(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and event.target.name.split()[0] in ("mayor", "maire")
    assert event.target.country == "PER"


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("en", "The arrest of the mayor of Arequipa shocked the region.", "mayor"),
    ("fr", "L'arrestation du maire d'Arequipa a choqué la région.", "maire"),
])
def test_a_title_over_a_place_is_its_holder_of_the_places_country(parse: Parse, lang: str, text: str,
                                                                    title: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and title in event.target.name and event.target.country == "PER"


@pytest.mark.parametrize(("lang", "text", "doer"), [
    ("en", "The losing candidate conceded defeat late on Sunday.", "candidate"),
    ("fr", "Le candidat a concédé sa défaite dimanche soir.", "candidat"),
])
def test_a_person_by_function_is_the_doer(parse: Parse, lang: str, text: str, doer: str) -> None:
    events = [e for e in events_of(parse, lang, text) if e.type == "CONCEDE"]
    assert events and events[0].source is not None and doer in events[0].source.name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The emergency committee met on Thursday in Geneva and advised the director."),
    ("fr", "Le comité d'urgence s'est réuni jeudi à Genève."),
])
def test_a_body_named_by_function_meeting_alone_is_no_meeting_of_two(parse: Parse, lang: str, text: str) -> None:
    assert "CONSULT" not in {e.type for e in events_of(parse, lang, text)}
