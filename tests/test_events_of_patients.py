"""The "of"/« de » phrase of an arrest names who undergoes it, before the place where it happened; an agent noun
whose compound modifier is an agent of another sector ("an opposition leader") is of the modifier's sector, and
a noun the tagger took for a participle (« l'opposant ») still names an agent. Sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, only_event
from wirewatch.nlp.events.actor_phrases import agent_noun
from wirewatch.nlp.events.lexicon import load_event_lexicon


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "lemmas", "index"), [
    ("en", ["an", "opposition", "leader"], [2, 2, 2], ["det", "compound", "ROOT"], ["DET", "NOUN", "NOUN"],
     ["an", "opposition", "leader"], 2),
    ("fr", ["l'", "arrestation", "de", "l'", "opposant"], [1, 1, 4, 4, 1], ["det", "ROOT", "case", "det", "nmod"],
     ["DET", "NOUN", "ADP", "DET", "VERB"], ["le", "arrestation", "de", "le", "opposer"], 4),
])
def test_an_opponent_is_of_the_opposition_not_the_government(
        lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
        index: int) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    noun = agent_noun(doc[index], load_event_lexicon(lang))
    assert noun is not None and noun.sector == "protesters"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Officials confirmed the arrest of an opposition leader in Minsk.", "Minsk"),
    ("en", "Arrest of an opposition leader in Minsk", "Minsk"),
    ("fr", "Les autorités ont confirmé l'arrestation d'un opposant à Minsk.", "Minsk"),
    ("fr", "Arrestation d'un opposant à Minsk", "Minsk"),
    ("fr", "L'interpellation de trois reporters au Caire", "Cairo"),
])
def test_who_is_arrested_is_the_target_and_the_place_stays_the_place(parse: Parse, lang: str, text: str,
                                                                      place: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and event.target.sector != "government" and event.target.name != place
    assert event.place is not None and event.place.name == place
