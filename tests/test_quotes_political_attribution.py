"""Attribution constructions of political reporting: a speech noun whose possessor or agent is a named speaker
("Biden's claim that …", "the claim by Macron that …"), a speech noun the parse made the root of a whole sentence,
a present participle between commas that is no attribution incise ("X, speaking in Ohio, said …"), and the
question put to someone ("Asked whether …, X said …"), which is not what they said.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def reported(parse: Parse, lang: str, text: str) -> list[Quote]:
    return [q for q in parse(lang, text)._.ww_quotes if not q.direct]


# -- a speech noun's named possessor or agent speaks, by its entity's name -------------------------------------
@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("en", "Biden's assertion that inflation had peaked was disputed.", "inflation had peaked", "Joe Biden"),
    ("en", "Mr. Biden's claim that the border was secure was false.", "the border was secure", "Joe Biden"),
    ("en", "Macron's promise that taxes would fall was broken.", "taxes would fall", "Emmanuel Macron"),
    ("en", "The claim by Macron that the deal was done proved premature.", "the deal was done", "Emmanuel Macron"),
    ("en", "The assertion by Scholz that the budget was balanced was challenged in parliament.",
     "the budget was balanced", "Olaf Scholz"),
    ("fr", "L'avertissement de Macron que l'Europe pourrait mourir a choqué.", "l'Europe pourrait mourir",
     "Emmanuel Macron"),
])
def test_a_speech_noun_is_said_by_the_entity_its_possessor_names(parse: Parse, lang: str, text: str, said: str,
                                                                 speaker: str) -> None:
    assert [(q.text, q.speaker) for q in reported(parse, lang, text)] == [(said, speaker)]


@pytest.mark.parametrize("text", [
    "Critics rejected the claim that the vote was rigged.",
    "The claim that the vote was rigged spread online.",
])
def test_a_speech_noun_with_no_possessor_reports_nothing(parse: Parse, text: str) -> None:
    assert all(q.text != "the vote was rigged" for q in reported(parse, "en", text))


# -- a speech noun made the root of a full sentence: its clause's extent is unknown ----------------------------
@pytest.mark.parametrize("text", [
    "Scholz's warning that the economy could shrink rattled markets.",
    "The assertion by Biden that the talks had failed surprised diplomats.",
])
def test_a_speech_noun_that_swallowed_its_sentence_verb_reports_nothing(parse: Parse, text: str) -> None:
    assert not any(q.text.endswith(("markets", "diplomats")) for q in reported(parse, "en", text))


def test_a_headline_speech_noun_still_reports_its_clause(parse: Parse) -> None:
    assert [(q.text, q.speaker) for q in reported(parse, "en", "Biden's claim that the border is secure")] \
        == [("the border is secure", "Joe Biden")]


# -- a present participle between commas is no attribution incise ---------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Biden, speaking in Ohio, said jobs were coming back.", "jobs were coming back"),
    ("en", "Scholz, speaking to reporters in Berlin, said the deal was fair.", "the deal was fair"),
    ("fr", "Le ministre, s'exprimant à Lyon, a dit que le plan était prêt.", "le plan était prêt"),
])
def test_a_participle_of_speaking_between_commas_reports_no_sentence(parse: Parse, lang: str, text: str,
                                                                     said: str) -> None:
    assert [q.text for q in reported(parse, lang, text)] == [said]


def test_an_incise_with_a_finite_verb_still_reports_its_sentence(parse: Parse) -> None:
    assert [q.text for q in reported(parse, "en", "The economy, Biden said, was recovering.")] \
        == ["The economy, Biden said, was recovering"]


# -- the question put to someone is not what they said ---------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("Asked whether he would resign, Scholz said he would not.", ["he would not"]),
    ("Biden was asked if the war would end soon.", []),
    ("Asked about the strike, Biden said it was justified.", ["it was justified"]),
])
def test_a_question_asked_of_the_subject_is_not_its_words(parse: Parse, text: str, said: list[str]) -> None:
    assert [q.text for q in reported(parse, "en", text)] == said


def test_the_one_who_asks_a_question_says_it(parse: Parse) -> None:
    assert [(q.text, q.speaker) for q in reported(parse, "en", "Biden asked whether the plan would work.")] \
        == [("the plan would work", "Joe Biden")]


# -- a pronoun goes on from the unnamed speaker who just spoke ---------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("en", "Police arrested Macron's driver on Monday. The spokesman said the arrest was lawful. He added that an "
           "inquiry had been opened.", "an inquiry had been opened", "The spokesman"),
    ("en", "Scholz met Macron in Berlin. A government spokesman said the talks went well. He said a deal was close.",
     "a deal was close", "A government spokesman"),
    ("fr", "La police a arrêté le chauffeur de Macron lundi. Le porte-parole a déclaré que l'arrestation était "
           "légale. Il a ajouté qu'une enquête avait été ouverte.", "une enquête avait été ouverte", "spokesperson"),
])
def test_a_pronoun_goes_on_from_the_unnamed_speaker_before_it(parse: Parse, lang: str, text: str, said: str,
                                                               speaker: str) -> None:
    assert [q.speaker for q in reported(parse, lang, text) if q.text == said] == [speaker]


def test_a_pronoun_after_a_named_speaker_since_takes_up_that_name(parse: Parse) -> None:
    text = ("A government spokesman said the talks went well. Macron told reporters a deal was close. He added that "
            "the text was ready.")
    assert [q.speaker for q in reported(parse, "en", text) if q.text == "the text was ready"] == ["Emmanuel Macron"]


# -- verbs of answering and of manner of speaking report a clause ------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Biden replied that the bill would pass.", "the bill would pass"),
    ("en", "Scholz retorted that the criticism was unfair.", "the criticism was unfair"),
    ("en", "Biden quipped that he was too old to care.", "he was too old to care"),
    ("en", "Macron scoffed that the plan was a fantasy.", "the plan was a fantasy"),
    ("fr", "Macron a rétorqué que la critique était injuste.", "la critique était injuste"),
])
def test_a_verb_of_answering_or_manner_reports_its_clause(parse: Parse, lang: str, text: str, said: str) -> None:
    assert [q.text for q in reported(parse, lang, text)] == [said]


@pytest.mark.parametrize("text", [
    "The army responded with artillery fire, killing five people.",
    "Protesters shouted slogans as the minister left.",
    "Macron commented on the report during a visit to Lyon.",
])
def test_a_verb_of_answering_without_a_clause_reports_nothing(parse: Parse, text: str) -> None:
    assert reported(parse, "en", text) == []
