"""Acts not (yet) done and dates that are not the event's: an effort or a schedule governing the trigger ("struggled
to form alliances", "were set to meet", "s'efforcent de conquérir") tells no event; a date inside a relative clause
the trigger is outside of ("the minister, who took office in 2015, was arrested") is not the event's date.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.context import in_other_relative_clause
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.modality import unaccomplished

Parse = Callable[..., Doc]
PUBLISHED = "2025-03-12"


EFFORT = {
    "en": hand_doc("en", ["Parties", "struggled", "to", "form", "alliances"], [1, 1, 3, 1, 3],
                   ["nsubj", "ROOT", "aux", "xcomp", "dobj"], ["NOUN", "VERB", "PART", "VERB", "NOUN"],
                   ["party", "struggle", "to", "form", "alliance"]),
    "fr": hand_doc("fr", ["Les", "troupes", "peinent", "à", "conquérir", "la", "ville"], [1, 2, 2, 4, 2, 6, 4],
                   ["det", "nsubj", "ROOT", "mark", "xcomp", "det", "obj"],
                   ["DET", "NOUN", "VERB", "ADP", "VERB", "DET", "NOUN"],
                   ["le", "troupe", "peiner", "à", "conquérir", "le", "ville"],
                   ["", "", "", "", "VerbForm=Inf", "", ""]),
}
SCHEDULE = {
    "en": hand_doc("en", ["Envoys", "were", "set", "to", "meet", "Friday"], [2, 2, 2, 4, 2, 4],
                   ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "npadvmod"],
                   ["NOUN", "AUX", "VERB", "PART", "VERB", "PROPN"], ["envoy", "be", "set", "to", "meet", "Friday"]),
    "fr": hand_doc("fr", ["Les", "chefs", "sont", "censés", "signer", "l'", "accord"], [1, 3, 3, 3, 3, 6, 4],
                   ["det", "nsubj", "cop", "ROOT", "xcomp", "det", "obj"],
                   ["DET", "NOUN", "AUX", "ADJ", "VERB", "DET", "NOUN"],
                   ["le", "chef", "être", "censé", "signer", "le", "accord"],
                   ["", "", "", "", "VerbForm=Inf", "", ""]),
}
ATTEMPT = {  # an attempted act is done: "tried to storm", "ont tenté de prendre"
    "en": hand_doc("en", ["Rebels", "tried", "to", "storm", "the", "base"], [1, 1, 3, 1, 5, 3],
                   ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"], ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                   ["rebel", "try", "to", "storm", "the", "base"]),
    "fr": hand_doc("fr", ["Les", "rebelles", "ont", "tenté", "de", "prendre", "la", "base"], [1, 3, 3, 3, 5, 3, 7, 5],
                   ["det", "nsubj", "aux:tense", "ROOT", "mark", "xcomp", "det", "obj"],
                   ["DET", "NOUN", "AUX", "VERB", "ADP", "VERB", "DET", "NOUN"],
                   ["le", "rebelle", "avoir", "tenter", "de", "prendre", "le", "base"],
                   ["", "", "", "", "", "VerbForm=Inf", "", ""]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_effort_makes_its_act_hypothetical(lang: str) -> None:
    doc = EFFORT[lang]
    assert unaccomplished(doc[len(doc) - 1 if lang == "en" else 4], load_event_lexicon(lang)) == "hypothetical"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_schedule_makes_its_act_future(lang: str) -> None:
    assert unaccomplished(SCHEDULE[lang][4], load_event_lexicon(lang)) == "future"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_attempted_act_is_done(lang: str) -> None:
    doc = ATTEMPT[lang]
    assert unaccomplished(doc[3 if lang == "en" else 5], load_event_lexicon(lang)) is None


def test_a_schedule_word_with_an_object_is_no_schedule() -> None:
    doc = hand_doc("en", ["They", "set", "the", "crews", "to", "repair", "it"], [1, 1, 3, 1, 5, 1, 5],
                   ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj"],
                   ["PRON", "VERB", "DET", "NOUN", "PART", "VERB", "PRON"],
                   ["they", "set", "the", "crew", "to", "repair", "it"])
    assert unaccomplished(doc[5], load_event_lexicon("en")) is None


RELATIVE = {  # the minister, who took office in 2015, was arrested
    "en": hand_doc("en", ["The", "minister", ",", "who", "took", "office", "in", "2015", ",", "was", "arrested"],
                   [1, 10, 1, 4, 1, 4, 4, 6, 1, 10, 10],
                   ["det", "nsubjpass", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "punct", "auxpass", "ROOT"],
                   ["DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "ADP", "NUM", "PUNCT", "AUX", "VERB"],
                   ["the", "minister", ",", "who", "take", "office", "in", "2015", ",", "be", "arrest"]),
    "fr": hand_doc("fr", ["Le", "ministre", ",", "qui", "a", "pris", "ses", "fonctions", "en", "2015", ",", "a", "été",
                          "arrêté"],
                   [1, 13, 1, 5, 5, 1, 7, 5, 9, 7, 13, 13, 13, 13],
                   ["det", "nsubj:pass", "punct", "nsubj", "aux:tense", "acl:relcl", "det", "obj", "case", "nmod",
                    "punct", "aux:tense", "aux:pass", "ROOT"],
                   ["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NUM", "PUNCT", "AUX", "AUX",
                    "VERB"],
                   ["le", "ministre", ",", "qui", "avoir", "prendre", "son", "fonction", "en", "2015", ",", "avoir",
                    "être", "arrêter"]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_date_in_a_relative_clause_is_not_the_events(lang: str) -> None:
    doc = RELATIVE[lang]
    year = next(t for t in doc if t.text == "2015")
    assert in_other_relative_clause(year.idx, year.idx + 4, doc[len(doc) - 1])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_date_in_the_triggers_own_relative_clause_is_its(lang: str) -> None:
    doc = RELATIVE[lang]
    year = next(t for t in doc if t.text == "2015")
    took = next(t for t in doc if t.dep_ in ("relcl", "acl:relcl"))
    assert not in_other_relative_clause(year.idx, year.idx + 4, took)


def test_a_date_in_a_relative_clause_on_the_trigger_is_its() -> None:
    doc = hand_doc("en", ["the", "raid", "that", "killed", "nine", "on", "Friday"], [1, 1, 3, 1, 3, 3, 5],
                   ["det", "ROOT", "nsubj", "relcl", "dobj", "prep", "pobj"],
                   ["DET", "NOUN", "PRON", "VERB", "NUM", "ADP", "PROPN"],
                   ["the", "raid", "that", "kill", "nine", "on", "Friday"])
    friday = doc[6]
    assert not in_other_relative_clause(friday.idx, friday.idx + 6, doc[1])


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The two foreign ministers were set to meet on Friday with the delegation.", "CONSULT"),
    ("fr", "Les deux ministres sont censés se rencontrer vendredi à Genève.", "CONSULT"),
    ("en", "Government troops struggled to capture the rebel town.", "ASSAULT"),
    ("fr", "Les forces du régime s'efforcent de conquérir la ville rebelle.", "ASSAULT"),
])
def test_an_act_not_yet_done_is_no_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police said they had arrested the mayor, who took office in 2015."),
    ("fr", "Le maire, qui avait pris ses fonctions en 2015, a été arrêté par la police."),
])
def test_an_arrest_is_not_dated_by_its_targets_past(parse: Parse, lang: str, text: str) -> None:
    events = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == "COERCE"]
    assert events and all(e.date != "2015" for e in events)
