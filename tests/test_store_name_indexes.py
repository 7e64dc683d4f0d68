"""Migration 0009 (docs/scale.md): the actor name indexes hold the name, so that PostgreSQL reads a name's range from
the index alone; a page read key by key gives the plain query's page whether its ranges are merged in page order
(few ranges) or read through a lateral join (many); and a store made before 0009 gets the new indexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.store_migration_support import only_migrations_before
from tests.test_store_event_keys import _keys, _plain_page
from tests.test_store_scale import _events_store
from wirewatch.store import EventQuery, Store, open_store, pg_event_pages
from wirewatch.store.pg_event_pages import pg_events_sql
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.synthetic_events import EventRows, EventStream

_NAME_INDEXES = [f"events_{role}_{suffix}" for role in ("source", "target")
                 for suffix in ("name_list", "name_type_list")]


@pytest.fixture
def pg_url() -> Iterator[str]:
    from tests.test_store import pg_url_or_skip

    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


def _index_definitions(store: Store) -> dict[str, str]:
    execute: Any = store._execute  # type: ignore[attr-defined]
    rows = execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()").fetchall()
    return {str(name): str(definition) for name, definition in rows}


def test_an_actor_and_type_range_is_read_from_the_index_alone(pg_url: str) -> None:
    store = _events_store(pg_url, 200)
    execute: Any = store._execute  # type: ignore[attr-defined]
    execute("VACUUM ANALYZE events")  # the pages all-visible, as a vacuumed store's are
    execute("SET enable_seqscan = off")
    execute("SET enable_bitmapscan = off")
    name = EventRows(EventStream(articles=200, days=60)).actors[2].lower()
    sql = pg_events_sql(execute, EventQuery(limit=10, actor=name, types=("CONSULT",)))
    plan = "\n".join(str(r[0]) for r in execute("EXPLAIN " + sql.text, sql.params).fetchall())
    assert "Index Only Scan using events_source_name_type_list" in plan
    assert "Index Only Scan using events_target_name_type_list" in plan
    store.close()


def test_a_store_made_before_0009_gets_name_indexes_holding_the_name(pg_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0009")
        old = open_store(pg_url)
        before = _index_definitions(old)
        old.close()
    assert all(f"INCLUDE ({index.split('_')[1]}_name" not in before[index] for index in _NAME_INDEXES)
    store = open_store(pg_url)
    after = _index_definitions(store)
    assert "0009_covering_names" in store.migrations()
    for index in _NAME_INDEXES:
        role = index.split("_")[1]
        assert f"INCLUDE ({role}_name, " in after[index]
        assert after[index].split(" INCLUDE ")[0] == before[index].split(" INCLUDE ")[0]  # same keys, same order
    store.close()


@pytest.mark.parametrize("merged_ranges", [0, 8, 1000])  # every page read through the lateral join, as chosen, merged
def test_pages_read_key_by_key_are_the_plain_pages_however_their_ranges_are_read(
        pg_url: str, merged_ranges: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_event_pages, "MAX_MERGED_RANGES", merged_ranges)
    store = _events_store(pg_url, 200)
    names = EventRows(EventStream(articles=200, days=60)).actors
    week = {"since": dt.date(2025, 12, 1), "until": dt.date(2025, 12, 7)}
    queries: list[tuple[dict[str, object], int]] = [
        ({"country": "UKR", "types": ("CONSULT",)}, 0), ({"country": "UKR", "types": ("CONSULT",)}, 60),
        ({"country": "FRA", "types": ("CONSULT", "ASSAULT", "PROTEST")}, 5),
        ({"country": "UKR", "types": ("ASSAULT",), "after": (dt.date(2025, 12, 20), 10**9)}, 2),
        ({"country": "UKR", "types": ("CONSULT", "COERCE"), "lang": "fr", **week}, 0),
        ({"actor": names[2].lower(), "types": ("CONSULT",)}, 0), ({"actor": names[0], "types": ("ASSAULT",)}, 9),
        ({"actor": names[0].split()[0], "types": ("CONSULT", "ASSAULT")}, 3), ({"actor": names[1].lower()}, 4),
    ]
    for filters, offset in queries:
        query = EventQuery(limit=8, **filters)  # type: ignore[arg-type]
        assert _keys(store, query, offset) == _plain_page(store, query, offset), (filters, offset)
    store.close()


def test_few_ranges_are_merged_in_page_order_and_many_read_through_a_lateral_join(pg_url: str) -> None:
    store = _events_store(pg_url, 20)
    execute: Any = store._execute  # type: ignore[attr-defined]
    few = pg_events_sql(execute, EventQuery(limit=5, country="UKR", types=("CONSULT",)))  # three roles: 3 ranges
    many = pg_events_sql(execute, EventQuery(limit=5, country="UKR", types=("CONSULT", "ASSAULT", "PROTEST")))
    assert "UNION ALL" in few.text and "LATERAL" not in few.text
    assert "LATERAL" in many.text and "UNION ALL" not in many.text
    store.close()
