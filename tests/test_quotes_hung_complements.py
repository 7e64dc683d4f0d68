"""The complement clause of a speech verb that the parser hung elsewhere in the verb's phrase: under the name of
the outlet told (« a indiqué à l'agence TASS que … », "told the radio station France Inter
that …"), or around a locution inside the clause (« a déclaré mardi que les deux pays étaient d'accord »).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "said", "speaker", "channel"), [
    ("fr", "Sergueï Lavrov a indiqué à l'agence TASS que les pourparlers reprendraient.",
     "les pourparlers reprendraient", "Sergey Lavrov", "TASS"),
    ("fr", "Le porte-parole a expliqué à la radio France Inter que les troupes resteraient.",
     "les troupes resteraient", None, "France Inter"),
    ("en", "Sergei Lavrov told the Russian news agency Ria Novosti that talks would resume.",
     "talks would resume", "Sergey Lavrov", "RIA Novosti"),
])
def test_a_clause_hung_under_the_outlet_told_is_what_was_said(
        parse: Parse, lang: str, text: str, said: str, speaker: str | None, channel: str) -> None:
    quotes = list(parse(lang, text, published="2025-03-04")._.ww_quotes)
    assert [q.text for q in quotes] == [said]
    assert quotes[0].channel == channel
    if speaker is not None:
        assert quotes[0].speaker == speaker


def test_a_clause_built_around_a_locution_is_still_the_verbs_complement(parse: Parse) -> None:
    text = "Emmanuel Macron a reçu Olaf Scholz à Paris. Il a déclaré mardi que les deux pays étaient d'accord."
    quotes = list(parse("fr", text, published="2025-03-04")._.ww_quotes)
    assert [(q.text, q.speaker) for q in quotes] == [("les deux pays étaient d'accord", "Emmanuel Macron")]


def test_a_relative_clause_of_the_listener_is_not_what_was_said(parse: Parse) -> None:
    quotes = list(parse("fr", "Le ministre a réagi à la décision que le gouvernement a prise mardi.")._.ww_quotes)
    assert quotes == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La ministre a promis de financer les travaux aussi longtemps que l'État en aura les moyens."),
    ("en", "The group claimed the bombing but there were signs that the army had ignored warnings."),
])
def test_a_clause_under_another_verb_of_the_sentence_is_not_the_speech_verbs(
        parse: Parse, lang: str, text: str) -> None:
    assert list(parse(lang, text)._.ww_quotes) == []
