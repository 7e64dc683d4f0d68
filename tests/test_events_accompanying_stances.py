"""A stance told by a present participle adjoined to an act ("abducted 30 students, demanding a ransom") is the
act's words, not a second event; a participle that describes a noun, or one with a subject of its own, is left
as it is. Sentences written for these tests; the full pipeline runs, the rule also on hand-built tokens."""

from __future__ import annotations

import pytest

from tests.hand_docs import hand_doc
from tests.test_events import Parse, events_of
from wirewatch.nlp.events.accompanying_stances import accompanies_an_act


@pytest.mark.parametrize(("lang", "text", "act"), [
    ("en", "Militants abducted 30 students in Katsina on Monday, demanding a ransom", "ASSAULT"),
    ("en", "Police arrested 40 people in Nairobi, accusing them of looting shops", "COERCE"),
    ("en", "Rebels shelled the town of Goma, threatening to take the provincial capital", "ASSAULT"),
    ("fr", "Des hommes armés ont enlevé trente élèves au Nigeria, exigeant une rançon", "ASSAULT"),
    ("fr", "Les rebelles ont bombardé la ville de Goma, menaçant de prendre la capitale", "ASSAULT"),
])
def test_a_stance_in_a_participle_of_an_act_is_no_second_event(parse: Parse, lang: str, text: str,
                                                               act: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == [act]


@pytest.mark.parametrize(("lang", "text", "stance"), [
    ("en", "Police arrested the opposition leader in Kampala. His party accused the government of a crackdown",
     "ACCUSE"),
    ("fr", "La police a arrêté le chef de l'opposition à Kampala. Son parti a accusé le gouvernement de répression",
     "ACCUSE"),
])
def test_a_stance_in_its_own_clause_stays_an_event(parse: Parse, lang: str, text: str, stance: str) -> None:
    assert stance in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Police in Dakar fire rubber bullets and arrest students calling for the release of their leader",
    "Police fired tear gas at students demanding free tuition in Nairobi",
])
def test_a_participle_right_after_the_people_acted_on_voices_their_protest(parse: Parse, text: str) -> None:
    assert "PROTEST" in [e.type for e in events_of(parse, "en", text)]


# "Rebels shelled the town, demanding talks" / "…, the rebels demanding talks"
WORDS = ["Rebels", "shelled", "the", "town", ",", "demanding", "talks"]
HEADS = [1, 1, 3, 1, 1, 1, 5]
DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj"]
POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN"]
LEMMAS = ["rebel", "shell", "the", "town", ",", "demand", "talk"]


def test_a_participle_adjoined_to_an_act_accompanies_it_on_a_hand_built_parse() -> None:
    doc = hand_doc("en", WORDS, HEADS, DEPS, POS, LEMMAS)
    doc[5].tag_ = "VBG"
    assert accompanies_an_act(doc[5], {1: "ASSAULT"})
    assert not accompanies_an_act(doc[5], {1: "PROTEST"})  # a protest's demand is its content (protest_voices)
    assert not accompanies_an_act(doc[5], {})  # no act told by the verb it hangs on


def test_a_participle_with_its_own_subject_is_its_own_clause_on_a_hand_built_parse() -> None:
    words = ["Rebels", "shelled", "the", "town", ",", "leaders", "demanding", "talks"]
    doc = hand_doc("en", words, [1, 1, 3, 1, 1, 6, 1, 6],
                   ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "advcl", "dobj"],
                   ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "NOUN"],
                   ["rebel", "shell", "the", "town", ",", "leader", "demand", "talk"])
    doc[6].tag_ = "VBG"
    assert not accompanies_an_act(doc[6], {1: "ASSAULT"})


def test_a_participle_describing_a_noun_is_no_accompaniment_on_a_hand_built_parse() -> None:
    # "Soldiers fired on protesters demanding reforms": the participle says who the protesters are
    words = ["Soldiers", "fired", "on", "protesters", "demanding", "reforms"]
    doc = hand_doc("en", words, [1, 1, 1, 2, 3, 4], ["nsubj", "ROOT", "prep", "pobj", "acl", "dobj"],
                   ["NOUN", "VERB", "ADP", "NOUN", "VERB", "NOUN"],
                   ["soldier", "fire", "on", "protester", "demand", "reform"])
    doc[4].tag_ = "VBG"
    assert not accompanies_an_act(doc[4], {1: "ASSAULT"})
