"""A reported content keeps a curly negation: the English model took "n’t" for punctuation and left it out of the
clause; read like "n't" (``nlp/typography.py``), it stays in what was said.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize("text", [
    "Joe Biden asked why his allies aren’t here.",
    "Joe Biden said the allies weren’t ready.",
])
def test_a_curly_negation_stays_in_what_was_said(parse: Parse, text: str) -> None:
    reported = [q.text for q in parse("en", text)._.ww_quotes if not q.direct]
    assert reported and all("n’t" in said for said in reported)
