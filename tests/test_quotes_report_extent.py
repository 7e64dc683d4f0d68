"""Where reported speech starts and ends in constructions the complement clause alone misses: a sentence an
attribution interrupts ("The plan, he said, would fail"), the object of a lament, and the narrator's background
after the content ("amid …").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.test_quotes import Parse, quotes_of
from wirewatch.nlp.quotes.headlines import headline_infinitive
from wirewatch.nlp.quotes.incised_reports import incised_report
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.own_clauses import before_own_clause


def reported(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]


INCISED = {
    "fr": ("La réforme, a déclaré le ministre Paul Martin mardi, réduira de moitié les délais d'attente.",
           "Paul Martin"),
    "en": ("The reform, Governor Paul Hart said on Tuesday, will cut waiting times by half.", "Paul Hart"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_sentence_runs_across_a_mid_sentence_attribution(parse: Parse, lang: str) -> None:
    text, speaker = INCISED[lang]
    assert reported(parse, lang, text) == [(text.rstrip("."), speaker)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« La réforme, a déclaré le ministre Paul Martin, réduira les délais. »"),
    ("en", "\"The reform,\" Governor Paul Hart said, \"will cut waiting times by half.\""),
])
def test_quoted_parts_around_an_attribution_are_not_also_reported(parse: Parse, lang: str, text: str) -> None:
    assert reported(parse, lang, text) == []


def reads_an_incise(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> bool:
    """Whether the speech verb (the fifth word) of a hand-built English parse reports the sentence around it."""
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    return incised_report(QuoteGrammar.load("en"), doc[4], doc[:], lambda _: False) is not None


def test_incise_opening_on_an_adjunct_reports_nothing() -> None:
    # "On Tuesday, he said, …": the words before the attribution are an adjunct, not the subject of what was said
    words = ["On", "Tuesday", ",", "he", "said", ",", "the", "plan", "would", "fail", "."]
    heads = [9, 0, 9, 4, 9, 4, 7, 9, 9, 9, 9]
    deps = ["prep", "pobj", "punct", "nsubj", "parataxis", "punct", "det", "nsubj", "aux", "ROOT", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    morphs = ["", "", "", "", "VerbForm=Fin", "", "", "", "VerbForm=Fin", "VerbForm=Inf", ""]
    assert not reads_an_incise(words, heads, deps, pos, morphs)


def test_incise_with_a_clause_of_its_own_is_not_a_bare_attribution() -> None:
    # "The plan, he said that day, …" is fine; "The plan, he said he knew, …" holds a clause: not read as an incise
    words = ["The", "plan", ",", "he", "said", "he", "knew", ",", "would", "fail", "."]
    heads = [1, 9, 4, 4, 9, 6, 4, 4, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "nsubj", "parataxis", "nsubj", "ccomp", "punct", "aux", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "PRON", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"]
    morphs = ["", "", "", "", "VerbForm=Fin", "", "VerbForm=Fin", "", "VerbForm=Fin", "VerbForm=Inf", ""]
    assert not reads_an_incise(words, heads, deps, pos, morphs)


LAMENTED = {
    "fr": ("Le chef de l'opposition Paul Martin a déploré la lenteur des réformes dans les provinces du nord.",
           "la lenteur des réformes dans les provinces du nord"),
    "en": ("The opposition leader, Tom Reyes, lamented the slow pace of the reforms in the northern provinces.",
           "the slow pace of the reforms in the northern provinces"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_what_a_speaker_laments_is_reported(parse: Parse, lang: str) -> None:
    text, said = LAMENTED[lang]
    assert [t for t, _ in reported(parse, lang, text)] == [said]


BACKGROUND = {
    "fr": ("Le ministre Paul Martin a estimé qu'il fallait revoir les contrats sur fond de polémique croissante "
           "autour des marchés publics.", "il fallait revoir les contrats"),
    "en": ("Governor Paul Hart said it was necessary to review the contracts amid a growing row over public "
           "tenders.", "it was necessary to review the contracts"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_content_ends_before_the_narrators_background(parse: Parse, lang: str) -> None:
    text, said = BACKGROUND[lang]
    assert [t for t, _ in reported(parse, lang, text)] == [said]


@pytest.mark.parametrize(("text", "said"), [
    ("Ferry to resume crossings next week, port authority says\n\nThe port authority spoke on Monday.",
     "Ferry to resume crossings next week"),
])
def test_headline_infinitive_before_a_postposed_attribution_is_reported(parse: Parse, text: str, said: str) -> None:
    assert [t for t, _ in reported(parse, "en", text)] == [said]


def test_noun_with_an_infinitive_in_running_text_is_not_read_as_a_headline(parse: Parse) -> None:
    text = "Plans to resume crossings next week, the port authority said."
    assert reported(parse, "en", text) == []


def test_headline_infinitive_needs_a_noun_with_an_infinitive_predicate() -> None:
    # "Ferry to resume crossings": the infinitive modifies the noun; "Next week" alone has no predicate
    words = ["Ferry", "to", "resume", "crossings", "Next", "week"]
    heads = [0, 2, 0, 2, 5, 5]
    deps = ["ROOT", "aux", "acl", "dobj", "amod", "ROOT"]
    pos = ["NOUN", "PART", "VERB", "NOUN", "ADJ", "NOUN"]
    morphs = ["", "", "VerbForm=Inf", "", "", ""]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert headline_infinitive(doc[0:4]) and not headline_infinitive(doc[4:6])


OWN_CLAUSE = {
    "fr": ("Le ministre Paul Martin a affirmé avoir reçu les documents mais le conseil a refusé de les publier.",
           "avoir reçu les documents"),
    "en": ("Governor Paul Hart claimed to have received the documents but the council refused to publish them.",
           "to have received the documents"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_infinitive_content_ends_before_a_coordinated_clause_of_the_narrator(parse: Parse, lang: str) -> None:
    text, said = OWN_CLAUSE[lang]
    assert [t for t, _ in reported(parse, lang, text)] == [said]


def test_coordinated_clause_with_its_own_subject_is_cut_with_its_conjunction() -> None:
    # "claimed to have won but the council refused": the parse hangs "refused" on the infinitive
    words = ["He", "claimed", "to", "have", "won", "but", "the", "council", "refused", "."]
    heads = [1, 1, 4, 4, 1, 8, 7, 8, 4, 1]
    deps = ["nsubj", "ROOT", "aux", "aux", "xcomp", "cc", "det", "nsubj", "conj", "punct"]
    pos = ["PRON", "VERB", "PART", "AUX", "VERB", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    morphs = ["", "VerbForm=Fin", "", "VerbForm=Inf", "VerbForm=Part", "", "", "", "VerbForm=Fin", ""]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert before_own_clause(QuoteGrammar.load("en"), doc[4], 2, 8) == 4
