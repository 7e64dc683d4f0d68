"""A demand voiced by a civilian body a clause acts on is that body's protest, with the body as its doer.
Sentences written for these tests; the full pipeline runs, and the attachment rule also runs on hand-built
parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.reduced_relatives import protesting_voicer


@pytest.mark.parametrize(("lang", "text", "doer"), [
    ("en", "Police fired tear gas at demonstrators calling for the governor's resignation", "protesters"),
    ("fr", "La police a tiré des gaz lacrymogènes sur des manifestants réclamant la démission du gouverneur",
     "protesters"),
    ("en", "Riot police dispersed hundreds of students demanding free tuition", "students"),
    ("fr", "La police a dispersé des centaines d'étudiants exigeant la gratuité des études", "students"),
])
def test_a_demand_voiced_by_those_a_clause_acts_on_is_their_protest(parse: Parse, lang: str, text: str,
                                                                    doer: str) -> None:
    protests = [e for e in events_of(parse, lang, text) if e.type == "PROTEST"]
    assert protests and protests[0].source is not None and protests[0].source.name == doer
    assert not [e for e in events_of(parse, lang, text) if e.type == "REQUEST"]


def hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    for token in doc:
        if token.lower_.endswith("ing"):
            token.set_morph("Tense=Pres|VerbForm=Part")
    return doc


@pytest.mark.parametrize(("words", "heads", "deps", "voicer"), [
    # "Police fired at protesters demanding jobs": no comma, the participle follows the noun → theirs
    (["Police", "fired", "at", "protesters", "demanding", "jobs"], [1, 1, 1, 2, 1, 4],
     ["nsubj", "ROOT", "prep", "pobj", "advcl", "dobj"], "protesters"),
    # "Police fired at protesters , demanding calm": a comma sets the participle off → the clause's own
    (["Police", "fired", "at", "protesters", ",", "demanding", "calm"], [1, 1, 1, 2, 1, 1, 5],
     ["nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "dobj"], None),
])
def test_a_participle_directly_after_a_noun_tells_of_it_on_a_hand_built_parse(words: list[str], heads: list[int],
                                                                              deps: list[str],
                                                                              voicer: str | None) -> None:
    pos = ["NOUN" if d in ("nsubj", "pobj", "dobj") else "VERB" if d in ("ROOT", "advcl") else
           "ADP" if d == "prep" else "PUNCT" for d in deps]
    lemmas = [w.lower().removesuffix("ing").removesuffix("s") for w in words]
    lemmas = ["protester" if w == "protesters" else lemma for w, lemma in zip(words, lemmas, strict=True)]
    doc = hand_parse(words, heads, deps, pos, lemmas)
    found = protesting_voicer(next(t for t in doc if t.dep_ == "advcl"), "REQUEST", load_event_lexicon("en"))
    assert (found.text if found is not None else None) == voicer
