"""An offer of goods is no agreement (``offers``): an offer states one when it offers an act, to do something or
to someone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The company is offering free trials of its software."),
    ("en", "Scholz offered some career advice for young diplomats."),
    ("en", "The report offers a snapshot of the market"),
    ("fr", "L'entreprise propose des essais gratuits."),
    ("fr", "Le rapport offre un aperçu du marché"),
])
def test_goods_offered_with_no_recipient_are_no_agreement(parse: Parse, lang: str, text: str) -> None:
    assert "AGREE" not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Syria offered its troops to the new president."),
    ("en", "Putin offered talks with Kyiv"),
    ("en", "Kenya offered to mediate between the two sides."),
    ("fr", "L'Irak a offert son aide au Liban."),
    ("fr", "Le Qatar a offert sa médiation entre les deux camps"),
])
def test_an_offer_of_an_act_or_to_someone_is_an_agreement(parse: Parse, lang: str, text: str) -> None:
    assert "AGREE" in types(parse, lang, text)
