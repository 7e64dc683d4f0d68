"""A light noun carries the roles of the act it counts (« un paquet de sanctions », "a package of sanctions",
"a round of sanctions": English hangs the act on the "of"); and a ship attacked is a thing, not a navy (a
warship, « une frégate », is one). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Union européenne a adopté un nouveau paquet de sanctions contre la Biélorussie."),
    ("fr", "L'Union européenne adopte un nouveau paquet de sanctions contre la Biélorussie"),
    ("en", "The European Union adopted a new package of sanctions against Belarus."),
    ("en", "The European Union adopts a new round of sanctions against Belarus"),
])
def test_the_doer_of_a_counted_act_is_the_light_nouns(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "SANCTION"]
    assert [(e.source.name if e.source else None, e.target.country if e.target else None) for e in found] \
        == [("European Union", "BLR")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un navire de pêche a été attaqué par des pirates au large de la Guinée."),
    ("fr", "Un navire de pêche attaqué par des pirates au large de la Guinée"),
    ("en", "A fishing ship was attacked by pirates off the coast of Guinea."),
])
def test_an_attacked_ship_is_no_navy(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert found and all(e.target is None or e.target.sector != "military" for e in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Une frégate a bombardé la côte pendant la nuit."),
    ("en", "A warship shelled the coast during the night."),
])
def test_a_warship_is_the_navy(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert found and all(e.source is not None and e.source.sector == "military" for e in found)
