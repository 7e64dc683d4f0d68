"""The subject a speech verb takes after it in an incise (« « … », regrette le maire de Lyon, Grégory Doucet »)
speaks; the parser may read it as the verb's object, but a speaker is not what it said.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize("verb", ["regrette", "salue"])
def test_the_inverted_subject_of_an_incise_is_the_speaker_not_the_content(parse: Parse, verb: str) -> None:
    # (French only: English inverts the subject after "said", a verb that takes no object)
    text = f"« Nous n'avons pas été consultés », {verb} le maire de Lyon, Grégory Doucet."
    assert [(q.text, q.direct, q.speaker) for q in parse("fr", text)._.ww_quotes] == [
        ("Nous n'avons pas été consultés", True, "Grégory Doucet")]


def test_the_object_of_the_same_verb_with_its_subject_before_it_is_still_what_was_said(parse: Parse) -> None:
    quotes = list(parse("fr", "Le maire de Lyon regrette l'absence de concertation avec l'État.")._.ww_quotes)
    assert [q.text for q in quotes] == ["l'absence de concertation avec l'État"]
