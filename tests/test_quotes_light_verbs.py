"""Postposed attributions whose speech verb is an infinitive under a light verb ("« … », a tenu à préciser X",
"a-t-elle voulu souligner", "a fait savoir X"): the verb group read on the surface after the comma.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.light_verbs import LightVerbs, postposed_group
from wirewatch.records import Quote

Parse = Callable[..., Doc]
SAID = "Nous ne fermerons aucune classe de la commune"


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


@pytest.mark.parametrize("group", ["a tenu à préciser", "a fait savoir", "a voulu souligner", "a fait valoir"])
def test_a_light_verb_group_after_the_quotation_names_its_speaker_after_it(parse: Parse, group: str) -> None:
    quotes = quotes_of(parse, "fr", f"« {SAID} », {group} Claire Dumont.")
    assert [(q.text, q.speaker) for q in quotes] == [(SAID, "Claire Dumont")]


@pytest.mark.parametrize("group", ["a-t-elle tenu à souligner", "a-t-elle fait savoir"])
def test_the_inverted_pronoun_of_a_light_verb_group_speaks_for_the_person_named_before(parse: Parse, group: str
                                                                                        ) -> None:
    quotes = quotes_of(parse, "fr", f"Claire Dumont dirige la mairie depuis six ans. « {SAID} », {group}.")
    assert [(q.text, q.speaker) for q in quotes] == [(SAID, "Claire Dumont")]


def _group_doc(bare_fr: Language, words: list[str], lemmas: list[str], pos: list[str], morphs: list[str]) -> Doc:
    return Doc(bare_fr.vocab, words=words, lemmas=lemmas, pos=pos, morphs=morphs)


def test_a_word_other_than_a_light_verb_breaks_the_group(bare_fr: Language) -> None:
    lex = QuoteLexicon.load("fr")
    light = LightVerbs.load("fr").verbs
    inside = _group_doc(bare_fr, [",", "a", "tenu", "à", "préciser", "Paul", "Renard"],
                        [",", "avoir", "tenir", "à", "préciser", "Paul", "Renard"],
                        ["PUNCT", "AUX", "VERB", "ADP", "VERB", "PROPN", "PROPN"],
                        ["", "VerbForm=Fin", "VerbForm=Part", "", "VerbForm=Inf", "", ""])
    outside = _group_doc(bare_fr, [",", "a", "dit", "vouloir", "préciser", "Paul", "Renard"],
                         [",", "avoir", "dire", "vouloir", "préciser", "Paul", "Renard"],
                         ["PUNCT", "AUX", "VERB", "VERB", "VERB", "PROPN", "PROPN"],
                         ["", "VerbForm=Fin", "VerbForm=Part", "VerbForm=Inf", "VerbForm=Inf", "", ""])
    read = postposed_group(lex, light, inside[4], inside[0:7])
    assert read is not None and read[0] == 1 and read[1] is not None and read[1].text == "Paul Renard"
    assert postposed_group(lex, light, outside[4], outside[0:7]) is None

