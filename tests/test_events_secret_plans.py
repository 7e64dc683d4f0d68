"""A forceful act told as planned in a past tense is a plan found out, no threat and no act (``secret_plans``);
a plan told in the present is an expressed intent, a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.secret_plans import planned_in_the_past


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police said the militants were planning an attack on a church in Lahore"),
    ("en", "Police said the militants were planning an attack on a church in Lahore."),
    ("en", "The gang had been preparing to storm the prison in Nairobi, officials said."),
    ("fr", "Selon la police, les militants préparaient un attentat contre une église de Lyon"),
    ("fr", "Selon la police, les militants préparaient un attentat contre une église de Lyon."),
    ("fr", "Le groupe planifiait l'enlèvement d'un homme d'affaires à Marseille."),
])
def test_a_plan_told_in_the_past_is_no_threat_and_no_act(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == []


@pytest.mark.parametrize("text", [
    "Rebels are planning an offensive on the capital",
    "Rebels are planning an offensive on the capital.",
])
def test_a_plan_told_in_the_present_is_a_threat(parse: Parse, text: str) -> None:
    assert [e.type for e in events_of(parse, "en", text)] == ["THREATEN"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers killed two militants who were planning to attack a checkpoint"),
    ("en", "Soldiers killed two militants who were planning to attack a checkpoint."),
    ("fr", "Les soldats ont tué deux militants qui préparaient une attaque contre un poste de contrôle."),
])
def test_the_act_done_to_the_planners_stays(parse: Parse, lang: str, text: str) -> None:
    assert [(e.type, e.modality) for e in events_of(parse, lang, text)] == [("ASSAULT", "asserted")]


# "they were planning an attack" / "they are planning an attack": the auxiliary's tense decides
@pytest.mark.parametrize(("auxiliary", "tense", "expected"), [("were", "Past", True), ("are", "Pres", False)])
def test_the_tense_of_the_planning_verb_decides(auxiliary: str, tense: str, expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=["they", auxiliary, "planning", "an", "attack"],
              heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "det", "dobj"],
              pos=["PRON", "AUX", "VERB", "DET", "NOUN"], lemmas=["they", "be", "plan", "an", "attack"],
              morphs=["", f"Tense={tense}|VerbForm=Fin", "Aspect=Prog|Tense=Pres|VerbForm=Part", "", ""])
    assert planned_in_the_past(doc[4], load_event_lexicon("en")) is expected


def test_a_clause_beside_the_plan_is_not_planned() -> None:
    """"they blew themselves up; they were planning …": a clause the parser hangs on the planning verb is no
    object or infinitive of it."""
    doc = Doc(spacy.blank("en").vocab, words=["they", "blew", "up", ";", "they", "were", "planning", "attacks"],
              heads=[1, 6, 1, 6, 6, 6, 6, 6], deps=["nsubj", "ccomp", "prt", "punct", "nsubj", "aux", "ROOT", "dobj"],
              pos=["PRON", "VERB", "ADP", "PUNCT", "PRON", "AUX", "VERB", "NOUN"],
              lemmas=["they", "blow", "up", ";", "they", "be", "plan", "attack"],
              morphs=["", "Tense=Past|VerbForm=Fin", "", "", "", "Tense=Past|VerbForm=Fin",
                      "Aspect=Prog|Tense=Pres|VerbForm=Part", ""])
    assert planned_in_the_past(doc[1], load_event_lexicon("en")) is False


@pytest.mark.parametrize("text", [
    "Les syndicats prévoient une grève jeudi à Paris.",
    "Les syndicats ont prévu une grève jeudi à Paris.",
])
def test_an_act_scheduled_with_prevoir_is_expected_whatever_the_tense(parse: Parse, text: str) -> None:
    """« prévoir » schedules an act (the class expectation): told in a past tense it is still announced, not a plan
    found out, so it keeps its hypothetical reading."""
    assert [e.modality for e in events_of(parse, "fr", text)] == ["hypothetical"]
