"""Substring filters (part of the evidence, part of an actor's name) left to test in a page's key ranges (a country
with types, docs/scale.md): the pages are the plain query's on both backends, whichever way PostgreSQL writes the
filter — an actor's fragment as its stored names, a text fragment with strpos on the ranges' rows when the planner
expects them to be few (or fewer than hold the fragment's words), else its LIKE."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_store_event_keys import _keys, _plain_page
from tests.test_store_scale import _events_store
from wirewatch.store import EventQuery, pg_event_pages, pg_text_pages
from wirewatch.store.migrations.m0010_month_words import MONTH_WORDS
from wirewatch.store.migrations.m0015_country_words import COUNTRY_WORDS
from wirewatch.store.queries import PLANNED_EACH_TIME
from wirewatch.store.synthetic_events import EventRows, EventStream

_MONTH = {"since": dt.date(2025, 12, 1), "until": dt.date(2025, 12, 31)}
_CASES: list[tuple[dict[str, Any], int]] = [
    ({"country": "UKR", "types": ("CONSULT",)}, 0), ({"country": "FRA", "types": ("CONSULT", "ASSAULT")}, 2),
    ({"country": "UKR", "types": ("PROTEST",), **_MONTH}, 0),
    ({"country": "RUS", "types": ("CONSULT",), "lang": "fr"}, 1),
    ({"country": "UKR", "types": ("ASSAULT",), "after": (dt.date(2025, 12, 20), 10**9)}, 0)]


def _recorded_pages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every page statement PostgreSQL's keyed road writes (filled as pages are read)."""
    written: list[str] = []
    keyed = pg_event_pages.substrings_in_ranges

    def recorded(*args: Any) -> Any:
        where = keyed(*args)
        written.append(where.text)
        return where

    monkeypatch.setattr(pg_event_pages, "substrings_in_ranges", recorded)
    return written


@pytest.mark.parametrize("narrow_rows", [10**9, -1])  # every range narrow (strpos); none (LIKE, the words rare)
def test_text_pages_read_by_role_are_the_plain_pages(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                     narrow_rows: int) -> None:
    monkeypatch.setattr(pg_event_pages, "NARROW_ROWS", narrow_rows)
    if narrow_rows < 0:  # the ranges expected to hold more events than the words: never the smaller side
        monkeypatch.setattr(pg_event_pages, "expected_rows_together",
                            lambda execute, asked: [1.0 if query == EventQuery() else 1e6 for query, _ in asked])
    written = _recorded_pages(monkeypatch)
    store = _events_store(db_url, 200)
    places = EventRows(EventStream(articles=200, days=60)).places
    for fragment in (places[3].lower(), places[7][1:4].upper(), "officials", "the capital", "nowhere"):
        for extra, offset in _CASES:
            query = EventQuery(limit=6, text=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        tested = [text for text in written if "evidence_text" in text]
        # "nowhere" lies within words and no stored word holds it: no event, no test; "the capital" has no words
        assert len(tested) == 4 * len(_CASES)
        road = "strpos(LOWER(e.evidence_text)" if narrow_rows > 0 else "LOWER(e.evidence_text) LIKE"
        assert all(road in text for text in tested), tested
    store.close()


def test_actor_fragments_in_role_ranges_are_their_stored_names(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    written = _recorded_pages(monkeypatch)
    store = _events_store(db_url, 200)
    names = EventRows(EventStream(articles=200, days=60)).actors
    # a first name (in several names: the country's three ranges are fewer than the names' two each), two letters
    for fragment in (names[0].split()[0].lower(), "ka"):
        for extra, offset in _CASES:
            query = EventQuery(limit=6, actor=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        assert any("LOWER(e.source_name) = ANY" in text for text in written), written
        assert not any("LIKE" in text for text in written if "= ANY" in text)
        # planned with its names each time (never a prepared statement's generic plan, blind to the array)
        sql = pg_event_pages.pg_events_sql(store._execute, EventQuery(limit=6, actor="ka", **_CASES[0][0]))  # type: ignore[attr-defined]
        assert sql.text.startswith(PLANNED_EACH_TIME)
    store.close()


def test_a_fragment_no_stored_word_holds_gives_an_empty_page(db_url: str) -> None:
    store = _events_store(db_url, 50)
    assert store.events(EventQuery(limit=5, text="qqxqq", country="UKR", types=("CONSULT",))) == []
    store.close()


@pytest.mark.parametrize("keyed_cost", [0, 10**9])  # always the country's keyed words (0015); never (the walk)
def test_text_and_country_pages_read_from_the_keyed_words_are_the_plain_pages(
        db_url: str, monkeypatch: pytest.MonkeyPatch, keyed_cost: int) -> None:
    monkeypatch.setattr(pg_event_pages, "KEYED_PAGE_COST", keyed_cost)
    keyed: list[str] = []
    page = pg_event_pages.country_words_page_sql
    monkeypatch.setattr(pg_event_pages, "country_words_page_sql",
                        lambda query, words, offset: keyed.append(query.text or "") or page(query, words, offset))
    store = _events_store(db_url, 200)
    places = EventRows(EventStream(articles=200, days=60)).places
    fragments = [places[3].lower(), places[7][1:4].upper(), "officials"]
    cases: list[tuple[dict[str, Any], int]] = [
        ({"country": "UKR"}, 0), ({"country": "fra"}, 4), ({"country": "RUS", "lang": "fr"}, 0),
        ({"country": "UKR", **_MONTH}, 1), ({"country": "UKR", "after": (dt.date(2025, 12, 20), 10**9)}, 0),
        ({"country": "UKR", "after": (None, 10**9)}, 2)]
    for fragment in fragments:
        for extra, offset in cases:
            query = EventQuery(limit=6, text=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        assert len(keyed) == (len(fragments) * len(cases) if keyed_cost == 0 else 0), keyed
    store.close()


@pytest.mark.parametrize("country", ["UKR", "fra"])
def test_a_walk_with_a_country_reads_only_the_events_holding_the_words_keyed_by_it(
        db_url: str, monkeypatch: pytest.MonkeyPatch, country: str) -> None:
    monkeypatch.setattr(pg_event_pages, "KEYED_PAGE_COST", 10**9)  # never the keyed page: the walk
    store = _events_store(db_url, 200)
    statements: list[str] = []
    if db_url.startswith("postgres"):
        execute = store._execute  # type: ignore[attr-defined]
        monkeypatch.setattr(store, "_execute", lambda sql, params=(): statements.append(sql) or execute(sql, params))
    places = EventRows(EventStream(articles=200, days=60)).places
    for fragment in (places[7][1:4].upper(), places[3].lower()):
        for offset in (0, 3):
            query = EventQuery(limit=6, text=fragment, country=country)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, offset)
    look_ups = [sql for sql in statements if MONTH_WORDS in sql]
    assert all(COUNTRY_WORDS in sql and sql.startswith(PLANNED_EACH_TIME) for sql in look_ups), look_ups
    assert look_ups or not db_url.startswith("postgres")
    store.close()


class _Stats:
    def __init__(self, row: tuple[object, ...]) -> None:
        self.row = row

    def fetchone(self) -> tuple[object, ...]:
        return self.row


@pytest.mark.parametrize(("matching", "months_read"), [(51 * 24, 1), (51 * 24 / 3, 4), (51 * 3, 16), (10, 24)])
def test_a_walk_reads_the_undated_events_and_the_months_of_its_steps_until_a_page_is_expected(
        monkeypatch: pytest.MonkeyPatch, matching: float, months_read: int) -> None:
    months = [f"2025{m:02d}" for m in range(12, 0, -1)] + [f"2024{m:02d}" for m in range(12, 0, -1)]
    monkeypatch.setattr(pg_text_pages, "walk_months", lambda execute, query: months)
    execute: Any = lambda sql, params: _Stats((0.02,))  # noqa: E731 (the undated share of the planner's statistics)
    reads = pg_text_pages.walk_reads(execute, EventQuery(text="x"), 24_000.0, matching, 51)
    assert reads == pytest.approx(24_000 * (0.02 + months_read / 24))
