"""Speech denied (withheld.py): a speech verb its own negation denies reports nothing — neither its clause nor the
quoted words near it — while a verb of opinion, a verb of denial and a restricted verb still report.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joe Biden has not said the war is over."),
    ("en", "Emmanuel Macron never claimed that France would leave NATO."),
    ("en", "Officials haven't said the ministry is reopening its inquiry."),
    ("fr", "Emmanuel Macron n'a pas dit que la guerre était finie."),
    ("fr", "Olaf Scholz n'a jamais déclaré que l'Allemagne quitterait l'Otan."),
])
def test_a_denied_speech_verb_reports_nothing(parse: Parse, lang: str, text: str) -> None:
    assert parse(lang, text)._.ww_quotes == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joe Biden has not said the war is “over.”"),
    ("en", "Prosecutors have not said the agency is actually “reopening” the case."),
    ("fr", "Emmanuel Macron n'a pas dit que la guerre était « finie »."),
])
def test_quoted_words_near_a_denied_speech_verb_are_nobodys(parse: Parse, lang: str, text: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] in ([], [None])


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Officials do not believe the talks will resume.", "the talks will resume"),
    ("en", "The ministry did not deny that troops had crossed the border.", "troops had crossed the border"),
    ("en", "Joe Biden did not only say the plan would fail; he called it illegal.", "the plan would fail"),
    ("fr", "Le ministère n'a pas démenti que des soldats avaient franchi la frontière.",
     "des soldats avaient franchi la frontière"),
])
def test_an_opinion_a_denial_or_a_restriction_still_reports(parse: Parse, lang: str, text: str, said: str) -> None:
    assert said in [q.text for q in parse(lang, text)._.ww_quotes if not q.direct]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“We have the evidence,” Joe Biden said, though prosecutors have not said the case is open. "
           "“They need a warrant.”"),
    ("fr", "« Nous avons les preuves », a déclaré Emmanuel Macron, bien que les juges n'aient pas dit que l'affaire "
           "était rouverte. « Il leur faut un mandat. »"),
])
def test_a_floating_quote_after_a_denied_verb_stays_with_the_speaker(parse: Parse, lang: str, text: str) -> None:
    assert [q.speaker for q in parse(lang, text)._.ww_quotes if q.direct][-1] in ("Joe Biden", "Emmanuel Macron")
