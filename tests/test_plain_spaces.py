"""Odd spaces read like plain ones (``nlp/plain_spaces.py``): a non-breaking, narrow or thin space, a tab or a
run of spaces leaves the text as written but changes neither the parse nor what the layers find in it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.pipeline import load_model
from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

NBSP, NARROW, THIN = "\u00a0", "\u202f", "\u2009"

# Each odd space here stands for one plain space, so the plain text has the same length (the same offsets).
SENTENCES = [
    ("fr", f"Emmanuel Macron a déclaré{NARROW}: «{NARROW}Nous ne céderons pas{NARROW}!{NARROW}» devant les syndicats"
           " à Lyon."),
    ("fr", f"Plus de 10{NARROW}000 personnes ont manifesté à Paris samedi, selon la préfecture."),
    ("fr", f"Le ministre\tde l'Intérieur{NBSP}a annoncé l'arrestation de deux suspects à Marseille."),
    ("fr", f"La police a interpellé{NBSP}dix manifestants à Nantes{NBSP}; trois ont été blessés."),
    ("en", f"\u201cWe will not give up,\u201d{NBSP}Olaf Scholz told reporters in Berlin."),
    ("en", f"Joe{NBSP}Biden said{NBSP}the strike would continue on Monday."),
    ("en", f"Troops shelled the village\tand killed three civilians near{THIN}Kharkiv, officials said."),
    ("en", f"Police in Nairobi arrested{NBSP}twelve protesters on Friday"),  # a headline, no final stop
    ("en", f"Attack in Kabul:{NBSP}ten people killed"),  # the toll after a headline's colon
    ("fr", f"Manifestation à Paris :{NBSP}dix personnes interpellées"),
]

ODD = re.compile(r"[^\S\n]")


def plain(text: str) -> str:
    """Each odd space of ``text`` as a plain one."""
    return ODD.sub(" ", text)


def plain_strings(value: object) -> object:
    """``value`` (a record as JSON data) with the odd spaces of its strings as plain ones."""
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, list):
        return [plain_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: plain_strings(v) for k, v in value.items()}
    return value


def words(doc: Doc) -> list[tuple[str, str, str, str, str, str, str, bool | None]]:
    """What the model made of each word (whitespace tokens left out), its head named by its text."""
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.text, t.lemma_, t.ent_type_, t.is_sent_start)
            for t in doc if not t.is_space]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_sentence_with_odd_spaces_is_parsed_like_its_plain_form(nlp_for: Callable[[str], Language], lang: str,
                                                                  text: str) -> None:
    nlp = nlp_for(lang)
    doc = nlp(text)
    assert doc.text == text  # the text keeps its characters
    assert any(t.is_space for t in doc)
    assert words(doc) == words(nlp(plain(text)))


@pytest.mark.parametrize(("lang", "text", "spaced"), [
    ("fr", "Le président a dit que la grève continuera lundi.", "Le président  a dit   que la grève continuera lundi."),
    ("en", "Police arrested five protesters in Nairobi.", "Police arrested  five protesters in \t Nairobi."),
])
def test_a_run_of_spaces_is_parsed_like_one(nlp_for: Callable[[str], Language], lang: str, text: str,
                                            spaced: str) -> None:
    nlp = nlp_for(lang)
    assert words(nlp(spaced)) == words(nlp(text))


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_sentence_with_odd_spaces_gets_the_records_of_its_plain_form(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    def record(written: str) -> object:
        article = Article(id="a", lang=lang, published="2025-03-04", text=written)
        return plain_strings(extractor.extract_one(article).model_dump(mode="json", exclude={"text"}))

    assert record(text) == record(plain(text))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_whitespace_tokens_read_as_spaces(nlp_for: Callable[[str], Language], lang: str) -> None:
    doc = nlp_for(lang)(f"{NBSP}Scholz{NBSP}{NBSP}a\tb.")
    spaces = [t for t in doc if t.is_space]
    assert [t.text for t in spaces] == [NBSP, NBSP + NBSP, "\t"]
    assert all(t.pos_ == "SPACE" and t.dep_ == "dep" and t.lemma_ == t.text for t in spaces)
    assert [t.head.i for t in spaces] == [1, 1, 3]  # the first word at the start, else the word before


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", f"Macron{NBSP}reçoit Scholz à Paris\nLes deux dirigeants{NBSP}ont signé un accord"),
    ("en", f"Macron{NBSP}meets Scholz in Paris\nThe two leaders{NBSP}signed a deal"),
])
def test_a_line_break_still_opens_a_line(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    nlp = nlp_for(lang)
    doc = nlp(text)
    second = next(t for t in doc if t.text in ("Les", "The"))
    assert second.is_sent_start  # the headline stays a sentence of its own
    assert words(doc) == words(nlp(plain(text)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_model_without_parser_gets_no_arcs_from_the_spaces(settings: Settings, lang: str) -> None:
    nlp = load_model(settings.models[lang], lang, exclude=("parser",))
    text = f"Le{NBSP}ministre a parlé à Lyon. Il{NBSP}partira lundi." if lang == "fr" \
        else f"The{NBSP}minister spoke in Lyon. He{NBSP}leaves on Monday."
    doc = nlp(text)
    assert not doc.has_annotation("DEP")  # no parse half written by the whitespace tokens alone
    assert words(doc) == words(nlp(plain(text)))
