"""A quotation right after the verb of a noun's relative or participial clause belongs to that noun, not to a
speech verb outside the clause (wirewatch/nlp/quotes/noun_clause_phrases.py).

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.test_quotes import Parse, quotes_of
from wirewatch.nlp.quotes.marks import find_quote_marks
from wirewatch.nlp.quotes.noun_clause_phrases import verb_before

CHANTED = {
    "fr": ("« Nous avons gagné », a déclaré la maire devant une foule qui criait « Unité ».", "Unité"),
    "en": ("\"We have won,\" the mayor told supporters, who chanted \"Justice\" and \"Freedom for all\".",
           "Justice"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_words_of_a_crowd_in_a_relative_clause_are_not_the_speakers(parse: Parse, lang: str) -> None:
    text, chant = CHANTED[lang]
    direct = [q.text for q in quotes_of(parse, lang, text) if q.direct]
    assert chant not in direct and len(direct) == 1


def test_coordinated_quotation_after_a_rejected_one_is_not_the_speakers(parse: Parse) -> None:
    text, _ = CHANTED["en"]
    assert "Freedom for all" not in [q.text for q in quotes_of(parse, "en", text)]


SOURCE_SENTENCE = {
    "fr": ("Le port, visé « plusieurs fois », a été fermé, selon la télévision publique.", "plusieurs fois"),
    "en": ("According to the state broadcaster, the port, hit \"several times\", was closed.", "several times"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_participle_clause_inside_a_sourced_sentence_stays_the_sources(parse: Parse, lang: str) -> None:
    text, words = SOURCE_SENTENCE[lang]
    assert words in [q.text for q in quotes_of(parse, lang, text) if q.direct]


PREPOSITION = {
    "fr": ("L'émissaire a décrit la réunion qui a eu lieu comme « très utile et constructive ».",
           "très utile et constructive"),
    "en": ("The envoy described the talks that took place as \"very useful and constructive\".",
           "very useful and constructive"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotation_after_a_preposition_stays_with_the_speech_verb(parse: Parse, lang: str) -> None:
    text, words = PREPOSITION[lang]
    assert words in [q.text for q in quotes_of(parse, lang, text) if q.direct]


def _doc(words: list[str], pos: list[str]) -> Doc:
    """Words spaced as printed: no space inside the quotation marks."""
    opening = [w == "\"" and words[:k].count("\"") % 2 == 0 for k, w in enumerate(words)]
    spaces = [not opening[k] and not (k + 1 < len(words) and words[k + 1] == "\"" and not opening[k + 1])
              for k in range(len(words))]
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos, heads=[0] * len(words), deps=["dep"] * len(words))


def test_verb_before_skips_coordinated_quotations() -> None:
    doc = _doc(["fans", "chanted", "\"", "A", "\"", "and", "\"", "B", "\""],
               ["NOUN", "VERB", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PUNCT", "PROPN", "PUNCT"])
    spans = find_quote_marks(doc.text)
    last = spans[-1]
    tokens = doc.char_span(last.start, last.end, alignment_mode="expand")
    assert tokens is not None
    quoted = lambda pos: any(s.contains(pos) for s in spans)  # noqa: E731
    verb = verb_before(tokens, last, quoted)
    assert verb is not None and verb.text == "chanted"


def test_verb_before_is_none_after_a_preposition() -> None:
    doc = _doc(["described", "it", "as", "\"", "useful", "\""], ["VERB", "PRON", "ADP", "PUNCT", "ADJ", "PUNCT"])
    spans = find_quote_marks(doc.text)
    tokens = doc.char_span(spans[0].start, spans[0].end, alignment_mode="expand")
    assert tokens is not None
    assert verb_before(tokens, spans[0], lambda pos: spans[0].contains(pos)) is None


PAST_PARTICIPLE = {
    "fr": ("Le sénateur a estimé que la conduite des responsables impliqués « devrait être examinée ».",
           "devrait être examinée"),
    "en": ("Senator Ruiz said \"perhaps\" the conduct of the officials involved \"should be reviewed.\"",
           "should be reviewed."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotation_after_a_past_participle_of_a_noun_stays_the_speakers(parse: Parse, lang: str) -> None:
    text, words = PAST_PARTICIPLE[lang]
    assert words in [q.text for q in quotes_of(parse, lang, text) if q.direct]


SENTENCE_AFTER_A_RELATIVE = {
    "fr": ("Les audits porteront sur la mairie et les logements qui le demandaient. « Ces audits sont le début "
           "d'un long projet », a dit Mme Doyle.", "Ces audits sont le début d'un long projet"),
    "en": ("Audits will cover the town hall and any homes that qualified. \"These audits are the start of a long "
           "project,\" said Ms Doyle.", "These audits are the start of a long project"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_relative_clause_ending_the_previous_sentence_owns_no_quotation(parse: Parse, lang: str) -> None:
    text, words = SENTENCE_AFTER_A_RELATIVE[lang]
    assert words in [q.text for q in quotes_of(parse, lang, text) if q.direct]
