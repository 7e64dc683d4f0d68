"""« à la demande de X »: X requests the act of the verb's subject (PLOVER REQUEST), and is no party of that act
(``requested_acts``); an armed body qualified as irregular (« forces paramilitaires », « soldats rebelles ») is
of that kind, not the state's army (``actor_phrases.agent_noun``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("text", "requester"), [
    ("Les ministres ont démissionné à la demande d'Emmanuel Macron.", "Emmanuel Macron"),
    ("La police a évacué le camp à la demande du préfet.", "préfet"),
])
def test_at_the_request_of_x_x_is_the_requester(parse: Parse, text: str, requester: str) -> None:
    found = [e for e in events_of(parse, "fr", text) if e.type == "REQUEST"]
    assert len(found) == 1 and found[0].source is not None and found[0].source.name == requester, found
    others = [e for e in events_of(parse, "fr", text) if e.type != "REQUEST"]
    assert all(e.target is None or e.target.name != requester for e in others), others


@pytest.mark.parametrize("text", [
    "Des forces paramilitaires kényanes se sont emparées d'un village près de la frontière.",
    "Des soldats rebelles ont attaqué la caserne de Goma.",
])
def test_an_irregular_armed_body_is_no_state_army(parse: Parse, text: str) -> None:
    found = [e for e in events_of(parse, "fr", text) if e.type == "ASSAULT"]
    assert found and found[0].source is not None and found[0].source.sector == "rebels", found
