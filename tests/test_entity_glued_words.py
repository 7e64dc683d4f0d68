"""A person's canonical name is their full name without the common words glued on before it at the start of a
sentence or written in lower case elsewhere, and keeps a given name (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


def person_names(doc: Doc) -> set[str]:
    return {e.name for e in doc._.ww_entities if e.type == "PER"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Bridesmaid Taylor Swift attended the ceremony. Taylor Swift then left.", "Taylor Swift"),
    ("fr", "Marraine Sophie Martin a ouvert la fête. Sophie Martin a remercié les invités.", "Sophie Martin"),
])
def test_a_common_word_glued_before_a_name_at_a_sentence_start_is_no_part_of_it(parse: Parse, lang: str, text: str,
                                                                                 name: str) -> None:
    assert name in person_names(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The mayor greeted Emma Watson Guests at the hall. Emma Watson spoke to the guests.", "Emma Watson"),
    ("fr", "Le maire a accueilli Sophie Martin Invités à la salle. Sophie Martin a parlé aux invités.",
     "Sophie Martin"),
])
def test_a_word_glued_after_a_name_and_written_in_lower_case_elsewhere_is_no_part_of_it(parse: Parse, lang: str,
                                                                                        text: str, name: str) -> None:
    assert name in person_names(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Mary Ann Brandt won the race. Ann Brandt thanked her coach.", "Mary Ann Brandt"),
    ("fr", "Marie Anne Dubois a gagné la course. Anne Dubois a remercié son entraîneur.", "Marie Anne Dubois"),
])
def test_a_given_name_before_a_shorter_full_name_stays(parse: Parse, lang: str, text: str, name: str) -> None:
    assert name in person_names(parse(lang, text))
