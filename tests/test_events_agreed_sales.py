"""A firm's agreement to be bought is its sale, no agreement between parties (``commercial_acts.agreed_to_be_sold``,
word class ``sale_verb``); an agreement to undergo another act stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The software maker agreed to be bought by a rival group."),
    ("en", "The software maker agreed to be bought by a rival group"),
    ("fr", "L'éditeur de logiciels a accepté d'être racheté par un groupe rival."),
    ("fr", "L'éditeur de logiciels a accepté d'être racheté par un groupe rival"),
])
def test_agreeing_to_be_bought_is_no_agreement(parse: Parse, lang: str, text: str) -> None:
    assert "AGREE" not in {e.type for e in events_of(parse, lang, text)}


@pytest.mark.parametrize("text", [
    "The militia agreed to be disarmed by the peacekeepers.",
    "The militia agreed to be disarmed by the peacekeepers",
])
def test_agreeing_to_undergo_another_act_stays_an_agreement(parse: Parse, text: str) -> None:
    assert only_event(parse, "en", text, "AGREE") is not None
