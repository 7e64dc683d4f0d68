"""English quote attribution: where reported content ends, and who speaks for a group, a document or a
participle clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.quotes.extent import condition_kept
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.marks import balanced, find_quote_marks
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def reported(parse: Parse, text: str) -> list[Quote]:
    return [q for q in parse("en", text)._.ww_quotes if not q.direct]


# -- reported content holds quotation marks whole -------------------------------------------------------------
@pytest.mark.parametrize(("text", "cut", "expected"), [
    ("Il a dit que ce serait « un désastre total » pour tous.", "ce serait « un désastre", "« un désastre total »"),
    ("She said it would be “a total disaster” for all.", "it would be “a total", "“a total disaster”"),
    ("She said “maybe” the plan would work.", "maybe” the plan would work", "“maybe”"),
])
def test_reported_content_cut_inside_a_quotation_takes_it_whole(text: str, cut: str, expected: str) -> None:
    start = text.index(cut)
    got = balanced(start, start + len(cut), find_quote_marks(text), (0, len(text)))
    assert expected in text[got[0]:got[1]]


def test_reported_content_is_not_widened_past_its_sentence() -> None:
    text = "She said it would be “a total disaster. Nobody will come back.”"
    cut = "it would be “a total disaster."
    start = text.index(cut)
    limit = (0, text.index("Nobody"))
    assert balanced(start, start + len(cut), find_quote_marks(text), limit)[1] <= limit[1]


def test_reported_speech_with_a_partial_quotation_keeps_both_marks(parse: Parse) -> None:
    text = "Senator Ann Marks said “maybe” the rules of the council “should be changed.”"
    said = reported(parse, text)
    assert said and all(q.text.count("“") == q.text.count("”") for q in said)


# -- the end of what was said ---------------------------------------------------------------------------------
def test_a_concessive_clause_after_the_content_is_the_narrators(parse: Parse) -> None:
    text = "The mayor said that the bridge was safe even though engineers had found cracks."
    assert [q.text for q in reported(parse, text)] == ["the bridge was safe"]


@pytest.mark.parametrize(("text", "said"), [
    # a coordinated clause with its own subject and verb is the narrator's …
    ("A union spokeswoman said no school should ever be closed and the director was being summoned to explain "
     "the decision.", "no school should ever be closed"),
    # … one that shares the first clause's auxiliary is still said
    ("Officials said that at least nine people were killed and dozens more injured in the storm.",
     "at least nine people were killed and dozens more injured in the storm"),
    # the speaker's next act after ", and" is not what was said
    ("Mayor Ann Marks said she was deeply worried about the floods, and condemned the delays in the relief effort.",
     "she was deeply worried about the floods"),
])
def test_reported_content_ends_where_the_narrator_goes_on(parse: Parse, text: str, said: str) -> None:
    assert [q.text for q in reported(parse, text)] == [said]


def _told_doc(subordinator: str) -> Doc:
    """"She told them that taxes would rise <subordinator> it failed ." with the condition hung on "told"."""
    words = ["She", "told", "them", "that", "taxes", "would", "rise", subordinator, "it", "failed", "."]
    heads = [1, 1, 1, 6, 6, 6, 1, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "ccomp", "mark", "nsubj", "advcl", "punct"]
    pos = ["PRON", "VERB", "PRON", "SCONJ", "NOUN", "AUX", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(("subordinator", "kept"), [("if", True), ("unless", True), ("because", False)])
def test_a_condition_hung_on_the_speech_verb_is_still_said(subordinator: str, kept: bool) -> None:
    doc = _told_doc(subordinator)
    last = condition_kept(QuoteGrammar.load("en"), doc[1], doc[0:len(doc)], 6)
    assert last == (9 if kept else 6)


# -- who speaks ---------------------------------------------------------------------------------------------------
def test_a_group_named_after_a_person_is_not_that_person(parse: Parse) -> None:
    text = "The Obama administration said on Friday that the sanctions would stay in place."
    speakers = [q.speaker or "" for q in reported(parse, text)]
    assert speakers and all("administration" in s for s in speakers)


def test_a_participle_after_a_subordinate_speech_act_goes_on_from_it(parse: Parse) -> None:
    text = ("The two clubs cancelled the match after Mayor Ann Marks warned the league on Sunday, "
            "arguing that the stadium “is not safe”.")
    assert [q.speaker for q in parse("en", text)._.ww_quotes if q.direct] == ["Ann Marks"]


def test_a_document_named_again_speaks_for_the_issuer_named_first(parse: Parse) -> None:
    text = ("“The plan will fail,” said a joint statement from the two unions.\n\n"
            "A manager named Paul Renard has claimed responsibility for the delays. "
            "The roads are “not ready for winter,” the joint statement said.")
    last = [q for q in parse("en", text)._.ww_quotes if q.direct][-1]
    assert last.speaker == "the two unions"


def test_the_government_is_that_of_the_country_named_with_it_before(parse: Parse) -> None:
    text = ("France’s minority government lost a confidence vote on Tuesday. The vote was called after weeks of "
            "debate.\n\nThe government had said it was necessary to end the uncertainty about its future.")
    assert [q.speaker for q in reported(parse, text)] == ["Government of France"]
