"""The actor KB and the language-independent name key."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.kb.actor_kb import Actor, ActorKB, Position
from wirewatch.kb.names import name_key, normalize


@pytest.mark.parametrize(("a", "b"), [
    ("Vladimir Poutine", "Владимир Путин"),
    ("Zelenskyy", "Zelenski"),
    ("Zelensky", "Зеленський"),
    ("Kharkiv", "Харків"),
    ("Witkoff", "Witkof"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Poutine", "Pouchkine"), ("Trump", "Truss"), ("Kyiv", "Kirov")])
def test_different_names_have_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_normalize_folds_case_accents_and_hyphens() -> None:
    assert normalize("Maison-Blanche l’Élysée") == "maison blanche l elysee"


@pytest.fixture()
def small_kb() -> ActorKB:
    return ActorKB([
        Actor(id="Q1", name="Ann Example", type="PER", country="AAA", aliases={"fr": ["Anne Exemple"]},
              positions=[Position(role="president", country="AAA", start=dt.date(2020, 1, 1),
                                  end=dt.date(2024, 1, 1))]),
        Actor(id="Q2", name="Bob Example", type="PER", country="AAA",
              positions=[Position(role="president", country="AAA", start=dt.date(2024, 1, 1))]),
        Actor(id="Q3", name="Aland", type="LOC", country="AAA", role="country", aliases={"fr": ["Alande"]}),
    ])


def test_lookup_by_alias_ignores_case_and_accents(small_kb: ActorKB) -> None:
    assert small_kb.lookup("ANNE EXEMPLE").id == "Q1"  # type: ignore[union-attr]


def test_office_holder_depends_on_the_date(small_kb: ActorKB) -> None:
    assert small_kb.holder("president", "AAA", dt.date(2023, 6, 1)).name == "Ann Example"  # type: ignore[union-attr]


def test_office_holder_after_a_handover(small_kb: ActorKB) -> None:
    assert small_kb.holder("president", "AAA", dt.date(2025, 6, 1)).name == "Bob Example"  # type: ignore[union-attr]


def test_country_by_iso3(small_kb: ActorKB) -> None:
    assert small_kb.country("AAA").id == "Q3"  # type: ignore[union-attr]


def test_shipped_kb_loads_with_unique_ids() -> None:
    kb = ActorKB.load()
    assert len({a.id for a in kb.actors}) == len(kb.actors) > 0


@pytest.fixture()
def scripts_kb() -> ActorKB:
    return ActorKB([
        Actor(id="Q10", name="Emmanuel Macron", type="PER", country="FRA"),
        Actor(id="Q11", name="Steve Witkoff", type="PER", country="USA"),
        Actor(id="Q12", name="Vladimir Putin", type="PER", country="RUS", aliases={"fr": ["Vladimir Poutine"]}),
        Actor(id="Q13", name="Benjamin Netanyahu", type="PER", country="ISR"),
    ], latin_countries=frozenset({"FRA", "USA"}))


@pytest.mark.parametrize(("written", "actor_id"), [
    ("Ivan Putin", None),  # another given name
    ("Vladimir Poutin", "Q12"),  # a transliteration of a Cyrillic name
    ("Benjamin Netanyahou", "Q13"),  # of a Hebrew one
    ("Steve Witkof", "Q11"),  # a doubled letter written once
    ("EMMANUEL MACRON", "Q10"),
    ("Emmanuel Macrin", None),  # a Latin-script name one vowel off: another person
    ("Steve Witkuff", None),
])
def test_person_spellings_link_by_the_script_of_the_name(scripts_kb: ActorKB, written: str,
                                                         actor_id: str | None) -> None:
    found = scripts_kb.lookup_person(written)
    assert (found.id if found else None) == actor_id


def test_shipped_name_scripts_mark_latin_and_other_countries() -> None:
    kb = ActorKB.load()
    assert kb.lookup_person("Joe Bidan") is None
    assert kb.lookup_person("Volodimir Zelenski").name == "Volodymyr Zelensky"  # type: ignore[union-attr]
