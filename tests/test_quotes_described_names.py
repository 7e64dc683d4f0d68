"""A definite description takes up the organisation named before it by the name's head noun ("the office" after
"the Regional Office for Coastal Safety"), else the fuller description before it with the same head noun ("the
office" after "the regional flood office"). Every sentence here is written for these tests."""

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


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("en", "The regional flood office issued an appeal for boats. About 900 people live in the flooded villages, "
           "the office said.", "About 900 people live in the flooded villages", "The regional flood office"),
    ("fr", "Le bureau humanitaire régional a lancé un appel pour des bateaux. Environ 900 personnes vivent dans les "
           "villages inondés, a indiqué le bureau.", "Environ 900 personnes vivent dans les villages inondés",
     "Le bureau humanitaire régional"),
])
def test_a_bare_description_takes_up_the_fuller_one_before_it(parse: Parse, lang: str, text: str, said: str,
                                                             speaker: str) -> None:
    speakers = {q.text: q.speaker for q in parse(lang, text)._.ww_quotes}
    assert speakers.get(said) == speaker


def test_a_bare_description_with_nothing_fuller_before_stays_as_written(parse: Parse) -> None:
    text = "An office opened in the port. About 900 people live in the flooded villages, the office said."
    speakers = {q.text: q.speaker for q in parse("en", text)._.ww_quotes}
    assert speakers.get("About 900 people live in the flooded villages") == "the office"


@pytest.mark.parametrize(("lang", "text", "said", "predicate"), [
    ("en", "The Harbour Times became the latest local newspaper to back the levy. The levy is fair and overdue, "
           "the newspaper wrote.", "The levy is fair and overdue", "the latest local newspaper"),
    ("fr", "Le Courrier du Port est devenu le premier journal régional à soutenir la taxe. La taxe est juste et "
           "attendue, a écrit le journal.", "La taxe est juste et attendue", "le premier journal régional"),
])
def test_a_description_said_of_something_is_not_taken_up(parse: Parse, lang: str, text: str, said: str,
                                                          predicate: str) -> None:
    speakers = {q.text: q.speaker or "" for q in parse(lang, text)._.ww_quotes}
    assert predicate not in speakers.get(said, "")
