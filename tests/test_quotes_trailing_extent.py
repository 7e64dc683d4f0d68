"""What reported speech takes in after its clause, and that-less clauses the parse read as an object: a condition
or an absolute construction right after the content, wherever the parse hung it (extent.py), and a reported
clause whose subject carries a contact relative clause (contact_clauses.py).

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import Parse, quotes_of


def reported(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]


def test_condition_hung_on_the_verb_above_the_attribution_is_said(parse: Parse) -> None:
    text = ("And he echoed Senator Bernie Sanders, who told a local radio on Monday that the bill could be blocked "
            "if it reaches the Senate next month.")
    assert reported(parse, "en", text) == [
        ("the bill could be blocked if it reaches the Senate next month", "Bernie Sanders")]


AFTER_A_COMMA = {
    "fr": ("Le ministre Paul Martin a affirmé que l'économie se redresserait, si le Parlement adopte le budget.",
           "l'économie se redresserait, si le Parlement adopte le budget", "Paul Martin"),
    "en": ("Governor Paul Hart said the economy would recover, if the legislature passes the budget.",
           "the economy would recover, if the legislature passes the budget", "Paul Hart"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_condition_after_a_comma_is_said(parse: Parse, lang: str) -> None:
    text, said, speaker = AFTER_A_COMMA[lang]
    assert reported(parse, lang, text) == [(said, speaker)]


def test_whether_clause_after_a_reported_infinitive_is_said(parse: Parse) -> None:
    text = ("Governor Paul Hart urged the company to negotiate with its workers on a settlement, whether it "
            "involves higher wages or shorter hours.")
    said = reported(parse, "en", text)
    assert len(said) == 1 and said[0][0].startswith("to negotiate with its workers")
    assert "whether it involves" in said[0][0]


def test_absolute_construction_hung_on_the_relaying_verb_is_said(parse: Parse) -> None:
    text = ("The BBC quoted the transport minister, Anna Berg, as saying 40 trains had been cancelled, with 60 more "
            "still being checked.")
    assert reported(parse, "en", text) == [
        ("40 trains had been cancelled, with 60 more still being checked", "Anna Berg")]


def test_narrators_clause_after_the_content_is_not_taken_in(parse: Parse) -> None:
    text = "Joe Biden said the economy would recover, while Republicans warned of a slowdown."
    said = [q for q in reported(parse, "en", text) if q[1] == "Joe Biden"]
    assert said == [("the economy would recover", "Joe Biden")]


@pytest.mark.parametrize("text", [
    "Joe Biden said the deal both sides signed in May had collapsed.",
    "Joe Biden said the treaty the two countries had signed after the war had expired.",
])
def test_that_less_clause_read_as_an_object_is_reported(parse: Parse, text: str) -> None:
    said = text.split(" said ", 1)[1].rstrip(".")
    assert reported(parse, "en", text) == [(said, "Joe Biden")]


@pytest.mark.parametrize("text", [
    "Joe Biden said the words he had prepared.",
    "Joe Biden said the prayer his mother had taught him when he was young.",
])
def test_object_with_a_relative_clause_is_not_a_report(parse: Parse, text: str) -> None:
    assert reported(parse, "en", text) == []


def test_negated_participle_inside_the_content_is_said(parse: Parse) -> None:
    text = ("Joe Biden spoke for ten minutes. He also maintained that the city should spend on buses, not widening "
            "roads, and mocked the critics.")
    assert reported(parse, "en", text) == [
        ("the city should spend on buses, not widening roads", "Joe Biden")]


def test_participle_adding_more_ends_the_content(parse: Parse) -> None:
    text = "Joe Biden said the economy had grown, adding that inflation was falling."
    said = reported(parse, "en", text)
    assert ("the economy had grown", "Joe Biden") in said
