"""« céder aux exigences / à la pression / au chantage », "give in / bow / yield to the demands": yielding to demands
(CAMEO 08, PLOVER CONCEDE); negated, a refusal to yield (CAMEO 124, PLOVER REJECT yield), also in a conditional
the tagger reads as an imperfect (« qu'ils ne céderaient pas »); « céder du terrain » negated refuses nothing. A
headline that states an attack with its toll and no doer is kept above a body that does not retell it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le gouvernement n'a pas cédé aux exigences des grévistes."),
    ("fr", "Le président n'a pas cédé à la pression des syndicats"),
    ("fr", "Le gouvernement ne cédera pas au chantage des rebelles, a déclaré le ministre."),
    ("fr", "Les syndicats ont prévenu qu'ils ne céderaient pas au chantage."),
    ("en", "The government did not give in to the strikers' demands."),
    ("en", "The president will not bow to pressure from the unions"),
])
def test_not_yielding_to_demands_is_a_refusal(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert types == ["REJECT"], types


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le gouvernement a cédé aux revendications des agriculteurs."),
    ("en", "The government gave in to the farmers' demands"),
])
def test_yielding_to_demands_is_a_concession(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert types == ["CONCEDE"], types


def test_not_giving_in_to_no_demand_refuses_nothing(parse: Parse) -> None:
    assert not events_of(parse, "en", "The runner did not give in to fatigue.")


def test_not_yielding_ground_refuses_nothing(parse: Parse) -> None:
    assert not events_of(parse, "fr", "L'armée n'a pas cédé de terrain.")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Double attentat à Lyon : 3 morts\nLe maire a appelé au calme."),
    ("fr", "Attentat à Kaboul : 12 morts\nLe maire a appelé au calme"),
])
def test_a_tolled_headline_is_kept_above_an_unrelated_body(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].killed is not None, found


def test_an_untolled_headline_alone_is_still_dropped(parse: Parse) -> None:
    assert not events_of(parse, "fr", "Frappes russes sur Kiev\nLe maire a appelé au calme.")
