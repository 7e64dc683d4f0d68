"""Views of a Doc shared by the components: each must say what the Token attributes say."""

from __future__ import annotations

import pytest
from spacy.attrs import IS_STOP, IS_TITLE, LOWER
from spacy.language import Language

from wirewatch.nlp.doc_cache import (
    TokenTexts,
    doc_text,
    line_starts,
    remember_text,
    token_flags,
    token_starts,
    tokens_where,
    tokens_with_texts,
)

TEXTS = {
    "fr": "KYIV —\nLes Russes ont frappé Kharkiv mardi.\n\nLe président ukrainien a réagi.",
    "en": "KYIV —\nRussian forces struck Kharkiv on Tuesday.\n\nThe Ukrainian president responded.",
}


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def nlp(lang: str, bare_fr: Language, bare_en: Language) -> Language:
    return {"fr": bare_fr, "en": bare_en}[lang]


def test_token_starts_are_the_token_offsets(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    assert token_starts(doc) == [t.idx for t in doc]


def test_line_starts_are_the_tokens_after_a_line_break(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    assert line_starts(doc) == [t.i for t in doc if t.i == 0 or "\n" in doc[t.i - 1].text_with_ws]


@pytest.mark.parametrize("attr", [IS_TITLE, IS_STOP])
def test_token_flags_are_the_token_attributes(nlp: Language, lang: str, attr: int) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    expected = [t.is_title for t in doc] if attr == IS_TITLE else [t.is_stop for t in doc]
    assert token_flags(doc, attr) == expected


def test_tokens_with_texts_match_case(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    assert [doc[i].text for i in tokens_with_texts(doc, TokenTexts({"Kharkiv", "KYIV", "kharkiv"}))] == [
        "KYIV", "Kharkiv"]


def test_tokens_where_tests_each_word_once(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang] + " " + TEXTS[lang])
    tested: list[str] = []

    def title_cased(word: str) -> bool:
        tested.append(word)
        return word.istitle()

    memo: dict[int, bool] = {}
    assert tokens_where(doc, title_cased, memo) == [t.i for t in doc if t.text.istitle()]
    assert len(tested) == len({t.text for t in doc})


def test_remembered_text_is_the_doc_text(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    remember_text(doc, TEXTS[lang])
    assert doc_text(doc) == doc.text


def test_a_text_of_another_length_is_not_remembered(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    remember_text(doc, TEXTS[lang] + " more")
    assert doc_text(doc) == TEXTS[lang]


def test_tokens_where_reads_another_attribute(nlp: Language, lang: str) -> None:
    doc = nlp.make_doc(TEXTS[lang])
    assert tokens_where(doc, lambda lower: lower == "kyiv", {}, attr=LOWER) == [0]
