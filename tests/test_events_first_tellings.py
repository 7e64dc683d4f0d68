"""A definite act noun told happening, with no act of its kind told before it, is the act's first telling; after
one, it points back. Sentences written for these tests; the full pipeline runs, and the rule also runs on a
hand-built parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.first_tellings import first_telling
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.trigger_conditions import lookup


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The shelling came amid negotiations on a ceasefire"),
    ("en", "The attack took place on Monday in the village of Marsk"),
    ("fr", "L'attaque a eu lieu lundi dans le village de Marsk"),
])
def test_a_definite_act_told_happening_first_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen stormed a hotel in Varna on Friday. The attack took place during a wedding."),
    ("fr", "Des hommes armés ont attaqué un hôtel à Varna vendredi. L'attaque a eu lieu pendant un mariage."),
])
def test_a_definite_act_after_one_of_its_kind_points_back(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)].count("ASSAULT") == 1


def hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize(("verb", "lemma", "first"), [("occurred", "occur", True), ("worried", "worry", False)])
def test_only_a_verb_telling_the_act_happening_makes_a_first_telling_on_a_hand_built_parse(verb: str, lemma: str,
                                                                                          first: bool) -> None:
    lexicon = load_event_lexicon("en")
    doc = hand_parse(["The", "attack", verb, "overnight"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "advmod"],
                     ["DET", "NOUN", "VERB", "ADV"], ["the", "attack", lemma, "overnight"])
    assert first_telling(doc[1], lexicon, lookup) is first
