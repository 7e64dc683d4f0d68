"""Reduced passives, as headlines and captions write them: the noun a past participle modifies undergoes the act,
the "by"/"par" phrase does it; a verb with an agent phrase is passive even when the parser reads it as finite; an
act after "in"/"dans" names its doer by its modifiers. Sentences written for these tests, without final
punctuation as headlines come; the syntax rules also on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.reduced_passives import is_reduced_passive, reduced_passive_roles

PARTICIPLE = "Tense=Past|VerbForm=Part"


def built(lang: str, rows: list[tuple[str, int, str, str]], morphs: dict[int, str],
          lemmas: dict[str, str] | None = None) -> Doc:
    """A Doc from (word, head, dependency, part of speech) rows; lemmas default to the lower-cased words."""
    words = [r[0] for r in rows]
    return Doc(spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
               morphs=[morphs.get(i, "") for i in range(len(words))])


BEATEN_BY = {  # "Students beaten by troops": the participle on the noun, the agent on the participle
    "en": [("Students", 0, "ROOT", "NOUN"), ("beaten", 0, "acl", "VERB"), ("by", 1, "agent", "ADP"),
           ("troops", 2, "pobj", "NOUN")],
    "fr": [("Des", 1, "det", "DET"), ("étudiants", 1, "ROOT", "NOUN"), ("frappés", 1, "acl", "VERB"),
           ("par", 5, "case", "ADP"), ("des", 5, "det", "DET"), ("soldats", 2, "obl:agent", "NOUN")],
}
KILLED_IN_AMBUSH = {  # "Guards killed in rebel ambush": no agent, an act after "in" with a modifier
    "en": [("Guards", 0, "ROOT", "NOUN"), ("killed", 0, "acl", "VERB"), ("in", 1, "prep", "ADP"),
           ("rebel", 4, "compound", "NOUN"), ("ambush", 2, "pobj", "NOUN")],
    "fr": [("Des", 1, "det", "DET"), ("gardes", 1, "ROOT", "NOUN"), ("tués", 1, "acl", "VERB"),
           ("dans", 5, "case", "ADP"), ("une", 5, "det", "DET"), ("embuscade", 2, "obl:mod", "NOUN"),
           ("rebelle", 5, "amod", "ADJ")],
}


def participle_roles(lang: str, rows: list[tuple[str, int, str, str]]) -> tuple[list[Token], list[Token]]:
    """The reduced-passive roles of the participle (the second word in English, the third in French)."""
    doc = built(lang, rows, {1 if lang == "en" else 2: PARTICIPLE})
    verb = next(t for t in doc if t.dep_ == "acl")
    roles = reduced_passive_roles(verb, load_event_lexicon(lang))
    assert roles is not None
    return roles


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_noun_a_participle_modifies_is_the_target_and_its_agent_the_source(lang: str) -> None:
    sources, targets = participle_roles(lang, BEATEN_BY[lang])
    assert [t.text for t in sources] == ["troops" if lang == "en" else "soldats"]
    assert [t.text for t in targets] == ["Students" if lang == "en" else "étudiants"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_after_in_names_the_doer_by_its_modifier(lang: str) -> None:
    roles = participle_roles(lang, KILLED_IN_AMBUSH[lang])
    assert [t.text for t in roles[0]] == ["rebel" if lang == "en" else "rebelle"]
    assert [t.text for t in roles[1]] == ["Guards" if lang == "en" else "gardes"]


def test_a_finite_verb_with_an_agent_phrase_is_passive() -> None:
    doc = built("en", [("Students", 1, "nsubj", "NOUN"), ("shot", 1, "ROOT", "VERB"), ("by", 1, "agent", "ADP"),
                       ("troops", 2, "pobj", "NOUN")], {1: "Tense=Past|VerbForm=Fin"})
    roles = reduced_passive_roles(doc[1], load_event_lexicon("en"))
    assert roles is not None
    assert ([t.text for t in roles[0]], [t.text for t in roles[1]]) == (["troops"], ["Students"])


def test_an_active_verb_with_a_subject_is_no_reduced_passive() -> None:
    doc = built("en", [("Troops", 1, "nsubj", "NOUN"), ("shot", 1, "ROOT", "VERB"), ("students", 1, "dobj", "NOUN")],
                {1: "Tense=Past|VerbForm=Fin"})
    assert not is_reduced_passive(doc[1], load_event_lexicon("en"))


def test_a_participle_with_a_recipient_is_an_active_clause_misparsed() -> None:
    doc = built("en", [("Unions", 0, "ROOT", "NOUN"), ("called", 0, "acl", "VERB"), ("on", 1, "prep", "ADP"),
                       ("ministers", 2, "pobj", "NOUN")], {1: PARTICIPLE})
    assert reduced_passive_roles(doc[1], load_event_lexicon("en")) is None


def test_a_force_deployed_is_no_target_of_its_deployment() -> None:
    doc = built("en", [("Troops", 0, "ROOT", "NOUN"), ("deployed", 0, "acl", "VERB"), ("near", 1, "prep", "ADP"),
                       ("border", 2, "pobj", "NOUN")], {1: PARTICIPLE}, {"deployed": "deploy"})
    assert reduced_passive_roles(doc[1], load_event_lexicon("en"), frozenset({"MOBILIZE"})) is None


def test_a_weapon_fired_by_someone_is_no_target() -> None:
    doc = built("en", [("Shells", 0, "ROOT", "NOUN"), ("fired", 0, "acl", "VERB"), ("by", 1, "agent", "ADP"),
                       ("rebels", 2, "pobj", "NOUN")], {1: PARTICIPLE}, {"Shells": "shell"})
    roles = reduced_passive_roles(doc[1], load_event_lexicon("en"))
    assert roles is not None and roles[1] == []


def test_an_act_as_the_agent_names_its_doer_by_its_modifier() -> None:
    doc = built("en", [("Villages", 0, "ROOT", "NOUN"), ("hit", 0, "acl", "VERB"), ("by", 1, "agent", "ADP"),
                       ("rebel", 4, "compound", "NOUN"), ("shelling", 2, "pobj", "NOUN")], {1: PARTICIPLE})
    roles = reduced_passive_roles(doc[1], load_event_lexicon("en"))
    assert roles is not None and [t.text for t in roles[0]] == ["rebel"]


@pytest.mark.parametrize(("lang", "text", "source", "target"), [
    ("en", "Two farmers abducted by gunmen in the north", "gunmen", "farmers"),
    ("fr", "Deux étudiants tués par l'armée dans le nord", "armed forces", "students"),
])
def test_a_headline_without_final_punctuation_gets_its_roles(parse: Parse, lang: str, text: str, source: str,
                                                             target: str) -> None:
    events = [e for e in events_of(parse, lang, text) if e.source is not None and e.target is not None]
    assert [(e.source.name, e.target.name) for e in events if e.source and e.target] == [(source, target)]


def test_a_participle_on_an_acts_noun_leaves_the_roles_to_the_noun() -> None:
    doc = built("en", [("Raids", 0, "ROOT", "NOUN"), ("carried", 0, "acl", "VERB"), ("by", 1, "agent", "ADP"),
                       ("rebels", 2, "pobj", "NOUN")], {1: PARTICIPLE}, {"Raids": "raid"})
    assert reduced_passive_roles(doc[1], load_event_lexicon("en")) is None
