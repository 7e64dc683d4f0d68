"""Attribution forms of news prose in the quote layer: reported speech framing quoted words, French verbs whose
object is what was said, and the attribution forms of French press style.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


FRAMED = {
    "fr": ("La maire Claire Dumont a dit que le plan était « mal conçu, bien trop coûteux et parfaitement inutile ».",
           "le plan était « mal conçu, bien trop coûteux et parfaitement inutile »",
           ["mal conçu, bien trop coûteux et parfaitement inutile"]),
    "en": ("Mayor Claire Dumont said the plan was “badly designed, far too costly and wholly useless”.",
           "the plan was “badly designed, far too costly and wholly useless”",
           ["badly designed, far too costly and wholly useless"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_framing_quoted_words_is_reported_too(parse: Parse, lang: str) -> None:
    """Even when most of its words are quoted: the quotation is also a direct quote of its own."""
    text, reported, direct = FRAMED[lang]
    quotes = quotes_of(parse, lang, text)
    assert [q.text for q in quotes if not q.direct] == [reported]
    assert [q.text for q in quotes if q.direct] == direct


WHOLLY_QUOTED = {
    "fr": "Selon le ministre Paul Renard, « le projet sera abandonné avant l'été ».",
    "en": "According to minister Paul Renard, “the project will be dropped before the summer”.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_that_is_one_quotation_is_the_direct_quote_alone(parse: Parse, lang: str) -> None:
    quotes = quotes_of(parse, lang, WHOLLY_QUOTED[lang])
    assert [q.direct for q in quotes] == [True]


def test_what_qualifier_describes_is_reported(parse: Parse) -> None:
    """"X a qualifié Y de Z": the description is what X said (as English "described Y as Z")."""
    quotes = quotes_of(parse, "fr", "Le ministre Paul Renard a qualifié la réforme de grave erreur politique.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("la réforme de grave erreur politique", "Paul Renard", False)]
