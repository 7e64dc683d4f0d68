"""Reported speech that frames quoted fragments: a speech verb whose object holds quoted words reports that object
(with what completes it) as content, and the quoted words stay direct quotes.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.test_quotes import Parse, quotes_of
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.quoted_object import quoted_object

FRAMED = {
    "fr": ("La maire Hélène Varenne a dénoncé un « sabotage organisé » et une « trahison ».",
           "un « sabotage organisé » et une « trahison »"),
    "en": ("Mayor Helen Varenne denounced a \"cynical sabotage\" and a \"betrayal\".",
           "a \"cynical sabotage\" and a \"betrayal\""),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speech_verb_object_framing_quoted_words_is_reported(parse: Parse, lang: str) -> None:
    text, said = FRAMED[lang]
    reported = [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]
    assert reported == [(said, "Hélène Varenne" if lang == "fr" else "Helen Varenne")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_fragment_inside_a_framed_object_stays_a_direct_quote(parse: Parse, lang: str) -> None:
    text, _ = FRAMED[lang]
    direct = [q.text for q in quotes_of(parse, lang, text) if q.direct]
    assert ("sabotage organisé" if lang == "fr" else "cynical sabotage") in direct


UNQUOTED = {
    "fr": "La maire Hélène Varenne a dénoncé le sabotage organisé du quartier du port.",
    "en": "Mayor Helen Varenne denounced the organised sabotage of the harbour district.",
}


NARRATED_THING = {
    "fr": "La maire Hélène Varenne a dénoncé un « sabotage organisé » dans le quartier du port.",
    "en": "Mayor Helen Varenne denounced a \"cynical sabotage\" in the harbour district.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_object_with_words_of_the_narrator_reports_nothing(parse: Parse, lang: str) -> None:
    assert [q for q in quotes_of(parse, lang, NARRATED_THING[lang]) if not q.direct] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_object_without_quoted_words_reports_nothing(parse: Parse, lang: str) -> None:
    assert quotes_of(parse, lang, UNQUOTED[lang]) == []


def _verb_doc(frame: str) -> tuple[Doc, Callable[[int], bool]]:
    """"Officials urged <frame> to "leave now"" parsed by hand: urged → dobj, xcomp leave."""
    words = ["Officials", "urged", frame, "to", "\"", "leave", "now", "\"", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 5, 5, 1],
              deps=["nsubj", "ROOT", "dobj", "aux", "punct", "xcomp", "advmod", "punct", "punct"],
              pos=["NOUN", "VERB", "NOUN" if frame != "all" else "DET", "PART", "PUNCT", "VERB", "ADV", "PUNCT",
                   "PUNCT"],
              morphs=["", "VerbForm=Fin", "", "", "", "VerbForm=Inf", "", "", ""])
    opening, closing = doc[4].idx, doc[7].idx
    return doc, (lambda char: opening < char < closing)


@pytest.mark.parametrize(("frame", "reported"), [("all", True), ("residents", False)])
def test_object_and_complement_are_reported_only_when_the_object_adds_no_word_of_its_own(
        frame: str, reported: bool) -> None:
    doc, quoted = _verb_doc(frame)
    g = QuoteGrammar.load("en")
    span = quoted_object(g, doc[1], doc[:], quoted, lambda a, b: (doc[a].idx, doc[b].idx + len(doc[b].text)))
    assert span == ((doc[2].idx, doc[7].idx + 1) if reported else None)


NOUN_CLAUSE = {
    "fr": ("Le sénateur Paul Marchetti a été élu en 2019. Ses partisans ont repris son affirmation selon laquelle "
           "le scrutin serait « truqué » dès le départ.", "le scrutin serait « truqué » dès le départ"),
    "en": ("Senator Paul Marchetti was elected in 2019. His supporters repeated his claim that the count would be "
           "\"rigged\" from the start.", "the count would be \"rigged\" from the start"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speech_noun_clause_is_reported_speech_of_its_possessor(parse: Parse, lang: str) -> None:
    text, said = NOUN_CLAUSE[lang]
    reported = [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]
    assert reported == [(said, "Paul Marchetti")]


OWNERLESS = {
    "fr": "Les enquêteurs ont examiné l'affirmation selon laquelle le scrutin serait truqué dès le départ.",
    "en": "Investigators examined the claim that the count would be rigged from the start.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speech_noun_without_possessor_reports_nothing(parse: Parse, lang: str) -> None:
    assert [q for q in quotes_of(parse, lang, OWNERLESS[lang]) if not q.direct] == []


def test_relative_clause_of_a_speech_noun_is_not_reported(parse: Parse) -> None:
    text = "Senator Paul Marchetti was elected in 2019. Reporters checked his claim that he made on television."
    assert [q for q in quotes_of(parse, "en", text) if not q.direct] == []


def test_clause_set_off_after_a_speech_noun_clause_is_not_reported(parse: Parse) -> None:
    text = ("Senator Paul Marchetti was elected in 2019. His supporters repeated his claim that the count was rigged, "
            "angering election officials across the state.")
    reported = [q.text for q in quotes_of(parse, "en", text) if not q.direct]
    assert reported == ["the count was rigged"]


def test_speech_noun_does_not_attribute_a_quotation_outside_its_clause(parse: Parse) -> None:
    text = ("Senator Paul Marchetti was elected in 2019. Governor Ann Kowalski mocked his claim that the count was "
            "rigged and said: \"We will count every ballot twice.\"")
    direct = [(q.text, q.speaker) for q in quotes_of(parse, "en", text) if q.direct]
    assert direct == [("We will count every ballot twice.", "Ann Kowalski")]


def test_speech_noun_clause_that_is_all_quotation_is_only_a_direct_quote(parse: Parse) -> None:
    text = ("Senator Paul Marchetti was elected in 2019. He repeated his claim that the \"count was rigged from the "
            "start.\"")
    assert [q.text for q in quotes_of(parse, "en", text) if not q.direct] == []
