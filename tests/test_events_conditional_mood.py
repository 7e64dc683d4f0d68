"""The conditional mood of an event verb is a hypothesis, or a claim in a compound tense (« Israël frapperait
l'Iran », « l'armée aurait frappé »), also when the French tagger reads the form as an imperfect
(``modality.mood_of`` with the ``conditional_ending`` word class). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, only_event
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.modality import mood_of

END = ["", "."]


@pytest.mark.parametrize(("form", "lemma", "mood"), [
    ("bombarderait", "bombarder", "hypothetical"),  # the infinitive and « ait »: a conditional read as imperfect
    ("prendraient", "prendre", "hypothetical"),  # « prendre » drops its final « e »
    ("bombardait", "bombarder", None),  # a true imperfect
])
def test_a_conditional_read_as_an_imperfect_is_a_hypothesis(bare_fr: Language, form: str, lemma: str,
                                                            mood: str | None) -> None:
    doc = Doc(bare_fr.vocab, words=["Moscou", form], heads=[1, 1], deps=["nsubj", "ROOT"], pos=["PROPN", "VERB"],
              lemmas=["Moscou", lemma], morphs=["", "Mood=Ind|Tense=Imp|VerbForm=Fin"])
    assert mood_of(doc[1], load_event_lexicon("fr").word_class("conditional_ending")) == mood


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Israël frapperait l'Iran en cas d'attaque"),
    ("fr", "Moscou bombarderait les villes ukrainiennes"),
    ("en", "Israel would strike Iran in case of an attack"),
])
def test_an_act_in_the_conditional_is_not_asserted(parse: Parse, lang: str, text: str, end: str) -> None:
    assert only_event(parse, lang, text + end, "ASSAULT").modality == "hypothetical"


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon Kiev, l'armée russe aurait frappé un hôpital à Kharkiv"),
    ("en", "According to Kyiv, the Russian army allegedly struck a hospital in Kharkiv"),
])
def test_a_reported_past_in_the_conditional_is_a_claim(parse: Parse, lang: str, text: str, end: str) -> None:
    assert only_event(parse, lang, text + end, "ASSAULT").modality == "claimed"
