"""Migration 0011 (docs/scale.md): the undated reports of a merged page read their articles' days from the index
``articles_days`` alone on PostgreSQL (its pages are those of the plain merge: tests/test_store_scale.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_store_scale import _events_store
from wirewatch.store import EventQuery
from wirewatch.store.merged_events import DIALECTS, merged_events_sql
from wirewatch.store.synthetic import scratch_schema


@pytest.fixture
def pg_url() -> Iterator[str]:
    from tests.test_store import pg_url_or_skip

    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


def test_undated_reports_of_a_merged_slice_read_their_articles_days_from_the_index(pg_url: str) -> None:
    store = _events_store(pg_url, 200)
    execute: Any = store._execute  # type: ignore[attr-defined]
    execute("VACUUM ANALYZE articles")  # the pages all-visible, as a vacuumed store's are
    execute("SET enable_seqscan = off")
    execute("SET enable_bitmapscan = off")
    query = EventQuery(limit=15, types=("CONSULT",), country="UKR")
    sql = merged_events_sql(query, DIALECTS["postgres"], from_day=dt.date(2025, 12, 1))
    plan = "\n".join(str(r[0]) for r in execute("EXPLAIN " + sql.text, sql.params).fetchall())
    assert "Index Only Scan using articles_days" in plan
    store.close()


def test_sqlite_records_0011_without_an_index(tmp_path: Any) -> None:
    from wirewatch.store import open_store

    store = open_store(tmp_path / "ww.sqlite")
    execute: Any = store._execute  # type: ignore[attr-defined]
    names = {str(r[0]) for r in execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    assert "0011_article_days" in store.migrations() and "articles_days" not in names
    store.close()
