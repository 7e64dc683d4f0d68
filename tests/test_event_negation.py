"""Negation's scope (``modality.own_clause``, ``modality.negated_subject``) and negated acts left out of the
default output (``confidence.EventScorer``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.confidence import ConfidenceModel, EventScorer
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.modality import modality_of
from wirewatch.records import Event, Mention


def _doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str],
         morphs: list[str] | None = None) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words],
               morphs=morphs or [""] * len(words))


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "conjunct_aux"), [
    # "The army did not comment and shelled Gulu": the second verb has its own tense
    ("en", ["army", "did", "not", "comment", "and", "shelled", "Gulu"], [3, 3, 3, 3, 5, 3, 5],
     ["nsubj", "aux", "neg", "ROOT", "cc", "conj", "dobj"], ["NOUN", "AUX", "PART", "VERB", "CCONJ", "VERB", "PROPN"],
     False),
    # "L'armée n'a pas commenté et a bombardé Gao": the second verb has its own auxiliary
    ("fr", ["armée", "n'", "a", "pas", "commenté", "et", "a", "bombardé", "Gao"], [4, 4, 4, 4, 4, 7, 7, 4, 7],
     ["nsubj", "advmod", "aux:tense", "advmod", "ROOT", "cc", "aux:tense", "conj", "obj"],
     ["NOUN", "ADV", "AUX", "ADV", "VERB", "CCONJ", "AUX", "VERB", "PROPN"], True),
])
def test_a_negation_does_not_reach_a_conjoined_clause_of_its_own(lang: str, words: list[str], heads: list[int],
                                                                deps: list[str], pos: list[str],
                                                                conjunct_aux: bool) -> None:
    morphs = ["Tense=Past|VerbForm=Fin" if w == "shelled" else "" for w in words]
    doc = _doc(lang, words, heads, deps, pos, morphs)
    trigger = doc[7] if conjunct_aux else doc[5]
    assert modality_of(trigger, load_event_lexicon(lang)) == "asserted"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_bare_conjunct_shares_the_negation(lang: str) -> None:
    # "did not arrest or charge them" / "n'a pas arrêté ou inculpé" without a second auxiliary
    negation = "not" if lang == "en" else "pas"
    words = ["police", "did", negation, "arrest", "or", "charge", "them"]
    doc = _doc(lang, words, [3, 3, 3, 3, 5, 3, 5], ["nsubj", "aux", "neg", "ROOT", "cc", "conj", "obj"],
               ["NOUN", "AUX", "PART", "VERB", "CCONJ", "VERB", "PRON"])
    assert modality_of(doc[5], load_event_lexicon(lang)) == "negated"


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "trigger"), [
    ("en", ["no", "one", "was", "arrested"], [1, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT"],
     ["DET", "PRON", "AUX", "VERB"], 3),
    ("en", ["nobody", "attacked", "the", "convoy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["PRON", "VERB", "DET", "NOUN"], 1),
    ("fr", ["aucun", "manifestant", "n'", "a", "été", "arrêté"], [1, 5, 5, 5, 5, 5],
     ["det", "nsubj:pass", "advmod", "aux:tense", "aux:pass", "ROOT"], ["DET", "NOUN", "ADV", "AUX", "AUX", "VERB"], 5),
    ("fr", ["personne", "n'", "a", "été", "arrêté"], [4, 4, 4, 4, 4],
     ["nsubj:pass", "advmod", "aux:tense", "aux:pass", "ROOT"], ["PRON", "ADV", "AUX", "AUX", "VERB"], 4),
])
def test_a_subject_saying_no_one_negates_the_act(lang: str, words: list[str], heads: list[int], deps: list[str],
                                                 pos: list[str], trigger: int) -> None:
    assert modality_of(_doc(lang, words, heads, deps, pos)[trigger], load_event_lexicon(lang)) == "negated"


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "lemmas"), [
    # "Kenya will not attack Uganda", "Scholz won't condemn it": the modal beside the negation tells no act
    ("en", ["Kenya", "will", "not", "attack", "Uganda"], [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj"],
     ["PROPN", "AUX", "PART", "VERB", "PROPN"], ["kenya", "will", "not", "attack", "uganda"]),
    ("en", ["Scholz", "wo", "n't", "condemn", "it"], [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj"],
     ["PROPN", "AUX", "PART", "VERB", "PRON"], ["scholz", "will", "not", "condemn", "it"]),
    # "le Kenya ne peut pas attaquer l'Ouganda": "pouvoir" beside "pas"
    ("fr", ["Kenya", "ne", "peut", "pas", "attaquer", "Ouganda"], [4, 4, 4, 4, 4, 4],
     ["nsubj", "advmod", "aux", "advmod", "ROOT", "obj"], ["PROPN", "ADV", "AUX", "ADV", "VERB", "PROPN"],
     ["kenya", "ne", "pouvoir", "pas", "attaquer", "ouganda"]),
])
def test_a_negation_outweighs_a_modal_beside_it(lang: str, words: list[str], heads: list[int], deps: list[str],
                                                pos: list[str], lemmas: list[str]) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert modality_of(doc[3 if lang == "en" else 4], load_event_lexicon(lang)) == "negated"


def test_a_person_with_a_determiner_is_no_negation() -> None:
    # "une personne a été arrêtée": "personne" is a noun here
    doc = _doc("fr", ["une", "personne", "a", "été", "arrêtée"], [1, 4, 4, 4, 4],
               ["det", "nsubj:pass", "aux:tense", "aux:pass", "ROOT"], ["DET", "NOUN", "AUX", "AUX", "VERB"])
    assert modality_of(doc[4], load_event_lexicon("fr")) == "asserted"


TEXT = "Police did not arrest them. Police arrested them. The union did not sign."


def _events() -> list[Event]:
    text = TEXT
    return [Event(type="COERCE", modality="negated", evidence=Mention(start=0, end=27, text=text[:27])),
            Event(type="COERCE", evidence=Mention(start=28, end=49, text=text[28:49])),
            Event(type="REJECT", modality="negated", evidence=Mention(start=50, end=73, text=text[50:73]))]


@pytest.mark.parametrize(("min_confidence", "kept"), [
    (None, ["asserted", "negated REJECT"]),  # the default: a negated act is left out, a refusal is not
    (0.0, ["negated", "asserted", "negated REJECT"]),  # a lowered threshold keeps it
])
def test_a_negated_act_is_left_out_of_the_default_output(min_confidence: float | None, kept: list[str]) -> None:
    model = ConfidenceModel(intercept=5.0, threshold=0.5, weights={})
    scorer = EventScorer(model, min_confidence, "en")
    doc = Doc(spacy.blank("en").vocab, words=["x"])
    events = scorer.apply(doc, TEXT, _events(), {}, [])
    labels = [e.modality + (" REJECT" if e.type == "REJECT" else "") for e in events]
    assert labels == kept


@pytest.mark.parametrize(("lang", "words", "restrictive"), [
    ("en", ["police", "did", "not", "only", "arrest", "them"], True),
    ("en", ["police", "did", "not", "arrest", "them"], False),
    ("fr", ["police", "a", "pas", "seulement", "arrêté", "eux"], True),
    ("fr", ["police", "a", "pas", "arrêté", "eux"], False),
])
def test_a_negation_limited_by_only_does_not_negate(lang: str, words: list[str], restrictive: bool) -> None:
    # "did not only arrest them" / "n'a pas seulement arrêté": the act happened, and more besides
    verb = len(words) - 2
    deps = ["nsubj", "aux", "neg", "advmod", "ROOT", "obj"] if restrictive else ["nsubj", "aux", "neg", "ROOT", "obj"]
    pos = ["NOUN", "AUX", "PART", "ADV", "VERB", "PRON"] if restrictive else ["NOUN", "AUX", "PART", "VERB", "PRON"]
    doc = _doc(lang, words, [verb] * (len(words) - 1) + [verb], deps, pos)
    expected = "asserted" if restrictive else "negated"
    assert modality_of(doc[verb], load_event_lexicon(lang)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran did not reject the proposal."),
    ("en", "“We won't refuse foreign donations,” the party said"),
    ("fr", "L'Iran n'a pas rejeté la proposition."),
])
def test_a_refusal_negated_is_no_refusal(parse: Parse, lang: str, text: str) -> None:
    assert "REJECT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "The neighbouring states gave zero support to the rebels.",
    "The neighbouring states gave zero support to the rebels",
])
def test_a_numeral_zero_on_an_act_noun_tells_no_act(parse: Parse, text: str) -> None:
    # "zero" counts none of the act, as "no" does ("gave no support"): a numeral cue of negation
    assert "SUPPORT" not in {e.type for e in events_of(parse, "en", text)}
