"""A source phrase over a clause whose verb is a passive speech verb with no speaker of its own: the clause states
a state ("est assurée", "is assured"), it reports no attribution, and the source speaks it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("fr", "Selon le ministre, la sécurité des Jeux est assurée.", "la sécurité des Jeux est assurée", "le ministre"),
    ("fr", "Anne Hidalgo a visité le stade. D'après elle, la sécurité des Jeux est assurée.",
     "la sécurité des Jeux est assurée", "Anne Hidalgo"),
    ("en", "According to the minister, security at the Games is assured.", "security at the Games is assured",
     "the minister"),
])
def test_a_passive_state_under_a_source_phrase_is_what_the_source_said(
        parse: Parse, lang: str, text: str, said: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in parse(lang, text)._.ww_quotes] == [(said, speaker)]


def test_a_passive_attribution_with_its_agent_under_a_source_phrase_is_not_the_sources(parse: Parse) -> None:
    assert list(parse("fr", "Selon l'AFP, la nouvelle a été démentie par le Kremlin.")._.ww_quotes) == []

