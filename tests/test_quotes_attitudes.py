"""A stance reported by an adjective ("officials were worried that …") and the declarative test of reported
content (attitudes.py, declarative.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.quotes.attitudes import attitude_cues
from wirewatch.nlp.quotes.declarative import opens_on_subject
from wirewatch.nlp.quotes.lexicon import QuoteLexicon

Parse = Callable[..., Doc]


def hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


# "Farmers were worried that prices would fall ." (ClearNLP labels, as en_core_web_sm gives them)
WORRIED = (["Farmers", "were", "worried", "that", "prices", "would", "fall", "."],
           [1, 1, 1, 6, 6, 6, 2, 1],
           ["nsubj", "ROOT", "acomp", "mark", "nsubj", "aux", "ccomp", "punct"],
           ["NOUN", "AUX", "ADJ", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"])


def chars(doc: Doc) -> Callable[[int, int], tuple[int, int] | None]:
    """The content's characters without its complementizer, as the cue finder's _accept gives them."""
    return lambda a, b: (doc[a + (doc[a].text == "that")].idx, doc[b].idx + len(doc[b].text))


def test_adjective_holder_is_the_copula_subject_on_a_hand_built_doc() -> None:
    doc = hand_doc(*WORRIED)
    found = attitude_cues(QuoteLexicon.load("en"), doc[:], lambda i: False, chars(doc))
    assert [(a.text, h.text, doc.text[c[0]:c[1]]) for a, h, c in found] == [("worried", "Farmers",
                                                                             "prices would fall")]


def test_adjective_inside_quotation_marks_holds_nothing_on_a_hand_built_doc() -> None:
    doc = hand_doc(*WORRIED)
    assert attitude_cues(QuoteLexicon.load("en"), doc[:], lambda i: True, chars(doc)) == []


def test_adjective_lexicon_is_per_language() -> None:
    assert "worried" in QuoteLexicon.load("en").attitude_adjectives
    assert not QuoteLexicon.load("xx").attitude_adjectives


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "start", "expected"), [
    # "the vote would slip": opens on its subject
    (["the", "vote", "would", "slip"], [1, 3, 3, 3], ["det", "nsubj", "aux", "ROOT"],
     ["DET", "NOUN", "AUX", "VERB"], 0, True),
    # "what steps it would take": opens on the object put first
    (["what", "steps", "it", "would", "take"], [1, 4, 4, 4, 4], ["det", "dobj", "nsubj", "aux", "ROOT"],
     ["DET", "NOUN", "PRON", "AUX", "VERB"], 0, False),
])
def test_declarative_content_opens_on_its_subject(words: list[str], heads: list[int], deps: list[str],
                                                  pos: list[str], start: int, expected: bool) -> None:
    doc = hand_doc(words, heads, deps, pos)
    assert opens_on_subject(QuoteLexicon.load("en").grammar, doc, doc[start].idx) is expected


@pytest.mark.parametrize(("lang", "text", "speaker", "content"), [
    ("en", "Officials were worried that the new levy would hurt exporters.", "Officials", "the new levy would hurt"),
    ("en", "The agency has been confident that the storm would weaken.", "agency", "the storm would weaken"),
    ("en", "Aid groups are concerned that food will run out by March.", "Aid groups", "food will run out"),
    ("en", "The mayor remains optimistic that the talks will succeed.", "The mayor", "the talks will succeed"),
    ("fr", "Le ministre de l'Agriculture s'est dit convaincu que l'accord serait signé avant l'été.",
     "Le ministre", "l'accord serait signé"),
    ("fr", "La maire est persuadée que le projet verra le jour.", "La maire", "le projet verra le jour"),
    ("fr", "Paul Verdier s'est dit inquiet que les prix du fourrage augmentent encore.", "Paul Verdier",
     "les prix du fourrage augmentent"),
])
def test_stance_adjective_reports_its_clause(parse: Parse, lang: str, text: str, speaker: str, content: str
                                             ) -> None:
    quotes = [q for q in parse(lang, text)._.ww_quotes if content in q.text]
    assert quotes and quotes[0].speaker is not None and speaker in quotes[0].speaker


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor was not sure how the vote would end."),
    ("en", "The worried residents left the valley before dawn."),
    ("fr", "Le gouverneur n'était pas certain de la date du scrutin."),
    ("fr", "Certains habitants inquiets ont quitté la vallée avant l'aube."),
])
def test_stance_adjective_without_declarative_clause_reports_nothing(parse: Parse, lang: str, text: str) -> None:
    assert not list(parse(lang, text)._.ww_quotes)
