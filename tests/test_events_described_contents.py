"""A container seized or intercepted for what it holds: an object condition on the verb ("intercepted" + a weapon)
holds through a participle that names the object's content ("packages containing explosives", "un camion chargé
d'armes"). Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.described_contents import described_contents


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police intercepted two packages containing explosives at the sorting office"),
    ("en", "Border guards seized a truck packed with ammunition on Tuesday"),
    ("fr", "Les douaniers ont saisi un camion chargé d'armes à la frontière mardi"),
])
def test_a_container_seized_for_the_weapons_it_holds_is_a_confiscation(parse: Parse, lang: str, text: str) -> None:
    found = [(e.type, e.cameo) for e in events_of(parse, lang, text)]
    assert ("COERCE", "1711") in found


def test_a_person_intercepted_with_a_letter_is_no_confiscation(parse: Parse) -> None:
    text = "Police intercepted a man carrying a letter to the minister"
    assert ("COERCE", "1711") not in [(e.type, e.cameo) for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("morph", "content"), [("VerbForm=Part", ["explosives"]), ("VerbForm=Fin", [])])
def test_only_a_participle_describing_the_object_names_its_content_on_a_hand_built_parse(
        morph: str, content: list[str]) -> None:
    words = ["intercepted", "packages", "containing", "explosives"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2], deps=["ROOT", "dobj", "acl", "dobj"],
              pos=["VERB", "NOUN", "VERB", "NOUN"], morphs=["", "", morph, ""])
    assert [t.text for t in described_contents([doc[1]])] == content
