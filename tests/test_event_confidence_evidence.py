"""The trigger word's readings as marks of the event confidence model (``confidence_evidence``): a word the
event lexicon reads as other PLOVER types, or as no event, is marked; a word of one reading is not. And the signs
the fit holds (``confidence_fit``): a mark of a non-act never raises a confidence, a sign of a well-found act
never lowers it."""

from __future__ import annotations

from functools import cache

import pytest

from wirewatch.nlp.events.confidence_evidence import reading_marks
from wirewatch.nlp.events.confidence_fit import Example, fit
from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry, load_event_lexicon


@cache
def lexicon(lang: str) -> EventLexicon:
    return load_event_lexicon(lang)


def entry_of(lang: str, lemma: str, pos: str, event_type: str) -> TriggerEntry:
    return next(e for e in lexicon(lang).triggers[(lemma, pos)] if e.type == event_type)


@pytest.mark.parametrize(("lang", "lemma"), [("en", "bombard"), ("fr", "bombarder")])
def test_a_word_of_one_reading_gets_no_mark(lang: str, lemma: str) -> None:
    assert reading_marks(entry_of(lang, lemma, "VERB", "ASSAULT"), lexicon(lang)) == frozenset()


@pytest.mark.parametrize(("lang", "lemma", "pos", "event_type"), [
    ("en", "strike", "NOUN", "ASSAULT"),  # an air strike, or a walkout
    ("fr", "mobilisation", "NOUN", "PROTEST"),  # a march, or troops called up
])
def test_a_word_read_as_one_other_type_is_marked(lang: str, lemma: str, pos: str, event_type: str) -> None:
    assert "readings.other_types" in reading_marks(entry_of(lang, lemma, pos, event_type), lexicon(lang))


def test_a_word_read_as_many_other_types_is_marked_apart() -> None:
    marks = reading_marks(entry_of("en", "hold", "VERB", "ASSAULT"), lexicon("en"))  # hold talks, a city, a rally
    assert "readings.many_types" in marks and "readings.other_types" not in marks


@pytest.mark.parametrize(("lang", "lemma", "event_type"), [("en", "arrest", "COERCE"), ("fr", "exécuter", "ASSAULT")])
def test_a_word_with_a_reading_of_no_event_is_marked(lang: str, lemma: str, event_type: str) -> None:
    assert "readings.blocked" in reading_marks(entry_of(lang, lemma, "VERB", event_type), lexicon(lang))


def signed_examples(mark: str, right_with_mark: bool) -> list[Example]:
    """Events of one type, a third of them with ``mark``; those with it are all right (or all wrong)."""
    return [Example(features={"type=A": 1.0, **({mark: 1.0} if i % 3 == 0 else {})},
                    right=right_with_mark if i % 3 == 0 else i % 2 == 0, document=f"d{i % 20}") for i in range(120)]


@pytest.mark.parametrize(("mark", "right_with_mark"), [("sentence.question", True), ("readings.blocked", True),
                                                       ("toll", False), ("source.kb", False)])
def test_a_mark_the_data_weighs_against_its_kind_of_evidence_gets_no_weight(mark: str, right_with_mark: bool) -> None:
    assert mark not in fit(signed_examples(mark, right_with_mark), l2=1.0, min_count=3).weights


@pytest.mark.parametrize(("mark", "right_with_mark"), [("sentence.question", False), ("toll", True)])
def test_a_mark_weighed_with_its_kind_of_evidence_keeps_its_weight(mark: str, right_with_mark: bool) -> None:
    weight = fit(signed_examples(mark, right_with_mark), l2=1.0, min_count=3).weights[mark]
    assert (weight > 0) is right_with_mark
