"""Text pages read month by month through the evidence's words by month (migration 0010, docs/scale.md): the
pages are the plain query's on both backends, whatever the other filters and the depth; a saved or re-saved
article's events are found (or no longer found) by their words at once; the walk's months."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.store_migration_support import only_migrations_before
from tests.synthetic_store_support import bulk_loaded_store
from tests.test_store import pg_url_or_skip
from tests.test_store_event_keys import _keys, _plain_page, _record
from wirewatch.store import EventQuery, Store, merged_table, open_store, pg_event_pages
from wirewatch.store.merged_table import COLUMNS_0008
from wirewatch.store.pg_text_pages import month_steps, months_between
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.synthetic_events import (
    EventRows,
    EventStream,
)

_STREAM = {"articles": 150, "days": 500}  # seventeen months: every step of the walk


def _long_store(url: str) -> Store:
    """A store of synthetic events over seventeen months, some undated, loaded through the bulk loader."""
    return bulk_loaded_store(url, EventStream(**_STREAM))


def test_months_are_walked_newest_first_in_growing_steps() -> None:
    months = months_between(dt.date(2023, 11, 30), dt.date(2025, 2, 1))
    assert months[:4] == ["202502", "202501", "202412", "202411"] and months[-1] == "202311" and len(months) == 16
    assert [len(step) for step in month_steps(months)] == [1, 3, 12]
    assert [len(step) for step in month_steps([*months, "202310", "202309"])] == [1, 3, 12, 2]
    assert month_steps([]) == []


def test_text_pages_read_by_month_are_the_plain_pages(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[str] = []
    walk = pg_event_pages.text_page_sql
    monkeypatch.setattr(pg_event_pages, "text_page_sql",
                        lambda *args, **kwargs: walks.append(args[1].text) or walk(*args, **kwargs))
    store = _long_store(db_url)
    places = EventRows(EventStream(**_STREAM)).places
    fragments = [places[5].lower(), places[9][1:4].upper(), "the capital", "nowhere", "ceasefire", "Officials"]
    cases: list[tuple[dict[str, Any], int]] = [
        ({}, 0), ({}, 9), ({}, 400), ({"types": ("CONSULT", "ASSAULT")}, 2), ({"country": "UKR"}, 0),
        ({"lang": "fr"}, 3), ({"since": dt.date(2025, 3, 1), "until": dt.date(2025, 9, 30)}, 0),
        ({"after": (dt.date(2025, 6, 15), 10**9)}, 0), ({"after": (None, 10**9)}, 5)]
    for fragment in fragments:
        for extra, offset in cases:
            query = EventQuery(limit=8, text=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):  # the words' fragments by month, the others in page order
        assert set(walks) == {fragment for fragment in fragments if fragment.isalpha()}
    store.close()


def test_a_saved_article_is_found_by_its_words_and_a_resaved_one_by_its_new_words(db_url: str) -> None:
    store = open_store(db_url)
    store.save(*_record("w1", "Lantern Keepers"))
    assert [r.source_name for r in store.events(EventQuery(text="HARBOU"))] == ["Lantern Keepers"]
    article, record = _record("w1", "Lantern Keepers")
    moved = article.model_copy(update={"text": article.text.replace("harbour", "canal")})
    event = record.events[0]
    evidence = event.evidence.model_copy(update={"text": moved.text, "end": len(moved.text)})
    store.save(moved, record.model_copy(update={"events": [event.model_copy(update={"evidence": evidence})]}))
    assert store.events(EventQuery(text="harbou")) == []
    assert [r.source_name for r in store.events(EventQuery(text="canal"))] == ["Lantern Keepers"]
    store.close()


def test_the_index_holds_each_word_with_its_month_or_none() -> None:
    """PostgreSQL's words-by-month index (migration 0010; SQLite records the migration and has none)."""
    with scratch_schema(pg_url_or_skip()) as url:
        store = open_store(url)
        execute: Any = store._execute  # type: ignore[attr-defined]
        words = execute("SELECT evidence_month_words('Boats left the quay-side', CAST(? AS DATE)),"
                        " evidence_month_words('Boats left', NULL)", ["2024-03-09"]).fetchone()
        store.close()
    assert sorted(words[0]) == ["boats@202403", "left@202403", "quay-side@202403", "quay@202403", "side@202403",
                                "the@202403"]
    assert sorted(words[1]) == ["boats@", "left@"]


def _check_month_words(store: Store) -> None:
    execute: Any = store._execute  # type: ignore[attr-defined]
    words = execute("SELECT evidence_month_words('Boats left the quay-side', CAST(? AS DATE)),"
                    " evidence_month_words('Boats left', NULL)", ["2024-03-09"]).fetchone()
    assert sorted(words[0]) == ["boats@202403", "left@202403", "quay-side@202403", "quay@202403", "side@202403",
                                "the@202403"]
    assert sorted(words[1]) == ["boats@", "left@"]
    store.close()


def test_text_pages_of_words_estimated_common_are_read_in_page_order(db_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Words the planner expects in very many events, with filters that keep many of them: the page order, the
    fragment tested with strpos — the plain query's pages."""
    monkeypatch.setattr(pg_event_pages, "expected_rows", lambda *args: 1e6)
    monkeypatch.setattr(pg_event_pages, "expected_rows_together", lambda execute, asked: [1e6] * len(asked))
    ordered: list[bool] = []
    plain = pg_event_pages.events_sql
    def recorded(*args: Any, **kwargs: Any) -> Any:
        ordered.append(kwargs.get("also") is not None)
        return plain(*args, **kwargs)
    monkeypatch.setattr(pg_event_pages, "events_sql", recorded)
    store = _long_store(db_url)
    places = EventRows(EventStream(**_STREAM)).places
    for fragment in ("officials", "THE", places[2][:3], "ceasefire"):
        for extra, offset in (({}, 0), ({}, 30), ({"country": "UKR"}, 0), ({"types": ("CONSULT",)}, 4)):
            query = EventQuery(limit=8, text=fragment, **extra)  # type: ignore[arg-type]
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        assert ordered == [True] * 16, ordered
    store.close()


def test_a_store_made_before_the_words_by_month_finds_its_events_by_them(db_url: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0010")
        insert = merged_table.merged_insert_sql  # the merged events as stored before 0011
        patched.setattr(merged_table, "merged_insert_sql",
                        lambda where, dialect, columns=COLUMNS_0008: insert(where, dialect, COLUMNS_0008))
        old = open_store(db_url)
        old.save(*_record("b1", "Dune Wardens"))
        assert "0010_month_words" not in old.migrations()
        old.close()
    walks: list[str] = []
    walk = pg_event_pages.text_page_sql
    monkeypatch.setattr(pg_event_pages, "text_page_sql",
                        lambda *args, **kwargs: walks.append(args[1].text) or walk(*args, **kwargs))
    store = open_store(db_url)
    assert "0010_month_words" in store.migrations()
    assert [r.source_name for r in store.events(EventQuery(text="harbour"))] == ["Dune Wardens"]
    assert walks == (["harbour"] if db_url.startswith("postgres") else [])
    store.close()
