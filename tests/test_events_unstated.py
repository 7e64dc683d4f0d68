"""Acts a sentence names without stating that they happened (``unstated``): asked about, owed, demanded or
protested against; and agreed to. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.unstated import UnstatedWords, asked, obliged


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Will the army attack the city before the winter?"),
    ("fr", "L'armée va-t-elle attaquer la ville avant l'hiver ?"),
])
def test_an_act_asked_about_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia must stop its attacks on civilians, the minister said."),
    ("fr", "La Russie doit cesser ses attaques contre les civils, a déclaré le ministre."),
])
def test_an_act_someone_must_do_is_no_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands marched in the capital on Saturday against plans to deport migrants."),
    ("fr", "Des milliers de personnes ont défilé samedi dans la capitale contre le projet d'expulser les migrants."),
])
def test_a_planned_act_a_protest_is_against_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["PROTEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The foreign minister urged his counterparts to give the green light to sanctions against Tovarian "
           "officials"),
    ("en", "The senator called on the government to approve sanctions on the Velmar shipping firm"),
    ("fr", "Le ministre a exhorté ses homologues à donner leur feu vert à des sanctions contre des responsables "
           "tovariens"),
])
def test_a_measure_an_infinitive_asks_for_is_the_request_s_content(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "REQUEST" in types and "SANCTION" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels agreed to withdraw their fighters from the northern town."),
    ("fr", "Les rebelles ont accepté de retirer leurs combattants de la ville du nord."),
])
def test_an_act_agreed_to_is_an_agreement_not_the_act(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "AGREE" in types and "RETREAT" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army said its troops had to withdraw from the town."),
    ("fr", "Selon l'armée, ses troupes ont dû se retirer de la ville."),
])
def test_an_obligation_told_in_the_past_was_met(parse: Parse, lang: str, text: str) -> None:
    assert "RETREAT" in [e.type for e in events_of(parse, lang, text)]


def hand_built(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
               morphs: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs,
               sent_starts=[True] + [False] * (len(words) - 1))


# "troops must withdraw" / "troops had to withdraw": the act under a modal of obligation, or under a verb of
# obligation told in the present or in the past
OWED = {
    "must": (["troops", "must", "withdraw"], [2, 2, 2], ["nsubj", "aux", "ROOT"], ["NOUN", "AUX", "VERB"],
             ["troop", "must", "withdraw"], ["", "VerbType=Mod", "VerbForm=Inf"], 2, True),
    "has to": (["troops", "have", "to", "withdraw"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"],
               ["NOUN", "VERB", "PART", "VERB"], ["troop", "have", "to", "withdraw"],
               ["", "Tense=Pres|VerbForm=Fin", "", "VerbForm=Inf"], 3, True),
    "had to": (["troops", "had", "to", "withdraw"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"],
               ["NOUN", "VERB", "PART", "VERB"], ["troop", "have", "to", "withdraw"],
               ["", "Tense=Past|VerbForm=Fin", "", "VerbForm=Inf"], 3, False),
}


@pytest.mark.parametrize("case", sorted(OWED))
def test_an_act_owed_now_is_unstated_and_one_owed_in_the_past_was_done(case: str) -> None:
    words, heads, deps, pos, lemmas, morphs, act, owed = OWED[case]
    doc = hand_built(words, heads, deps, pos, lemmas, morphs)
    assert obliged(doc[act], UnstatedWords(obligations=frozenset({"have", "must"}), modals=frozenset({"must"}))) \
        is owed


@pytest.mark.parametrize(("words", "asks"), [
    (["Will", "troops", "withdraw", "?"], True),
    (["Why", "did", "troops", "withdraw", "?"], False),
    (["Troops", "withdraw", "."], False),
])
def test_only_a_yes_no_question_asks_whether_an_act_happens(words: list[str], asks: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert asked(doc[1], UnstatedWords(questions=frozenset({"why", "who"}))) is asks
