"""The reader's impersonal frame citing a document ("…, peut-on lire dans le communiqué de X", "…, as can be read
in the statement from X"): the document's issuer speaks; a document with no issuer gives no speaker.

Every sentence here is written for these tests, with and without a final full stop.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("fr", "Le gouvernement prépare une réforme des retraites, peut-on lire dans le communiqué de l'Élysée.",
     "Le gouvernement prépare une réforme des retraites", "Élysée Palace"),
    ("fr", "Plus de deux millions de personnes ont fui leur foyer, peut-on lire dans un rapport de l'ONU",
     "Plus de deux millions de personnes ont fui leur foyer", "United Nations"),
    ("fr", "Les négociations reprendront lundi, pouvait-on lire dans un communiqué du ministère des Affaires "
           "étrangères", "Les négociations reprendront lundi", "Ministry of Foreign Affairs"),
    ("en", "The government is preparing a pension reform, as can be read in the statement from the ministry.",
     "The government is preparing a pension reform", "the ministry"),
    ("en", "Two million people have fled their homes, as can be read in a United Nations report",
     "Two million people have fled their homes", "United Nations"),
])
def test_issuer_of_the_document_read_in_speaks(parse: Parse, lang: str, text: str, said: str,
                                               speaker: str) -> None:
    quotes = [q for q in parse(lang, text)._.ww_quotes if not q.direct]
    assert [(q.text, q.speaker) for q in quotes] == [(said, speaker)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La situation humanitaire reste très préoccupante, lit-on dans le texte."),  # no issuer named
    ("fr", "La situation humanitaire reste très préoccupante, lit-on dans le texte"),
    ("fr", "Il fera beau demain, peut-on lire dans le journal de Lyon."),  # a newspaper is no document of X's
    ("en", "The situation remains very worrying, as can be read in the text"),
])
def test_document_without_issuer_reports_nothing(parse: Parse, lang: str, text: str) -> None:
    assert [q for q in parse(lang, text)._.ww_quotes if not q.direct] == []
