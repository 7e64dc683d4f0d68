"""The stored merged events (migration 0008): a page of them is the page the per-request merge gives, and the
store keeps them so as it saves articles, files them in stories, moves them and saves them again."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from tests.store_migration_support import only_migrations_before
from tests.test_store_scale import _events_store
from wirewatch.records import Article, EventActor
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store import sql_store as sql_store_module
from wirewatch.store.base import ArticleIdentity
from wirewatch.store.identity import canonical_url, content_hash
from wirewatch.store.merged_events import DIALECTS, merged_events_sql, merged_row
from wirewatch.store.merged_table import STORED_COLUMNS, merged_backfill, read_merged
from wirewatch.store.row_batches import RowsStatement
from wirewatch.store.synthetic_stories import spec_record, stream


def _merged_both_ways(store: Store, query: EventQuery, offset: int = 0) -> tuple[list[object], list[object]]:
    """The page from the stored merged events, and the same page merged from every matching report."""
    execute, dialect = store._execute, store.dialect  # type: ignore[attr-defined]
    everything = merged_events_sql(query, DIALECTS[dialect], offset=offset)
    merged = [merged_row(r) for r in execute(everything.text, everything.params).fetchall()]
    return list(read_merged(execute, dialect, query, offset=offset)), list(merged)


def _stored_rows(store: Store) -> list[tuple[object, ...]]:
    columns = ", ".join(STORED_COLUMNS)
    rows = store._execute(f"SELECT {columns} FROM merged_events ORDER BY first_event").fetchall()  # type: ignore[attr-defined]
    return [(*r[:12], ",".join(sorted(str(r[12] or "").split(","))), *r[13:]) for r in rows]


@pytest.mark.parametrize(("filters", "offset"), [({}, 0), ({}, 40), ({"types": ("CONSULT", "ASSAULT")}, 5),
                                                 ({"limit": None}, 0)])
def test_a_page_of_stored_merged_events_is_the_page_of_all_reports(db_url: str, filters: dict[str, object],
                                                                   offset: int) -> None:
    store = _events_store(db_url, 300)
    stored, merged = _merged_both_ways(store, EventQuery(**{"limit": 15, **filters}), offset)  # type: ignore[arg-type]
    assert stored and stored == merged
    store.close()


def test_a_story_filter_reads_the_stored_merged_events_of_that_story(db_url: str) -> None:
    store = _events_store(db_url, 120)
    story = str(store._execute("SELECT story_id FROM story_articles ORDER BY article_id LIMIT 1").fetchone()[0])  # type: ignore[attr-defined]
    stored, merged = _merged_both_ways(store, EventQuery(story=story, limit=None))
    assert stored and stored == merged and {r.story for r in stored} == {story}  # type: ignore[attr-defined]
    assert _merged_both_ways(store, EventQuery(story="article-1", limit=None)) == ([], [])
    store.close()


def _article(number: int, day: dt.date) -> Article:
    return Article(id=f"kept-{number}", text=f"report {number} " + "x" * 2000, lang="en", published=day,
                   url=f"https://kept.example.org/{number}")


def test_stored_merged_events_are_kept_as_articles_are_saved_filed_moved_and_saved_again(db_url: str) -> None:
    store = open_store(db_url)
    specs = list(itertools.islice(stream(160, days=12), 160))
    articles = [(_article(spec.number, spec.day), spec_record(spec, f"kept-{spec.number}")) for spec in specs]
    for number, (article, record) in enumerate(articles):
        store.save(article, record, stories=number % 3 != 0)  # filed while saved, or after
        if number % 3 == 0 and number % 2 == 0:
            store.file_story(article, record)
    store.refine_stories([ArticleIdentity(canonical_url(a.url), content_hash(a)) for a, _ in articles])
    placed = dict(store._execute("SELECT article_id, story_id FROM story_articles").fetchall())  # type: ignore[attr-defined]
    for number in range(0, len(articles), 7):  # saved again as another story's article, with other events: moved
        article, _ = articles[number]
        other = spec_record(specs[(number + 80) % len(specs)], article.id)
        changed = [e.model_copy(update={"type": "PROTEST", "target": EventActor(name="crowd", country="FRA")})
                   for e in other.events]
        store.save(article, other.model_copy(update={"events": changed}), stories=True)
    moved = dict(store._execute("SELECT article_id, story_id FROM story_articles").fetchall())  # type: ignore[attr-defined]
    assert sum(placed[key] != moved.get(key) for key in placed) >= 5
    for article, record in articles[:5]:  # idempotent: the same record saved again changes nothing
        store.save(article, record)
    kept = _stored_rows(store)
    for statement in merged_backfill(store.dialect):  # type: ignore[attr-defined]
        store._execute(statement)  # type: ignore[attr-defined]
    assert kept and kept == _stored_rows(store)
    stored, merged = _merged_both_ways(store, EventQuery(limit=None))
    assert stored == merged and any(r.reports > 1 for r in stored)  # type: ignore[attr-defined]
    store.close()


def test_migrating_a_store_made_before_0008_stores_its_merged_events(db_url: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    specs = list(itertools.islice(stream(60, days=6), 60))
    with monkeypatch.context() as patched:  # the store of before: no merged events, no map country counters
        only_migrations_before(patched, "0008")
        patched.setattr(sql_store_module, "refresh_merged", lambda *args, **kwargs: None)
        patched.setattr("wirewatch.store.story_store.refresh_merged", lambda *args, **kwargs: None)
        old = open_store(db_url)
        patched.setattr(type(old), "_write_rows", _without_map_countries(type(old)._write_rows))  # type: ignore[attr-defined]
        for spec in specs:
            old.save(_article(spec.number, spec.day), spec_record(spec, f"kept-{spec.number}"), stories=True)
        assert "0008_merged_events" not in old.migrations()
        old.close()
    store = open_store(db_url)
    assert "0008_merged_events" in store.migrations()
    stored, merged = _merged_both_ways(store, EventQuery(limit=None))
    assert stored and stored == merged
    counts = store.event_counts(EventQuery())
    assert counts.countries and sum(n for _, n in counts.countries) == counts.total
    store.close()



def _without_map_countries(write: Callable[..., None]) -> Callable[..., None]:
    def write_rows(self: object, statement: RowsStatement, rows: object) -> None:
        if "event_map_countries" not in statement.head:
            write(self, statement, rows)
    return write_rows
