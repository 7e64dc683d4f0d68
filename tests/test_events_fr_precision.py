"""French constructions of news that told events wrongly or missed them (issue 14): « mettre en garde » is a
warning verb as « avertir » is (``event_triggers.tsv``); a noun of force qualified by its field of trade,
diplomacy or words is no assault (``field_senses``). Sentences written for these tests, with and without a
final full stop."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of

END = ["", "."]  # a headline or bullet, and a sentence


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", [
    "Le ministre a mis en garde la Russie contre toute agression",
    "Scholz a mis Poutine en garde contre une nouvelle offensive",
])
def test_putting_a_state_on_guard_is_a_warning_as_avertir_is(parse: Parse, text: str, end: str) -> None:
    warned = [e for e in events_of(parse, "fr", text + end) if e.type == "THREATEN"]
    assert warned and warned[0].target is not None and warned[0].target.country == "RUS"


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Renault a lancé une offensive commerciale en Chine"),
    ("fr", "Le gouvernement prépare une offensive diplomatique contre la Russie"),
    ("fr", "L'offensive de charme de Pékin en Afrique se poursuit"),
    ("en", "Renault launched a commercial offensive in China"),
    ("en", "Beijing pursued its charm offensive in Africa"),
])
def test_a_noun_of_force_waged_in_a_field_of_trade_or_diplomacy_is_no_assault(parse: Parse, lang: str, text: str,
                                                                               end: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'armée a lancé une offensive terrestre dans le nord de la Syrie"),
    ("en", "The army launched a ground offensive in northern Syria"),
])
def test_a_noun_of_force_with_a_field_of_war_stays_an_assault(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text + end)]
