"""The shipped actor data (``kb/data/actors.jsonl``): valid, up to date, and resolving names and offices the same
way whatever the article's language."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.tools import build_countries
from wirewatch.kb.tools.validate_actors import validate


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def test_actor_file_is_valid() -> None:
    assert validate(build_countries.ACTOR_FILE).errors == []


def test_generated_rows_are_up_to_date() -> None:
    assert build_countries.main(["--check"]) == 0


def test_every_un_member_is_a_country_row(kb: ActorKB) -> None:
    countries = [a for a in kb.actors if a.type == "LOC" and a.role == "country"]
    assert len(countries) >= 193


@pytest.mark.parametrize(("surface", "lang", "name"), [
    ("Poutine", "fr", "Vladimir Putin"),
    ("Putin", "en", "Vladimir Putin"),
    ("Zelenski", "fr", "Volodymyr Zelensky"),
    ("Zelenskyy", "en", "Volodymyr Zelensky"),
    ("forces russes", "fr", "Russian Armed Forces"),
    ("Russian troops", "en", "Russian Armed Forces"),
    ("Tsahal", "fr", "Israel Defense Forces"),
    ("IDF", "en", "Israel Defense Forces"),
    ("Maison-Blanche", "fr", "White House"),
    ("White House", "en", "White House"),
    ("OTAN", "fr", "NATO"),
    ("NATO", "en", "NATO"),
    ("CGRI", "fr", "Islamic Revolutionary Guard Corps"),
    ("Revolutionary Guards", "en", "Islamic Revolutionary Guard Corps"),
    ("Royaume-Uni", "fr", "United Kingdom"),
    ("Britain", "en", "United Kingdom"),
    ("Daech", "fr", "Islamic State"),
    ("ISIS", "en", "Islamic State"),
])
def test_surface_resolves_to_the_canonical_name(kb: ActorKB, surface: str, lang: str, name: str) -> None:
    actor = kb.lookup(surface, lang)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(("role", "country", "day", "name"), [
    ("president", "USA", "2019-06-01", "Donald Trump"),
    ("president", "USA", "2023-06-01", "Joe Biden"),
    ("prime minister", "FRA", "2025-03-01", "François Bayrou"),
    ("prime minister", "FRA", "2024-11-01", "Michel Barnier"),
    ("foreign minister", "UKR", "2023-06-01", "Dmytro Kuleba"),
    ("defence minister", "RUS", "2023-06-01", "Sergei Shoigu"),
])
def test_office_holder_on_the_article_date(kb: ActorKB, role: str, country: str, day: str, name: str) -> None:
    holder = kb.holder(role, country, dt.date.fromisoformat(day))
    assert holder is not None and holder.name == name


def test_a_surface_two_parties_share_is_ambiguous(kb: ActorKB) -> None:
    assert kb.lookup("Conservative Party", "en") is None
