"""A full stop followed by an opening quotation mark ends a sentence even where the parser read on: the attribution
of the next quotation (« …, a-t-il ajouté ») does not reach back over the stop and report the first quotation and
its attribution as its own content.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("fr", "« Les négociations avancent », a déclaré Olaf Scholz. « Mais rien n'est acquis », a-t-il ajouté.",
     "Les négociations avancent", "Mais rien n'est acquis"),
    ("fr", "« Les négociations avancent », a estimé Olaf Scholz. « Mais rien n'est acquis », a-t-il ajouté.",
     "Les négociations avancent", "Mais rien n'est acquis"),
    ("en", "\"Talks are progressing,\" Olaf Scholz said. \"But nothing is settled,\" he added.",
     "Talks are progressing", "But nothing is settled"),
])
def test_two_attributed_quotations_in_a_row_are_two_direct_quotes_of_one_speaker(
        parse: Parse, lang: str, text: str, first: str, second: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        (first, True, "Olaf Scholz"), (second, True, "Olaf Scholz")]
