"""Roles read from the construction, in French and English: an apposed past participle ("le village, bombardé
par l'aviation"), the object of a trigger's fixed phrase ("ouvert le feu sur la foule"), a title over a place
("l'arrestation du maire de X"). Sentences written for these tests; the syntax rules also on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.apposed_participles import apposed_participle_roles
from wirewatch.nlp.events.fixed_phrases import completes_phrase
from wirewatch.nlp.events.lexicon import load_event_lexicon

Row = tuple[str, int, str, str]


def built(lang: str, rows: list[Row], morphs: dict[int, str], lemmas: dict[str, str] | None = None) -> Doc:
    """A Doc from (word, head, dependency, part of speech) rows; lemmas default to the lower-cased word."""
    words = [r[0] for r in rows]
    return Doc(spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
               morphs=[morphs.get(i, "") for i in range(len(words))])


PARTICIPLE = "Tense=Past|VerbForm=Part"
APPOSED = {  # "The town, shelled by the army, is empty": the participle on the noun, its agent
    "en": ([("The", 1, "det", "DET"), ("town", 8, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
            ("shelled", 1, "acl", "VERB"), ("by", 3, "agent", "ADP"), ("the", 6, "det", "DET"),
            ("army", 4, "pobj", "NOUN"), (",", 1, "punct", "PUNCT"), ("is", 8, "ROOT", "AUX"),
            ("empty", 8, "acomp", "ADJ")], "town", "army"),
    "fr": ([("La", 1, "det", "DET"), ("ville", 8, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
            ("bombardée", 1, "acl", "VERB"), ("par", 6, "case", "ADP"), ("l'", 6, "det", "DET"),
            ("armée", 3, "obl:agent", "NOUN"), (",", 8, "punct", "PUNCT"), ("est", 8, "cop", "AUX"),
            ("vide", 8, "ROOT", "ADJ")], "ville", "armée"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_apposed_participles_noun_is_its_target_and_its_agent_its_source(lang: str) -> None:
    rows, noun, agent = APPOSED[lang]
    doc = built(lang, rows, {3: PARTICIPLE})
    roles = apposed_participle_roles(doc[3], load_event_lexicon(lang))
    assert roles is not None
    assert [t.text for t in roles[0]] == [agent] and [t.text for t in roles[1]] == [noun]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_participle_that_is_no_past_participle_is_no_apposed_passive(lang: str) -> None:
    rows, _, _ = APPOSED[lang]
    doc = built(lang, rows, {3: "VerbForm=Part"})  # a present participle ("the town, shelling …") acts
    assert apposed_participle_roles(doc[3], load_event_lexicon(lang)) is None


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
    ("en", "The arrest of the mayor of Arequipa sparked protests.", "mayor"),
    ("fr", "L'arrestation du maire d'Arequipa a provoqué des manifestations.", "maire"),
])
def test_a_title_over_a_place_is_its_holder_of_the_places_country(parse: Parse, lang: str, text: str,
                                                                    title: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and title in event.target.name and event.target.country == "PER"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The village, shelled by Russian aircraft, is now empty."),
    ("fr", "Le village, bombardé par l'aviation russe, est désormais vide."),
])
def test_an_apposed_participle_event_has_its_doer(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.country == "RUS"


@pytest.mark.parametrize(("lang", "text", "doer"), [
    ("en", "The losing candidate conceded defeat late on Sunday.", "candidate"),
    ("fr", "Le candidat a concédé sa défaite dimanche soir.", "candidat"),
])
def test_a_person_by_function_is_the_doer(parse: Parse, lang: str, text: str, doer: str) -> None:
    events = [e for e in events_of(parse, lang, text) if e.type == "CONCEDE"]
    assert events and events[0].source is not None and doer in events[0].source.name
