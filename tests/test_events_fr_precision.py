"""French constructions of news that told events wrongly or missed them (issue 14): « mettre en garde » is a
warning verb as « avertir » is (``event_triggers.tsv``). Sentences written for these tests, with and without a
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
