"""The scale machinery on small stores: bulk loading, merged pages from a slice of the newest reports, estimated
counts, and stories filled straight into the tables then filed against (the 1M/10M runs are benchmarks)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from tests.synthetic_store_support import bulk_loaded_store
from tests.test_store import pg_url_or_skip
from wirewatch.records import Article
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.bulk_load import BulkLoader
from wirewatch.store.merged_events import DIALECTS, merged_events_sql, merged_row, read_merged_events
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.story_fill import fill_stories
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.synthetic_events import (
    EventStream,
)
from wirewatch.store.synthetic_stories import signature_keys, spec_record, stream
from wirewatch.stories import signature_of


def _events_store(url: str, articles: int) -> Store:
    """A store of synthetic events (ten an article, over 60 days), loaded through the bulk loader."""
    return bulk_loaded_store(url, EventStream(articles=articles, days=60))


def test_bulk_loaded_rows_are_read_back_as_stored_events(db_url: str) -> None:
    store = _events_store(db_url, 50)
    assert store.count_events(EventQuery()) == 500
    page = store.events(EventQuery(limit=10), offset=20)
    assert len(page) == 10 and all(r.article.startswith("syn-") for r in page)
    store.close()


@pytest.mark.parametrize(("filters", "offset"), [({}, 0), ({}, 40), ({"types": ("CONSULT", "ASSAULT")}, 5),
                                                 ({"country": "UKR"}, 10),
                                                 ({"types": ("CONSULT",), "country": "UKR"}, 3),
                                                 ({"since": dt.date(2025, 12, 1), "until": dt.date(2025, 12, 20)},
                                                  10)])
def test_a_merged_page_from_the_newest_reports_is_the_page_of_all_reports(db_url: str, filters: dict[str, object],
                                                                          offset: int) -> None:
    store = _events_store(db_url, 300)
    query = EventQuery(limit=15, **filters)  # type: ignore[arg-type]
    dialect = store.dialect  # type: ignore[attr-defined]
    execute = store._execute  # type: ignore[attr-defined]
    everything = merged_events_sql(query, DIALECTS[dialect], offset=offset)
    full = [merged_row(r) for r in execute(everything.text, everything.params).fetchall()]
    sliced = read_merged_events(execute, dialect, query, offset=offset)
    assert len(full) == 15
    assert sliced == full
    store.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """PostgreSQL only: SQLite counts exactly, the estimate is PostgreSQL's."""
    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


def test_counts_over_many_events_are_estimated_and_said_so(pg_url: str) -> None:
    store = _events_store(pg_url, 400)
    execute = store._execute  # type: ignore[attr-defined]
    exact = pg_event_counts(execute, EventQuery(limit=None))
    estimated = pg_event_counts(execute, EventQuery(limit=None), exact_limit=100, sampled_rows=2000)
    assert not exact.estimate and exact.total == 4000
    assert estimated.estimate and 0.5 * exact.total < estimated.total < 1.5 * exact.total
    store.close()


def test_fast_signature_keys_are_those_of_the_record() -> None:
    for spec in itertools.islice(stream(400, days=20), 400):
        assert signature_keys(spec) == pytest.approx(signature_of(spec_record(spec, "a")).keys)


def test_articles_filed_after_a_bulk_fill_join_their_stored_story(db_url: str) -> None:
    specs = stream(700, days=30)
    open_store(db_url).close()
    loader = BulkLoader(db_url)
    fill = fill_stories(loader, itertools.islice(specs, 600))
    loader.close()
    store = open_store(db_url)
    joined = known = 0
    for spec in specs:
        article = Article(id=f"new-{spec.number}", text="x" * 2000, lang="en", published=spec.day,
                          url=f"https://new.example.org/{spec.number}")
        record = spec_record(spec, article.id)
        store.save(article, record)
        assignment = store.file_story(article, record)
        assert assignment is not None and assignment.candidates <= 12 * 50
        if spec.story in fill.story_of_gold:
            known += 1
            joined += assignment.story_id == fill.story_of_gold[spec.story]
    assert known and joined >= 0.8 * known
    store.close()

