"""Speakers the parse parts from their verb: a subject before an inserted adverbial ("Le ministère a, de son côté,
affirmé que …") and a person noun that takes up a person named earlier ("a déclaré l'élue").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.inserted_adverbials import subject_across_insertion
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


INSERTED = {
    ("fr", "de son côté"): ("Le ministère a, de son côté, affirmé que les classes resteront ouvertes.",
                            "les classes resteront ouvertes", "Le ministère"),
    ("fr", "pour sa part"): ("Le ministère a, pour sa part, affirmé que les classes resteront ouvertes.",
                             "les classes resteront ouvertes", "Le ministère"),
    ("en", "for its part"): ("The ministry has, for its part, said that the classes would stay open.",
                             "the classes would stay open", "The ministry"),
}


@pytest.mark.parametrize(("lang", "adverbial"), list(INSERTED))
def test_an_adverbial_between_subject_and_verb_leaves_the_subject_the_speaker(parse: Parse, lang: str,
                                                                             adverbial: str) -> None:
    text, said, speaker = INSERTED[lang, adverbial]
    assert [(q.text, q.speaker) for q in quotes_of(parse, lang, text)] == [(said, speaker)]


def test_the_subject_of_the_auxiliary_before_the_adverbial_is_the_verbs(bare_fr: Language) -> None:
    words = ["Le", "ministère", "a", ",", "de", "son", "côté", ",", "affirmé", "que", "tout", "va"]
    doc = Doc(bare_fr.vocab, words=words, lemmas=["le", "ministère", "avoir", ",", "de", "son", "côté", ",",
                                                  "affirmer", "que", "tout", "aller"],
              pos=["DET", "NOUN", "AUX", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "PRON", "VERB"],
              heads=[1, 2, 6, 6, 6, 6, 8, 8, 8, 11, 11, 8],
              deps=["det", "nsubj", "dep", "punct", "case", "det", "obl:mod", "punct", "ROOT", "mark", "nsubj",
                    "ccomp"])
    subject = subject_across_insertion(QuoteLexicon.load("fr").grammar, doc[8], doc[0:len(doc)])
    assert subject is not None and subject.text == "ministère"


AGE_NOUNS = {
    "fr": ("Paul Renard, 45 ans, tient un garage. « Je ne partirai pas », a expliqué le quadragénaire.", "Paul Renard"),
    "en": ('Paul Renard, 45, runs a garage. "I will not leave," the 45-year-old said.', "Paul Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_age_noun_speaks_for_the_person_named_before(parse: Parse, lang: str) -> None:
    text, speaker = AGE_NOUNS[lang]
    assert [q.speaker for q in quotes_of(parse, lang, text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Marie Lebrun dirige la mairie depuis six ans. « Nous ne fermerons aucune classe », a déclaré l'élue.",
    "Marie Lebrun dirige la mairie depuis six ans. L'élue a affirmé que la commune ne fermera aucune classe.",
])
def test_a_person_noun_speaks_for_the_person_named_before(parse: Parse, text: str) -> None:
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == ["Marie Lebrun"]


def test_a_person_noun_with_nobody_named_before_is_no_speaker_name(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "« Nous ne fermerons aucune classe », a déclaré l'élue.")
    assert [(q.text, q.speaker) for q in quotes] == [("Nous ne fermerons aucune classe", None)]
