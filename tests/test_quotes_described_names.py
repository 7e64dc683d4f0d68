"""A definite description takes up the organisation named before it by the name's head noun ("the office" after
"the Regional Office for Coastal Safety"). Every sentence here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.quotes.antecedents import name_head

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("name", "head"), [
    ("Regional Office for Coastal Safety", "office"),
    ("Agence régionale de sécurité côtière", "agence"),
    ("Coastal Safety Agency", None),
])
def test_the_head_of_a_name_is_the_word_before_its_first_lowercase_word(name: str, head: str | None) -> None:
    assert name_head(name) == head


@pytest.mark.parametrize(("lang", "text", "said", "organisation"), [
    ("en", "The Regional Office for Coastal Safety sent four boats to the bay on Monday. About 900 people live "
           "in the flooded villages, the office said.", "About 900 people live in the flooded villages",
     "Coastal Safety"),
    ("fr", "Le Bureau régional de la sécurité côtière a envoyé quatre bateaux dans la baie lundi. Environ 900 "
           "personnes vivent dans les villages inondés, a indiqué le bureau.",
     "Environ 900 personnes vivent dans les villages inondés", "sécurité côtière"),
])
def test_a_description_takes_up_the_organisation_it_heads(parse: Parse, lang: str, text: str, said: str,
                                                          organisation: str) -> None:
    speakers = {q.text: q.speaker or "" for q in parse(lang, text)._.ww_quotes}
    assert organisation in speakers.get(said, "")
