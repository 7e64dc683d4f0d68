"""Attribution forms of news prose in the quote layer: reported speech framing quoted words, French verbs whose
object is what was said, and the attribution forms of French press style.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.incises import incise_subject
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import heads_a_clause, own_subject
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


def test_a_present_incise_the_parser_read_as_a_noun_attributes_the_clause_before(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Les négociations sont dans l'impasse, estime Paul Renard, le chef de la "
                                    "diplomatie belge.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("Les négociations sont dans l'impasse", "Paul Renard", False)]


def _doc(bare_fr: Language, words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(bare_fr.vocab, words=words, pos=pos, heads=heads, deps=deps)


@pytest.mark.parametrize(("words", "pos", "subject"), [
    (["Tout", "va", "bien", ",", "estime", "le", "maire", "."],
     ["PRON", "VERB", "ADV", "PUNCT", "NOUN", "DET", "NOUN", "PUNCT"], "le maire"),
    (["Tout", "va", "bien", ",", "note", "Paul", "Renard", ",", "le", "maire", "."],
     ["PRON", "VERB", "ADV", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"], "Paul Renard"),
    (["Il", "a", "lu", "le", "texte", ",", "note", "du", "ministère", "."],
     ["PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT"], None),
    (["Il", "sourit", ",", "estime", "que", "tout", "va", "bien", "."],
     ["PRON", "VERB", "PUNCT", "VERB", "SCONJ", "PRON", "VERB", "ADV", "PUNCT"], None),
])
def test_incise_subject_on_the_surface(bare_fr: Language, words: list[str], pos: list[str],
                                       subject: str | None) -> None:
    doc = _doc(bare_fr, words, pos, [0] * len(words), ["dep"] * len(words))
    verb = next(t for t in doc if t.lower_ in ("estime", "note"))
    found = incise_subject(verb, doc[:])
    assert (found.text if found is not None else None) == subject


def test_a_subject_with_a_subject_of_its_own_heads_a_clause(bare_fr: Language) -> None:
    """"Les pourparlers sont dans l'impasse, estime X" parsed with "impasse" as the subject of "estime"."""
    words = ["Les", "pourparlers", "sont", "dans", "l'", "impasse", ",", "estime", "Paul", "."]
    heads = [1, 5, 5, 5, 5, 7, 7, 7, 7, 7]
    deps = ["det", "nsubj", "cop", "case", "det", "nsubj", "punct", "ROOT", "obj", "punct"]
    pos = ["DET", "NOUN", "AUX", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = _doc(bare_fr, words, pos, heads, deps)
    grammar = QuoteGrammar.load("fr")
    assert heads_a_clause(grammar, doc[5]) and own_subject(grammar, doc[7]) is None


CLEFTS = [
    ("« Personne ne sera oublié. » C'est ce qu'a affirmé jeudi la maire de Nantes, Claire Dumont.",
     ("Personne ne sera oublié.", "Claire Dumont", True)),
    ("Le port restera fermé tout l'hiver. C'est ce qu'a déclaré aux journalistes l'assistant présidentiel, "
     "Paul Renard.",
     ("Le port restera fermé tout l'hiver", "Paul Renard", False)),
]


@pytest.mark.parametrize(("text", "expected"), CLEFTS)
def test_a_cleft_with_an_inverted_subject_attributes_what_comes_before(parse: Parse, text: str,
                                                                      expected: tuple[str, str, bool]) -> None:
    quotes = quotes_of(parse, "fr", text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [expected]


def test_a_speaker_noun_after_selon_is_a_source(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "« Rien n'est décidé », selon l'entourage du président.")
    assert [(q.text, q.speaker) for q in quotes] == [("Rien n'est décidé", "l'entourage du président")]


@pytest.mark.parametrize("text", [
    "Le Premier ministre Paul Renard a affronté mardi un vote. « Je n'ai rien à cacher », a déclaré le chef du "
    "gouvernement.",
    "Le président Paul Renard a visité Lyon mardi. « Je n'ai rien à cacher », a déclaré le chef de l'État.",
])
def test_a_generic_office_is_its_holder_in_the_article(parse: Parse, text: str) -> None:
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == ["Paul Renard"]


@pytest.mark.parametrize(("text", "said"), [
    ("Le ministre Paul Renard a annoncé avoir signé un accord avec les syndicats.",
     ["avoir signé un accord avec les syndicats"]),
    ("Le ministre Paul Renard a menacé de fermer les frontières du pays.", ["de fermer les frontières du pays"]),
    ("Le ministre Paul Renard a annoncé la fin de sa mission.", []),
])
def test_an_infinitive_is_what_an_announcing_verb_reports(parse: Parse, text: str, said: list[str]) -> None:
    assert [q.text for q in quotes_of(parse, "fr", text) if not q.direct] == said


PLURAL = {
    "fr": "Les syndicats ont quitté la table des négociations. Ils ont affirmé que la grève continuerait jusqu'à la "
          "fin du mois.",
    "en": "The unions left the talks on Monday. They said that the strike would continue until the end of the month.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plural_pronoun_speaks_for_the_plural_subject_before(parse: Parse, lang: str) -> None:
    quotes = quotes_of(parse, lang, PLURAL[lang])
    assert len(quotes) == 1 and "unions" in (quotes[0].speaker or "").lower()


def test_a_person_apposed_with_a_title_of_their_own_speaks_for_the_office(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "« Nous avons recensé 40 morts », a déclaré le porte-parole de la police, le "
                                    "commandant Paul Renard.")
    assert [q.speaker for q in quotes] == ["Paul Renard"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("La ministre des Affaires étrangères Claire Dumont a rencontré le président Marc Lefèvre. « Rien n'est "
     "exclu », a-t-elle déclaré.", "Claire Dumont"),
    ("Le président Marc Lefèvre a rencontré la ministre Claire Dumont. « Rien n'est exclu », a-t-il déclaré.",
     "Marc Lefèvre"),
])
def test_a_pronoun_takes_the_gender_the_title_gives_a_name(parse: Parse, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == [speaker]


def test_an_opening_participle_clause_is_not_what_was_said(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Interrogée par la radio, la porte-parole du gouvernement a jugé ces propos "
                                    "« inacceptables ».")
    assert [q.text for q in quotes if not q.direct] == []


def test_the_executive_speaks(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "L'exécutif a indiqué que des élections anticipées auraient lieu en mai.")
    assert [q.text for q in quotes] == ["des élections anticipées auraient lieu en mai"]


@pytest.mark.parametrize(("text", "said"), [
    ("La préfecture a fait état de trois blessés légers dans la nuit.", "de trois blessés légers"),
    ("La ministre Claire Dumont a fait part de sa vive inquiétude après les orages.", "de sa vive inquiétude"),
])
def test_a_verb_and_noun_speech_verb_reports_its_complement(parse: Parse, text: str, said: str) -> None:
    assert [q.text for q in quotes_of(parse, "fr", text) if not q.direct] == [said]
