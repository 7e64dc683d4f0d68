"""Migration 0011 (docs/scale.md): the list merged by story with a day range is read from the stored merged
events — the page is the one merged from every report in the range — and ``range_shifts`` is what the write path
and the migration's backfill both say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_merged_table import _stored_rows
from tests.test_store_scale import _events_store
from wirewatch.store import EventQuery, merged_ranges
from wirewatch.store.merged_events import DIALECTS, merged_events_sql, merged_row
from wirewatch.store.merged_ranges import read_range_rows
from wirewatch.store.merged_table import merged_backfill, read_merged
from wirewatch.store.migrations import m0011_merged_ranges
from wirewatch.store.queries import PLANNED_EACH_TIME

_LAST = dt.date(2025, 12, 31)  # the synthetic store's last day (60 days)


@pytest.mark.parametrize(("since", "until", "types", "offset"), [
    (_LAST - dt.timedelta(days=20), _LAST - dt.timedelta(days=14), (), 0),  # a week in the past: cut at both ends
    (_LAST - dt.timedelta(days=20), _LAST - dt.timedelta(days=14), (), 30),
    (_LAST - dt.timedelta(days=6), None, (), 10),  # since alone
    (None, _LAST - dt.timedelta(days=30), (), 5),  # until alone
    (_LAST - dt.timedelta(days=40), _LAST - dt.timedelta(days=10), ("CONSULT", "ASSAULT"), 3),
    (_LAST - dt.timedelta(days=62), _LAST - dt.timedelta(days=55), (), 20),  # the store's first days: since reached
])
def test_a_merged_page_of_a_day_range_is_the_page_merged_from_its_reports(
        db_url: str, since: dt.date | None, until: dt.date | None, types: tuple[str, ...], offset: int) -> None:
    store = _events_store(db_url, 300)
    execute: Any = store._execute  # type: ignore[attr-defined]
    dialect = store.dialect  # type: ignore[attr-defined]
    query = EventQuery(limit=12, since=since, until=until, types=types)
    everything = merged_events_sql(query, DIALECTS[dialect], offset=offset)
    merged = [merged_row(r) for r in execute(everything.text, everything.params).fetchall()]
    assert read_range_rows(execute, dialect, query, offset) is not None  # read from the stored merged events
    assert len(merged) == 12 and read_merged(execute, dialect, query, offset=offset) == merged
    store.close()


def test_a_page_deeper_than_the_range_holds_is_merged_per_request(db_url: str) -> None:
    store = _events_store(db_url, 300)
    execute: Any = store._execute  # type: ignore[attr-defined]
    dialect = store.dialect  # type: ignore[attr-defined]
    query = EventQuery(limit=12, since=_LAST - dt.timedelta(days=1), until=_LAST)
    assert read_range_rows(execute, dialect, query, 5_000) is None
    assert read_merged(execute, dialect, query, offset=5_000) == []
    store.close()


def test_the_migration_marks_the_merged_events_a_range_may_shift_as_the_write_path_does(db_url: str) -> None:
    store = _events_store(db_url, 300)
    execute: Any = store._execute  # type: ignore[attr-defined]
    written = _stored_rows(store)
    execute("UPDATE merged_events SET range_shifts = 0")
    for statement in m0011_merged_ranges.statements(store.dialect)[1:3]:  # type: ignore[attr-defined]
        execute(statement)
    assert _stored_rows(store) == written
    for statement in merged_backfill(store.dialect):  # type: ignore[attr-defined]
        execute(statement)
    assert _stored_rows(store) == written
    assert {0, 2} <= {r[-1] for r in written}
    store.close()


def test_the_partitions_reports_told_before_their_joins_give_the_page_of_the_joined_reports(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _events_store(db_url, 300)
    execute: Any = store._execute  # type: ignore[attr-defined]
    dialect = store.dialect  # type: ignore[attr-defined]
    query = EventQuery(limit=12, since=_LAST - dt.timedelta(days=20), until=_LAST - dt.timedelta(days=14))
    told_first = read_range_rows(execute, dialect, query, 4)
    monkeypatch.setattr(merged_ranges, "TELL_REPORTS_FIRST", False)
    joined_first = read_range_rows(execute, dialect, query, 4)
    assert told_first is not None and [tuple(r) for r in told_first] == [tuple(r) for r in joined_first or []]
    store.close()


def test_the_merge_of_a_ranges_partitions_is_never_prepared_with_a_generic_plan(db_url: str) -> None:
    """Its lists are array parameters: a plan made without their values (PostgreSQL's, for a statement prepared
    after five runs) read a week's partitions in 2.5 s instead of 0.1 s at 10M events."""
    store = _events_store(db_url, 300)
    if store.dialect != "postgres":  # type: ignore[attr-defined]
        pytest.skip("PostgreSQL prepares statements; SQLite plans each")
    execute: Any = store._execute  # type: ignore[attr-defined]
    for days in range(8):
        query = EventQuery(limit=12, since=_LAST - dt.timedelta(days=20 + days), until=_LAST - dt.timedelta(days=14))
        assert read_range_rows(execute, "postgres", query, 0) is not None
    prepared = [str(r[0]) for r in execute("SELECT statement FROM pg_prepared_statements").fetchall()]
    assert not [s for s in prepared if s.startswith(PLANNED_EACH_TIME)]
    assert prepared  # the other statements of the page, met eight times, were prepared
    store.close()


@pytest.mark.parametrize(("values", "sent"), [
    (["7|ASSAULT|UKR", "8|PROTEST|"], ["7|ASSAULT|UKR\x1f8|PROTEST|"]),  # one text, split by the server
    (["story:a\x1fb|X"], [["story:a\x1fb|X"]]),  # a text holding the separator: an array
])
def test_a_list_of_texts_goes_to_postgres_as_one_text_unless_one_holds_the_separator(
        values: list[str], sent: list[object]) -> None:
    clause, params = merged_ranges._listed("postgres", "e.x", "TEXT", values)
    assert params == sent and ("string_to_array" in clause) == isinstance(sent[0], str)
    assert merged_ranges._listed("sqlite", "e.x", "TEXT", values) == (f"e.x IN ({', '.join('?' for _ in values)})",
                                                                       values)
