"""A harm whose agent is a weapon takes its source from the weapon's phrase (its named user) or none, never from
the victims' side; a subject that runs into a laid explosive ("the vehicle hit a mine", « a sauté sur une
mine ») is harmed, not the doer. Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def assault_sources(parse: Parse, lang: str, text: str) -> list:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert found, text
    return [e.source for e in found]


@pytest.mark.parametrize(("lang", "text", "victims"), [
    ("en", "Two Malian soldiers were killed by a roadside bomb", "MLI"),
    ("en", "Two Malian soldiers were killed by a roadside bomb.", "MLI"),
    ("en", "A Malian army vehicle hit a mine, killing two soldiers.", "MLI"),
    ("en", "A Kenyan police vehicle struck a roadside bomb in Mandera", "KEN"),
    ("en", "Two Kenyan soldiers were killed when their truck hit a roadside bomb", "KEN"),
    ("fr", "Deux soldats maliens tués par une mine", "MLI"),
    ("fr", "Deux soldats maliens ont été tués par une mine.", "MLI"),
    ("fr", "Un véhicule de l'armée malienne a sauté sur une mine, tuant deux soldats.", "MLI"),
    ("fr", "Un véhicule de l'armée malienne a sauté sur une mine, tuant deux soldats", "MLI"),
])
def test_an_unclaimed_weapon_gives_no_source_of_the_victims_side(
        parse: Parse, lang: str, text: str, victims: str) -> None:
    sources = assault_sources(parse, lang, text)
    assert all(s is None or s.country != victims for s in sources), sources


@pytest.mark.parametrize(("lang", "text", "user"), [
    ("en", "Five Ukrainian soldiers were killed by a Russian drone", "RUS"),
    ("en", "Five Ukrainian soldiers were killed by a Russian drone.", "RUS"),
    ("fr", "Cinq soldats ukrainiens tués par un drone russe", "RUS"),
    ("fr", "Deux soldats maliens tués par un obus tiré par l'armée russe.", "RUS"),
    ("en", "A Kenyan army truck hit a mine laid by al-Shabaab militants, killing three soldiers", "SOM"),
])
def test_the_user_named_in_the_weapon_phrase_is_the_source(parse: Parse, lang: str, text: str, user: str) -> None:
    sources = assault_sources(parse, lang, text)
    assert any(s is not None and s.country == user for s in sources), sources


@pytest.mark.parametrize(("lang", "text", "victims"), [
    ("fr", "Un soldat malien a sauté sur une mine près de Gao.", "MLI"),
    ("fr", "Deux enfants libanais ont marché sur une mine dans le sud du pays", "LBN"),
    ("fr", "Un soldat français a été blessé en sautant sur une mine.", "FRA"),
    ("en", "A Malian soldier stepped on a mine near Gao.", "MLI"),
    ("en", "Two Lebanese children stepped on a landmine in the south of the country", "LBN"),
    ("en", "A French army truck drove over a mine", "FRA"),
])
def test_running_into_a_mine_alone_is_a_blast_on_the_subject_with_no_doer(
        parse: Parse, lang: str, text: str, victims: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [e.mode for e in found] == ["explosives"], found
    assert found[0].source is None, found
    assert found[0].target is not None and found[0].target.country == victims, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le soldat a sauté sur son vélo."), ("fr", "Le gardien a sauté sur le ballon"),
    ("fr", "Le soldat a marché sur une planche"), ("fr", "Le chat a marché sur le toit."),
    ("en", "The students stepped on the lawn."), ("en", "The bus drove over the bridge"),
])
def test_jumping_or_walking_on_no_explosive_is_no_blast(parse: Parse, lang: str, text: str) -> None:
    assert not [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
