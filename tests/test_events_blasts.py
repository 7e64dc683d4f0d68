"""Toll lines of blasts set off together, a mine as a workplace or as a weapon, and a projectile intercepted:
sentences written for these tests, with and without a final full stop; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least 30 killed in twin blasts in a Baghdad market"),
    ("en", "Two explosions in Kabul kill 14"),
    ("en", "A series of blasts hit Kabul on Friday, killing 12"),
    ("fr", "Au moins 30 morts dans une double explosion à Bagdad"),
    ("fr", "Deux explosions ont fait 14 morts à Kaboul"),
])
def test_blasts_set_off_together_are_an_attack(parse: Parse, lang: str, text: str, stop: str) -> None:
    event = next(e for e in events_of(parse, lang, text + stop) if e.type == "ASSAULT")
    assert event.place is not None


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two blasts ripped through a chemical depot near the port, killing 30 people"),
    ("en", "A gas explosion killed five people in Lyon"),
    ("fr", "Au moins 30 morts dans une explosion de gaz à Lyon"),
])
def test_a_blast_of_civil_use_or_at_a_site_stays_an_accident(parse: Parse, lang: str, text: str, stop: str) -> None:
    assert "ASSAULT" not in types(parse, lang, text + stop)


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A gas explosion ripped through a copper mine in Zambia"),
    ("en", "An explosion in a mine in Colombia killed 21 workers"),
    ("en", "A blast tore through a gold mine in Ghana"),
    ("fr", "Une explosion dans une mine de charbon en Turquie"),
    ("fr", "Une explosion dans une mine en Colombie a tué 21 ouvriers"),
])
def test_a_mine_as_a_workplace_is_the_place_of_an_accident(parse: Parse, lang: str, text: str, stop: str) -> None:
    assert "ASSAULT" not in types(parse, lang, text + stop)


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A soldier was killed after he stepped on a mine near Kharkiv"),
    ("en", "Two soldiers were killed when their vehicle hit a mine in Mali"),
    ("fr", "Deux soldats tués par une mine antipersonnel au Mali"),
])
def test_a_mine_stepped_on_or_hit_is_a_weapon(parse: Parse, lang: str, text: str, stop: str) -> None:
    assert "ASSAULT" in types(parse, lang, text + stop)


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text", "firer"), [
    ("en", "Air defences intercepted a missile fired by the Houthis", "Houthis"),
    ("en", "Air defences intercepted a barrage of rockets fired by Hezbollah", "Hezbollah"),
    ("en", "Ukraine intercepted 40 drones launched by Russia overnight", "Russia"),
    ("fr", "La défense aérienne a intercepté un missile tiré par les Houthis", "Houthis"),
    ("fr", "L'armée a intercepté deux drones lancés par le Hezbollah", "Hezbollah"),
])
def test_a_projectile_intercepted_is_an_attack_by_who_fired_it(parse: Parse, lang: str, text: str, firer: str,
                                                               stop: str) -> None:
    found = events_of(parse, lang, text + stop)
    assert "COERCE" not in [e.type for e in found]
    attack = next(e for e in found if e.type == "ASSAULT")
    assert attack.source is not None and firer.lower() in attack.source.name.lower()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The navy intercepted a shipment of weapons bound for the rebels."),
    ("fr", "La marine a intercepté une cargaison d'armes destinée aux rebelles."),
])
def test_a_shipment_of_weapons_intercepted_stays_a_seizure(parse: Parse, lang: str, text: str) -> None:
    found = types(parse, lang, text)
    assert "COERCE" in found and "ASSAULT" not in found
