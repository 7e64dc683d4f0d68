"""An act named as the object of a verb of remembrance is a past act recalled, no event of the article
(``unrealised.recalled``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Relatives commemorated the 2008 Mumbai attacks on Wednesday"),
    ("en", "Relatives commemorated the 2008 Mumbai attacks on Wednesday."),
    ("en", "Residents remembered the 1998 embassy bombing in Nairobi"),
    ("fr", "Des proches ont commémoré les attentats de 2015 à Paris mercredi"),
    ("fr", "Des proches ont commémoré les attentats de 2015 à Paris mercredi."),
])
def test_an_act_commemorated_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == []


def test_an_attack_whose_victims_are_mourned_stays(parse: Parse) -> None:
    """"mourned the victims of Sunday's attack": the victims are mourned; the attack is the news."""
    text = "Hundreds mourned the victims of Sunday's attack in Kabul"
    assert [e.type for e in events_of(parse, "en", text)] == ["ASSAULT"]
