"""A headline reports a clause without its copula (headlines.verbless_predicate): "Macron says France ready to send
troops" reports "France ready to send troops". English only: the French parse reads « dit la France prête à … »
as an object and an adverb.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Macron says France ready to send troops", "France ready to send troops", "Emmanuel Macron"),
    ("Scholz says Germany open to talks.", "Germany open to talks", "Olaf Scholz"),
    ("Merkel says Germany ready for talks with Moscow", "Germany ready for talks with Moscow", "Angela Merkel"),
])
def test_a_headline_reports_a_subject_and_an_adjective_with_its_complement(parse: Parse, text: str, said: str,
                                                                          speaker: str) -> None:
    assert [(q.text, q.direct, q.speaker) for q in parse("en", text)._.ww_quotes] == [(said, False, speaker)]


def test_a_bare_adjective_after_a_speech_verb_reports_nothing(parse: Parse) -> None:
    assert parse("en", "The mayor declared the city safe.")._.ww_quotes == []
