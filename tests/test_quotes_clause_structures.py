"""Attribution structures the parse hides: a complement clause hung on the noun of the verb's adjunct ("said in a
statement that …"), and the clause subject a speaking pronoun takes up ("X met Y. He said …").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.quotes.adjunct_complement import complement_of_adjunct
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.subject_antecedent import earlier_subjects, subject_antecedent

Parse = Callable[..., Doc]


def never_quoted(_: int) -> bool:
    return False


def any_noun(_: object) -> bool:
    return True


# -- "said in a statement that …" ----------------------------------------------------------------------------
def statement_doc(lang: str, relative: bool = False) -> Doc:
    """"Ann said in a statement that the plant was safe" with the clause hung on "statement" (ClearNLP labels for
    en, UD for fr); ``relative``: "… a statement that was issued" (the clause's subject is the relative pronoun)."""
    if lang == "en":
        if relative:
            words = ["Ann", "spoke", "in", "a", "statement", "that", "was", "issued"]
            heads = [1, 1, 1, 4, 2, 7, 7, 4]
            deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubjpass", "auxpass", "relcl"]
            pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "PRON", "AUX", "VERB"]
        else:
            words = ["Ann", "said", "in", "a", "statement", "that", "the", "plant", "was", "safe"]
            heads = [1, 1, 1, 4, 2, 8, 7, 8, 4, 8]
            deps = ["nsubj", "ROOT", "prep", "det", "pobj", "mark", "det", "nsubj", "acl", "acomp"]
            pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ"]
    elif relative:
        words = ["Ann", "a", "parlé", "dans", "un", "communiqué", "qui", "a", "été", "publié"]
        heads = [2, 2, 2, 5, 5, 2, 9, 9, 9, 5]
        deps = ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod", "nsubj:pass", "aux:tense", "aux:pass",
                "acl:relcl"]
        pos = ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PRON", "AUX", "AUX", "VERB"]
    else:
        words = ["Ann", "a", "déclaré", "dans", "un", "communiqué", "que", "la", "centrale", "était", "sûre"]
        heads = [2, 2, 2, 5, 5, 2, 10, 8, 10, 10, 5]
        deps = ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod", "mark", "det", "nsubj", "cop", "acl"]
        pos = ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(("lang", "verb", "clause"), [("en", 1, 8), ("fr", 2, 10)])
def test_a_that_clause_on_the_adjuncts_noun_is_the_verbs_complement(lang: str, verb: int, clause: int) -> None:
    doc = statement_doc(lang)
    found = complement_of_adjunct(QuoteGrammar.load(lang), doc[verb], doc[0:len(doc)], any_noun)
    assert found is not None and found.i == clause


@pytest.mark.parametrize(("lang", "verb"), [("en", 1), ("fr", 2)])
def test_a_clause_on_a_noun_that_is_no_setting_of_speech_is_its_own(lang: str, verb: int) -> None:
    """"wrote off the assets on the assumption that they age": what is assumed, not what was written."""
    doc = statement_doc(lang)
    assert complement_of_adjunct(QuoteGrammar.load(lang), doc[verb], doc[0:len(doc)], lambda _: False) is None


@pytest.mark.parametrize(("lang", "verb"), [("en", 1), ("fr", 2)])
def test_a_relative_clause_of_the_adjuncts_noun_is_not_what_was_said(lang: str, verb: int) -> None:
    doc = statement_doc(lang, relative=True)
    assert complement_of_adjunct(QuoteGrammar.load(lang), doc[verb], doc[0:len(doc)], any_noun) is None


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("en", "Karen Olsen, a spokeswoman for the ministry, said in a statement that the plant was safe.",
     "the plant was safe", "Karen Olsen"),
    ("fr", "Karen Olsen, porte-parole du ministère, a déclaré dans un communiqué que la centrale était sûre.",
     "la centrale était sûre", "Karen Olsen"),
])
def test_reported_speech_after_a_statement_adjunct(parse: Parse, lang: str, text: str, content: str,
                                                   speaker: str) -> None:
    said = [(q.text, q.speaker) for q in parse(lang, text)._.ww_quotes if not q.direct]
    assert said == [(content, speaker)]


# -- "X met Y. He said …" ----------------------------------------------------------------------------------------
def meeting_doc() -> Doc:
    """"Ann met Tom . He said it rained ." as two parsed sentences."""
    words = ["Ann", "met", "Tom", ".", "He", "said", "it", "rained", "."]
    heads = [1, 1, 1, 1, 5, 5, 7, 5, 5]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB", "PUNCT"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_the_subject_of_the_sentence_before_is_the_first_candidate() -> None:
    doc = meeting_doc()
    assert [t.text for t in earlier_subjects(QuoteGrammar.load("en"), doc[4], never_quoted)] == ["Ann"]


@pytest.mark.parametrize(("accepted", "expected"), [({"Ann", "Tom"}, "Ann"), ({"Tom"}, None)])
def test_the_subject_speaks_when_the_caller_accepts_it(accepted: set[str], expected: str | None) -> None:
    doc = meeting_doc()
    index = EntityIndex([EntityMention("Ann", "e1", "PER", 0, 3), EntityMention("Tom", "e2", "PER", 8, 11)])
    found = subject_antecedent(QuoteGrammar.load("en"), doc[4], index, never_quoted, lambda m: m.name in accepted)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Governor Alan Pryce met Senator Tom Becker on Monday. He said the talks had been productive.",
     "Alan Pryce"),
    ("fr", "Le gouverneur Alain Prévost a rencontré le sénateur Thomas Becker lundi. Il a déclaré que les "
           "discussions avaient été productives.", "Alain Prévost"),
])
def test_a_pronoun_speaker_takes_up_the_subject_not_the_nearest_name(parse: Parse, lang: str, text: str,
                                                                     speaker: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes if not q.direct] == [speaker]


def test_a_pronoun_inside_a_relative_clause_is_left_to_the_nearest_name() -> None:
    """"Ann met Tom , who said it rained": "who"/"he" deep in a relative clause is no main-clause subject."""
    words = ["Ann", "met", "Tom", ",", "who", "said", "he", "lost"]
    heads = [1, 1, 1, 2, 5, 2, 7, 5]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "nsubj", "ccomp"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    index = EntityIndex([EntityMention("Ann", "e1", "PER", 0, 3), EntityMention("Tom", "e2", "PER", 8, 11)])
    assert subject_antecedent(QuoteGrammar.load("en"), doc[6], index, never_quoted, lambda m: True) is None


# -- "The minister, praised by critics, said …" ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "The minister, praised by critics, said the reform would pass.", "The minister"),
    ("en", "Figures released by the ministry said that the harvest had doubled.", "the ministry"),
])
def test_the_agent_of_a_clause_describing_a_speaker_does_not_speak(parse: Parse, lang: str, text: str,
                                                                    speaker: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes if not q.direct] == [speaker]


# -- 'the so-called "peace corridor"' ----------------------------------------------------------------------------
def test_quoted_words_after_so_called_are_a_name(parse: Parse) -> None:
    text = "Officials said the so-called \"green corridor\" would open on Friday."
    assert [q.text for q in parse("en", text)._.ww_quotes if q.direct] == []


# -- "claimed responsibility for …" ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("The Northern Brigade claimed responsibility for the bombing on Sunday.", []),
    ("The border police denied entry to a group of reporters on Friday.", []),
    ("The Northern Brigade claimed that its fighters had planted the bomb.", ["its fighters had planted the bomb"]),
])
def test_an_act_object_is_not_what_was_said(parse: Parse, text: str, said: list[str]) -> None:
    assert [q.text for q in parse("en", text)._.ww_quotes if not q.direct] == said
