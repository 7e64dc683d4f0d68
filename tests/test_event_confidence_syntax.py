"""The grammatical marks the event confidence model weighs (``confidence_syntax``) and its two penalties."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.events.confidence import UNKNOWN_TRIGGER, ScoredDocument, event_features
from wirewatch.nlp.events.confidence_fit import (
    Example,
    choose_penalties,
    choose_regularisation,
    fit,
    regularisation_losses,
)
from wirewatch.nlp.events.confidence_syntax import (
    complement_kind,
    is_question,
    nominal_role,
    passive_without_agent,
    syntax_marks,
)
from wirewatch.records import Event, EventActor, Mention


def hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
             tags: list[str] | None = None, morphs: list[str] | None = None) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, morphs=morphs)


COMPLEMENTS = [  # (words, heads, deps, pos, tags, morphs, index of the verb trigger, what completes it)
    (["Macron", "agreed", "that", "the", "plan", "was", "good"], [1, 1, 5, 4, 5, 1, 5],
     ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp"],
     ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ"], None, None, 1, "clause"),
    (["Scholz", "a", "estimé", "que", "le", "plan", "était", "bon"], [2, 2, 2, 7, 5, 7, 7, 2],
     ["nsubj", "aux:tense", "ROOT", "mark", "det", "nsubj", "cop", "ccomp"],
     ["PROPN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ"], None, None, 2, "clause"),
    (["Biden", "asked", "why", "the", "women", "stayed", "quiet"], [1, 1, 5, 4, 5, 1, 5],
     ["nsubj", "ROOT", "advmod", "det", "nsubj", "ccomp", "acomp"],
     ["PROPN", "VERB", "ADV", "DET", "NOUN", "VERB", "ADJ"],
     ["NNP", "VBD", "WRB", "DT", "NNS", "VBD", "JJ"], None, 1, "question"),
    (["Macron", "a", "demandé", "pourquoi", "les", "troupes", "restaient"], [2, 2, 2, 6, 5, 6, 2],
     ["nsubj", "aux:tense", "ROOT", "advmod", "det", "nsubj", "ccomp"],
     ["PROPN", "AUX", "VERB", "ADV", "DET", "NOUN", "VERB"], None, ["", "", "", "PronType=Int", "", "", ""], 2,
     "question"),
    (["Scholz", "agrees"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], None, None, 1, "none"),
    (["Macron", "approuve"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], None, None, 1, "none"),
    (["Kenya", "agreed", "to", "a", "truce"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
     ["PROPN", "VERB", "ADP", "DET", "NOUN"], None, None, 1, None),
    (["Biden", "asked", "Kenya", "for", "aid"], [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"],
     ["PROPN", "VERB", "PROPN", "ADP", "NOUN"], None, None, 1, None),
    (["Le", "Kenya", "a", "signé", "un", "accord"], [1, 3, 3, 3, 5, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "det", "obj"],
     ["DET", "PROPN", "AUX", "VERB", "DET", "NOUN"], None, None, 3, None),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "tags", "morphs", "trigger", "kind"), COMPLEMENTS)
def test_what_completes_a_verb_trigger(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                       tags: list[str] | None, morphs: list[str] | None, trigger: int,
                                       kind: str | None) -> None:
    assert complement_kind(hand_doc(words, heads, deps, pos, tags, morphs)[trigger]) == kind


@pytest.mark.parametrize(("words", "question"), [
    (["Did", "Kenya", "attack", "Somalia", "?"], True),
    (["Le", "Kenya", "a-t-il", "attaqué", "la", "Somalie", "?"], True),
    (["Why", "did", "you", "go", "?", "\u201d"], True),
    (["Kenya", "attacked", "Somalia", "."], False),
    (["Kenya", "attacked", "Somalia"], False),
])
def test_a_question_sentence(words: list[str], question: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words)  # a language's vocabulary knows which words are quotes
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = False
    assert is_question(doc[0]) is question


NOMINALS = [  # (words, heads, deps, pos, index of the noun trigger, its role)
    (["The", "raid", "killed", "two", "guards"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "nummod", "dobj"],
     ["DET", "NOUN", "VERB", "NUM", "NOUN"], 1, "subject"),
    (["Le", "raid", "a", "tué", "deux", "gardes"], [1, 3, 3, 3, 5, 3], ["det", "nsubj", "aux:tense", "ROOT",
                                                                           "nummod", "obj"],
     ["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN"], 1, "subject"),
    (["Ministers", "condemned", "the", "bombing"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["NOUN", "VERB", "DET", "NOUN"], 3, "object"),
    (["Les", "ministres", "ont", "condamné", "l'", "attentat"], [1, 3, 3, 3, 5, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "det", "obj"], ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"], 5, "object"),
    (["Envoys", "left", "after", "the", "shelling"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
     ["NOUN", "VERB", "ADP", "DET", "NOUN"], 4, "oblique"),
    (["Les", "envoyés", "sont", "partis", "après", "les", "bombardements"], [1, 3, 3, 3, 6, 6, 3],
     ["det", "nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod"],
     ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"], 6, "oblique"),
    (["Clashes", "in", "the", "north"], [0, 0, 3, 1], ["ROOT", "prep", "det", "pobj"],
     ["NOUN", "ADP", "DET", "NOUN"], 0, "root"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "trigger", "role"), NOMINALS)
def test_nominal_role_of_a_noun_trigger(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                        trigger: int, role: str) -> None:
    assert nominal_role(hand_doc(words, heads, deps, pos)[trigger]) == role


def test_a_conjoined_noun_has_its_first_conjuncts_role() -> None:
    doc = hand_doc(["Envoys", "left", "after", "raids", "and", "strikes"], [1, 1, 1, 2, 5, 3],
                   ["nsubj", "ROOT", "prep", "pobj", "cc", "conj"], ["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN"])
    assert nominal_role(doc[5]) == "oblique"


PASSIVES = [  # (words, heads, deps, pos, agentless)
    (["Two", "reporters", "were", "detained"], [1, 3, 3, 3], ["nummod", "nsubjpass", "auxpass", "ROOT"],
     ["NUM", "NOUN", "AUX", "VERB"], True),
    (["Two", "reporters", "were", "detained", "by", "police"], [1, 3, 3, 3, 3, 4],
     ["nummod", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"], ["NUM", "NOUN", "AUX", "VERB", "ADP", "NOUN"], False),
    (["Deux", "journalistes", "ont", "été", "arrêtés"], [1, 4, 4, 4, 4],
     ["nummod", "nsubj:pass", "aux:tense", "aux:pass", "ROOT"], ["NUM", "NOUN", "AUX", "AUX", "VERB"], True),
    (["Deux", "journalistes", "ont", "été", "arrêtés", "par", "la", "police"], [1, 4, 4, 4, 4, 7, 7, 4],
     ["nummod", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "det", "obl:agent"],
     ["NUM", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN"], False),
    (["Police", "detained", "two", "reporters"], [1, 1, 3, 1], ["nsubj", "ROOT", "nummod", "dobj"],
     ["NOUN", "VERB", "NUM", "NOUN"], False),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "agentless"), PASSIVES)
def test_a_passive_without_agent(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                 agentless: bool) -> None:
    doc = hand_doc(words, heads, deps, pos)
    assert passive_without_agent(next(t for t in doc if t.dep_ == "ROOT")) is agentless


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "marked"), [
    (["They", "attacked", "the", "convoy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["PRON", "VERB", "DET", "NOUN"], True),
    (["Ils", "ont", "attaqué", "le", "convoi"], [2, 2, 2, 4, 2], ["nsubj", "aux:tense", "ROOT", "det", "obj"],
     ["PRON", "AUX", "VERB", "DET", "NOUN"], True),
    (["Rebels", "attacked", "the", "convoy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["NOUN", "VERB", "DET", "NOUN"], False),
])
def test_a_source_told_by_a_bare_pronoun_is_marked(words: list[str], heads: list[int], deps: list[str],
                                                   pos: list[str], marked: bool) -> None:
    doc = hand_doc(words, heads, deps, pos)
    arguments = Arguments(source=EventActor(name=words[0]), target=None, spans=((0, len(words[0])),))
    assert ("source.pronoun" in syntax_marks(doc[pos.index("VERB")], arguments)) is marked


def primary_examples() -> list[Example]:
    """A type right 8 times in 10 and another right 6 times in 10, with a noise feature."""
    return [Example(features={"type=A" if i % 2 else "type=B": 1.0, "noise": float(i % 3 == 0)},
                    right=(i // 2) % 10 < (8 if i % 2 else 6), document=f"d{i % 30}") for i in range(300)]


def test_the_primary_features_bear_the_lighter_penalty() -> None:
    one = fit(primary_examples(), l2=100.0)
    two = fit(primary_examples(), l2=100.0, primary_l2=1.0)
    spread = two.weights["type=A"] - two.weights["type=B"]
    assert spread > one.weights["type=A"] - one.weights["type=B"] > 0


def test_chosen_penalties_come_from_the_grids_primary_no_greater() -> None:
    l2, primary = choose_penalties(primary_examples(), grid=(10.0, 100.0), primary_grid=(1.0, 10.0, 30.0), k=3)
    assert l2 in (10.0, 100.0) and primary in (1.0, 10.0, 30.0) and primary <= l2


def test_a_feature_seen_fewer_times_than_the_least_count_gets_no_weight() -> None:
    examples = [*primary_examples()[:290], *(Example(features={"rare": 1.0}, right=False, document=f"r{i}")
                                             for i in range(5))]
    assert "rare" in fit(examples, l2=1.0, min_count=5).weights
    assert "rare" not in fit(examples, l2=1.0, min_count=6).weights


def test_regularisation_is_chosen_over_the_grid_of_penalties_and_counts() -> None:
    losses = regularisation_losses(primary_examples(), grid=(10.0, 100.0), primary_grid=(1.0, 30.0),
                                   min_counts=(3, 50), k=3)
    assert set(losses) == {(10.0, 1.0, 3), (100.0, 1.0, 3), (100.0, 30.0, 3),
                           (10.0, 1.0, 50), (100.0, 1.0, 50), (100.0, 30.0, 50)}
    assert choose_regularisation(losses) == min(losses, key=losses.__getitem__)


def test_ties_go_to_the_stronger_penalties_and_the_higher_count() -> None:
    assert choose_regularisation({(1.0, 1.0, 3): 0.3, (10.0, 1.0, 3): 0.3, (10.0, 1.0, 10): 0.3,
                                  (30.0, 1.0, 3): 0.4}) == (10.0, 1.0, 10)


def features_of(event: Event) -> set[str]:
    document = ScoredDocument(lang="en", text=event.evidence.text, entities={})
    return set(event_features(event, UNKNOWN_TRIGGER, document, 1))


@pytest.mark.parametrize(("cameo", "mode", "specific"), [("173", "arrest", True), ("17", None, False),
                                                         ("1822", None, True), (None, None, False)])
def test_a_cameo_sub_category_and_a_mode_are_features(cameo: str | None, mode: str | None, specific: bool) -> None:
    event = Event(type="COERCE", cameo=cameo, mode=mode, evidence=Mention(start=0, end=6, text="Police"))
    features = features_of(event)
    assert ("cameo.specific" in features) is specific
    assert ("mode" in features) is (mode is not None)


def test_the_kind_of_each_actor_is_a_feature() -> None:
    event = Event(type="ASSAULT", source=EventActor(name="soldiers", sector="military"),
                  target=EventActor(name="villagers", sector="civilians"),
                  evidence=Mention(start=0, end=8, text="Soldiers"))
    features = features_of(event)
    assert {"source.sector=military", "target.sector=civilians", "source.sector", "target.sector"} <= features


@pytest.mark.parametrize(("event_type", "cameo", "feature"), [("ASSAULT", "190", "source.absent.force"),
                                                              ("COERCE", "173", "source.absent.force"),
                                                              ("ACCUSE", "11", "source.absent.other"),
                                                              ("SANCTION", "16", "source.absent.other")])
def test_an_event_without_a_source_is_marked_by_its_kind(event_type: str, cameo: str, feature: str) -> None:
    event = Event(type=event_type, cameo=cameo, evidence=Mention(start=0, end=5, text="Three"))
    assert feature in features_of(event)
    doer = event.model_copy(update={"source": EventActor(name="rebels", sector="rebels")})
    assert not {"source.absent.force", "source.absent.other"} & features_of(doer)
