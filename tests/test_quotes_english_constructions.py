"""English attribution constructions: the infinitive of a commitment or a request, phrasal speech verbs, and a
relative clause that is no attribution incise.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def reported(parse: Parse, text: str) -> list[Quote]:
    return [q for q in parse("en", text)._.ww_quotes if not q.direct]


# -- a promise, a threat or a request reports its infinitive --------------------------------------------------
@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Karl Lind vowed to cut taxes for small firms.", "to cut taxes for small firms", "Karl Lind"),
    ("The governor pledged to honour the water agreement.", "to honour the water agreement", "governor"),
    ("The rebels threatened to seize the port if talks failed.", "to seize the port", "rebels"),
    ("Senator Ruth Amado urged the administration to impose sanctions.", "to impose sanctions", "Ruth Amado"),
    ("Residents begged the council to keep the library open.", "to keep the library open", "Residents"),
])
def test_the_infinitive_of_a_commitment_or_request_is_what_was_said(parse: Parse, text: str, said: str,
                                                                     speaker: str) -> None:
    quotes = reported(parse, text)
    assert any(said in q.text and q.speaker and speaker in q.speaker for q in quotes)


# -- a phrasal speech verb is read with its particle ----------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("Karl Lind pointed out that the law had never been enforced.", "the law had never been enforced"),
    ("The auditor pointed out the contract had expired in May.", "the contract had expired in May"),
])
def test_a_phrasal_speech_verb_reports_its_clause(parse: Parse, text: str, said: str) -> None:
    assert [q.text for q in reported(parse, text)] == [said]


def test_a_phrasal_verb_not_listed_reports_nothing(parse: Parse) -> None:
    assert reported(parse, "The firm carried out the audit in the spring.") == []


# -- a relative clause between commas is not an incise ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Karl Lind, who asked the panel a question about taxes, left early.",
    "The union leader, who told the crowd a story about her father, was cheered.",
])
def test_a_relative_clause_between_commas_reports_nothing_of_its_antecedent(parse: Parse, text: str) -> None:
    antecedent = text.split(",")[0]
    assert all(q.text != antecedent for q in parse("en", text)._.ww_quotes)
