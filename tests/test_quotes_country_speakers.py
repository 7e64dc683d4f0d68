"""A country named alone as the speaker (« Les États-Unis ont affirmé … ») is the country, not the one body of it
whose name holds the country's name (« Cour suprême des États-Unis »).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Les États-Unis ont affirmé que l'accord était mort.", "United States"),
    ("fr", "Selon les Etats-Unis, l'accord est mort.", "United States"),
    ("en", "The United States said the deal was dead.", "United States"),
])
def test_a_country_named_alone_speaks_itself_not_a_body_whose_name_holds_it(
        parse: Parse, lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [speaker]
