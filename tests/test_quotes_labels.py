"""Speaker labels ("Name: what they said", transcript turns) and quotation marks written as two marks (''…'').

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.quotes.marks import find_quote_marks

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in parse(lang, text)._.ww_quotes]


# -- a headline or line opening on a speaker ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Ann Marks: The new levy will not pass this year\n\nThe council met on Monday.",
     "The new levy will not pass this year"),
    ("fr", "Ann Marks : la nouvelle taxe ne passera pas cette année\n\nLe conseil s'est réuni lundi.",
     "la nouvelle taxe ne passera pas cette année"),
])
def test_a_line_opening_on_a_person_and_a_colon_is_what_they_said(parse: Parse, lang: str, text: str,
                                                                   said: str) -> None:
    assert ("Ann Marks", said) in quotes_of(parse, lang, text)


@pytest.mark.parametrize("final", [".", ""])
@pytest.mark.parametrize(("lang", "text", "closing", "speaker", "outlet"), [
    ("en", "Tomas Brandl told the BBC: “The port stays shut until we get a deal", "”", "Tomas Brandl", "BBC"),
    ("en", "Brandl told Reuters: “The port stays shut until we get a deal", "”", "Brandl", "Reuters"),
    ("fr", "Tomas Brandl confie à Reuters : « Le port reste fermé tant qu'il n'y a pas d'accord", " »", "Tomas Brandl",
     "Reuters"),
])
def test_an_outlet_before_a_colon_after_a_speech_verb_is_no_label(parse: Parse, lang: str, text: str, closing: str,
                                                                  speaker: str, outlet: str, final: str) -> None:
    # the words before the colon are a clause: its subject speaks, the outlet it was told to is the channel
    found = [(q.speaker, q.channel) for q in parse(lang, text + final + closing)._.ww_quotes]
    assert found == [(speaker, outlet)]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Ann Marks: The new levy will not pass this year. The council met on Monday to discuss the budget.",
     "The new levy will not pass this year"),
    ("fr", "Ann Marks : la nouvelle taxe ne passera pas cette année. Le conseil s'est réuni lundi sur le budget.",
     "la nouvelle taxe ne passera pas cette année"),
])
def test_a_headline_statement_ends_with_its_sentence(parse: Parse, lang: str, text: str, said: str) -> None:
    assert [q.text.rstrip(".") for q in parse(lang, text)._.ww_quotes if q.speaker == "Ann Marks"] == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Oslo: A large fire destroyed three warehouses near the harbour overnight."),
    ("fr", "Oslo : un important incendie a détruit trois entrepôts près du port cette nuit."),
    ("en", "Source: the regional fire brigade and the harbour police"),
    ("fr", "Source : les pompiers de la région et la police du port"),
])
def test_a_place_or_a_rubric_before_a_colon_says_nothing(parse: Parse, lang: str, text: str) -> None:
    assert quotes_of(parse, lang, text) == []


# -- transcripts ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "turns"), [
    ("en", "MR. LANE: We will vote against the levy. MODERATOR: Thank you, one more question from the floor.",
     [("We will vote against the levy.", "MR. LANE"), ("Thank you, one more question from the floor.", "MODERATOR")]),
    ("fr", "INTERVENANT : Nous voterons contre cette taxe. MODÉRATRICE : Merci, une dernière question dans la salle.",
     [("Nous voterons contre cette taxe.", "INTERVENANT"),
      ("Merci, une dernière question dans la salle.", "MODÉRATRICE")]),
])
def test_each_transcript_turn_is_said_by_its_label(parse: Parse, lang: str, text: str,
                                                   turns: list[tuple[str, str]]) -> None:
    got = {said: speaker for speaker, said in quotes_of(parse, lang, text)}
    for said, label in turns:
        assert said in got and label in (got[said] or "")


def test_capitals_before_a_colon_without_a_role_are_not_a_transcript_label(parse: Parse) -> None:
    text = "The vote was close. UPDATE: The council will meet again on Friday to count the ballots."
    assert all(speaker != "UPDATE" for speaker, _ in quotes_of(parse, "en", text))


# -- two marks for one ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "quoted"), [
    ("''We will not wait,'' Ms. Lane said. ''The vote is on Friday.''", ["We will not wait", "The vote is on Friday."]),
    ("``We will not wait,'' she said.", ["We will not wait"]),
    ("the cause of his ''losses'' is plain", ["losses"]),
])
def test_a_pair_of_marks_written_as_two_quotes_delimits_a_quotation(text: str, quoted: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quote_marks(text)] == quoted


def test_a_quotation_written_with_two_marks_keeps_both_inside_its_outer_span() -> None:
    text = "She said ''no.'' Then she left."
    (q,) = find_quote_marks(text)
    assert text[q.outer_start:q.outer_end] == "''no.''"


def test_a_quotation_written_with_two_marks_is_attributed(parse: Parse) -> None:
    text = "''The harbour will reopen next week,'' Ms. Ann Lane said on Monday."
    assert ("Ann Lane", "The harbour will reopen next week") in quotes_of(parse, "en", text)
