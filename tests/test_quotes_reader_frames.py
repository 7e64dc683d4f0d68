"""The reader's impersonal frame citing a document ("…, peut-on lire dans le communiqué de X", "…, as can be read
in the statement from X"): the document's issuer speaks; a document with no issuer gives no speaker.
And « Pour <group>, … »: a group's view only when what follows is a
judgement (« Pour les enfants, l'école reprendra lundi » says whom it is for).

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


@pytest.mark.parametrize("text", [
    "Pour les enfants, l'école reprendra lundi.",
    "Pour les enfants, l'école reprendra lundi",
    "Pour les habitants, la piscine ouvrira en juin.",
])
def test_pour_a_group_before_an_event_clause_is_whom_it_is_for(parse: Parse, text: str) -> None:
    assert list(parse("fr", text)._.ww_quotes) == []


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Pour les habitants, il faut rouvrir la gare", "il faut rouvrir la gare", "residents"),
    ("Pour les syndicats, la réforme est injuste.", "la réforme est injuste", "unions"),
])
def test_pour_a_group_before_a_judgement_is_their_view(parse: Parse, text: str, said: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in parse("fr", text)._.ww_quotes] == [(said, speaker)]
