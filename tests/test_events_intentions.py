"""Acts named as the content of a plan or an intention (``intentions``): PLOVER codes the intent, not the act.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.intentions import intended
from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor unveiled a plan for mass arrests of looters in the port city."),
    ("fr", "Le gouverneur a dévoilé un projet d'arrestations massives de pillards dans la ville portuaire."),
])
def test_a_planned_arrest_is_no_arrest(parse: Parse, lang: str, text: str) -> None:
    assert all(e.type != "COERCE" or e.modality != "asserted" for e in events_of(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds rallied outside the ministry against the government's plan for mass arrests of migrants."),
    ("fr", "Des centaines de personnes ont manifesté devant le ministère contre le projet d'arrestations massives "
           "de migrants."),
])
def test_a_planned_act_a_protest_is_against_is_its_content(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["PROTEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested dozens of rioters in the port city on Monday."),
    ("fr", "La police a arrêté des dizaines d'émeutiers lundi dans la ville portuaire."),
])
def test_an_arrest_told_as_done_stays(parse: Parse, lang: str, text: str) -> None:
    assert [e.modality for e in events_of(parse, lang, text) if e.type == "COERCE"] == ["asserted"]


def lexicon_for(lang: str) -> EventLexicon:
    return load_event_lexicon(lang)


# "a plan for arrests" / "a report on arrests": the plan noun's preposition governs the act
@pytest.mark.parametrize(("head_noun", "expected"), [("plan", "future"), ("report", None)])
def test_an_act_under_a_plan_nouns_preposition_is_intended(head_noun: str, expected: str | None) -> None:
    doc = Doc(spacy.blank("en").vocab, words=["a", head_noun, "for", "arrests"], heads=[1, 1, 1, 2],
              deps=["det", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "ADP", "NOUN"],
              lemmas=["a", head_noun, "for", "arrest"])
    assert intended(doc[3], lexicon_for("en")) == expected


# "le projet d'expulsion" (UD: the act is a nmod of the plan noun, "de" its case marker)
@pytest.mark.parametrize(("head_noun", "expected"), [("projet", "future"), ("bilan", None)])
def test_an_act_complementing_a_french_plan_noun_is_intended(head_noun: str, expected: str | None) -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["le", head_noun, "d'", "expulsion"], heads=[1, 1, 3, 1],
              deps=["det", "ROOT", "case", "nmod"], pos=["DET", "NOUN", "ADP", "NOUN"],
              lemmas=["le", head_noun, "de", "expulsion"])
    assert intended(doc[3], lexicon_for("fr")) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army is preparing to attack the city."),
    ("fr", "L'armée s'apprête à attaquer la ville."),
    ("fr", "Les rebelles projettent de s'emparer de l'aéroport."),
])
def test_an_attack_prepared_or_planned_is_a_threat_not_an_assault(parse: Parse, lang: str, text: str) -> None:
    assert [(e.type, e.modality) for e in events_of(parse, lang, text)] == [("THREATEN", "future")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police said the suspects had been plotting attacks on churches in Lagos"),
    ("en", "The cell conspired to bomb a stadium in Kampala, prosecutors said"),
    ("fr", "Selon la police, les suspects complotaient des attentats contre des églises à Lagos"),
])
def test_an_attack_plotted_is_no_attack_done(parse: Parse, lang: str, text: str) -> None:
    assert all(e.type != "ASSAULT" or e.modality != "asserted" for e in events_of(parse, lang, text))
