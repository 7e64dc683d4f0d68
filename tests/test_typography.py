"""Typographic variants read like their plain forms (``nlp/typography.py``): a curly apostrophe or a typographic
ellipsis leaves the text as written but no longer changes the parse, nor what the layers find in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.typography import case_forms
from wirewatch.settings import Settings
from wirewatch.stories.deadline_roles import SpacySentenceParser

Parse = Callable[..., Doc]


def curly(text: str) -> str:
    return text.replace("'", "\u2019")


def reading(doc: Doc) -> list[tuple[str, str, str, int, str]]:
    """What the model made of each token (its text left out)."""
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc]


@pytest.mark.parametrize(("lang", "straight"), [
    ("en", "Joe Biden asked why his allies aren't here."),
    ("en", "I'm sure they'd agree, Biden's spokesman told reporters."),
    ("en", "We're ready, we'll go and we've said so, said Scholz."),
    ("en", "Biden's plan wasn't approved by Congress"),  # a headline, no final stop
    ("fr", "Le président a dit qu'il n'y aurait pas d'accord."),
    ("fr", "J'ai dit aujourd'hui que l'État s'engage jusqu'à la fin."),
    ("fr", "C'est l'armée qui a tiré, a déclaré le ministre."),
])
def test_a_curly_apostrophe_is_parsed_like_a_straight_one(nlp_for: Callable[[str], Language], lang: str,
                                                          straight: str) -> None:
    nlp = nlp_for(lang)
    typographic = curly(straight)
    doc = nlp(typographic)
    assert doc.text == typographic  # the text keeps its characters
    assert reading(doc) == reading(nlp(straight))


@pytest.mark.parametrize(("lang", "plain"), [
    ("en", "The talks... ended without a deal."),
    ("fr", "Les discussions... se sont terminées sans accord."),
])
def test_a_typographic_ellipsis_is_parsed_like_three_stops(nlp_for: Callable[[str], Language], lang: str,
                                                           plain: str) -> None:
    nlp = nlp_for(lang)
    doc = nlp(plain.replace("...", "\u2026"))
    assert "\u2026" in [t.text for t in doc]
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in nlp(plain)]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Russia didn\u2019t attack Kyiv, the ministry said.", "ASSAULT"),
    ("Police didn\u2019t arrest the protesters in Nairobi, Kenya\u2019s interior minister said.", "COERCE"),
])
def test_a_curly_negation_negates_the_act(parse: Parse, text: str, event_type: str) -> None:
    events = [e for e in parse("en", text, published="2025-03-12")._.ww_events if e.type == event_type]
    assert [e.modality for e in events] == ["negated"]


def test_a_curly_negation_makes_a_refusal(parse: Parse) -> None:
    doc = parse("en", "\u201cWe won\u2019t negotiate with Moscow,\u201d Zelensky\u2019s adviser said.",
                published="2025-03-12")
    assert [(e.type, e.modality) for e in doc._.ww_events] == [("REJECT", "negated")]


def test_case_forms_derive_the_capitalised_and_upper_case_pairs() -> None:
    assert case_forms("l\u2019", "l'") == [("l\u2019", "l'"), ("L\u2019", "L'")]
    assert case_forms("n\u2019t", "n't") == [("n\u2019t", "n't"), ("N\u2019t", "N't"), ("N\u2019T", "N'T")]


@pytest.mark.parametrize(("lang", "straight"), [
    ("en", "Canada said it won't wait beyond Friday for Norway's answer"),
    ("fr", "Le Canada a donné à la Norvège jusqu'à vendredi pour retirer ses navires."),
])
def test_the_deadline_parser_reads_a_curly_apostrophe_like_a_straight_one(settings: Settings, lang: str,
                                                                          straight: str) -> None:
    parse = SpacySentenceParser(settings.models)
    typographic, plain = parse(curly(straight), lang), parse(straight, lang)
    assert typographic is not None and plain is not None
    assert reading(typographic) == reading(plain)
