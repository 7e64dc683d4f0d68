"""A reported content never ends inside a word (content_edges.word_end): the English parser takes a curly "n’t"
for punctuation and leaves it out of the clause, which must not lose its negation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.quotes.content_edges import word_end

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("they aren’t here", 8, 11),
    ("they aren't here", 8, 11),
    ("the plan was Biden’s", 18, 20),
    ("they are here", 8, 8),
    ("pro-Russian forces", 3, 3),
])
def test_an_end_inside_a_word_runs_to_the_end_of_the_word(text: str, end: int, expected: int) -> None:
    assert word_end(text, end) == expected


@pytest.mark.parametrize("text", [
    "Joe Biden asked why his allies aren’t here.",
    "Joe Biden said the allies weren’t ready.",
])
def test_a_curly_negation_stays_in_what_was_said(parse: Parse, text: str) -> None:
    reported = [q.text for q in parse("en", text)._.ww_quotes if not q.direct]
    assert reported and all("n’t" in said for said in reported)
