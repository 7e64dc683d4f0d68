"""The kept sample of the events (migration 0013, PostgreSQL): one event in SAMPLE_EVERY by a hash of its key,
kept through saves, replacements and deletions; the counts estimated from it are within the sampling error of the
exact counts, said to be estimates, and their stated 95% interval holds the exact total; a fragment in many words
with other filters that keep many events is estimated, with filters that keep few counted exactly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.store_migration_support import only_migrations_before
from tests.synthetic_store_support import bulk_loaded_store
from tests.test_store import pg_url_or_skip
from tests.test_word_counts import _saved_store
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store import country_text_counts as country_text_counts_module
from wirewatch.store import pg_event_pages as pg_event_pages_module
from wirewatch.store.event_sample import sample_counts
from wirewatch.store.migrations.m0013_event_sample import SAMPLE_EVERY, SAMPLE_ROWS
from wirewatch.store.pg_counts import pg_event_counts, sampled_total_range
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.synthetic_events import COUNTRIES, EventStream

_LOADED_ARTICLES = 6_000  # 60,000 events: ~1,200 sampled


@pytest.fixture
def pg_url() -> Iterator[str]:
    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


@pytest.fixture(scope="module")
def loaded() -> Iterator[Store]:
    """A store big enough to sample, loaded as the benchmarks load theirs (its sample made by the bulk loader)."""
    with scratch_schema(pg_url_or_skip()) as scratch:
        store = bulk_loaded_store(scratch, EventStream(articles=_LOADED_ARTICLES, days=400))
        yield store
        store.close()


def _sample_rows(store: Store) -> list[tuple[object, ...]]:
    return sorted(store._execute("SELECT * FROM event_sample").fetchall())  # type: ignore[attr-defined]


def _hashed_events(store: Store) -> list[tuple[object, ...]]:
    """The rows the sample must hold: the stored events whose key hashes into it, worked out anew."""
    return sorted(store._execute(SAMPLE_ROWS).fetchall())  # type: ignore[attr-defined]


def test_the_sample_is_kept_through_saves_replacements_and_deletions(pg_url: str) -> None:
    store = _saved_store(pg_url, 240)  # saved, saved again with other events, saved again unchanged
    kept = _sample_rows(store)
    assert kept and kept == _hashed_events(store)
    events = store._execute("SELECT COUNT(*) FROM events").fetchone()[0]  # type: ignore[attr-defined]
    assert len(kept) < events / 5  # a sample, not the events
    sampled_article = kept[0][1]
    store._execute("DELETE FROM articles WHERE id = ?", (sampled_article,))  # type: ignore[attr-defined]
    after = _sample_rows(store)
    assert all(row[1] != sampled_article for row in after) and after == _hashed_events(store)
    store.close()


def test_a_store_made_before_0013_gets_its_sample_from_the_migration(pg_url: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0013")
        old = _saved_store(pg_url, 120)
        assert "0013_event_sample" not in old.migrations()
        old.close()
    store = open_store(pg_url)
    assert _sample_rows(store) and _sample_rows(store) == _hashed_events(store)
    store.close()


def test_the_bulk_loader_makes_the_sample(loaded: Store) -> None:
    kept = _sample_rows(loaded)
    assert kept == _hashed_events(loaded)
    # one in SAMPLE_EVERY, give or take four standard deviations of the number drawn
    expected = _LOADED_ARTICLES * 10 / SAMPLE_EVERY
    assert abs(len(kept) - expected) < 4 * expected ** 0.5


@pytest.mark.parametrize("query", [
    EventQuery(text="against"),  # a template word: a third of the events
    EventQuery(text="lo"),  # a fragment in many place names
    EventQuery(text="ra", types=("PROTEST", "ASSAULT", "CONSULT")),
    EventQuery(text="te", country="UKR"),
    EventQuery(text="mi", lang="en"),
], ids=lambda q: f"{q.text}-{len(q.types)}-{q.country}-{q.lang}")
def test_estimated_counts_are_within_the_sampling_error_of_the_exact_counts(loaded: Store, query: EventQuery) -> None:
    execute = loaded._execute  # type: ignore[attr-defined]
    exact = pg_event_counts(execute, query, exact_limit=10**9)
    estimated = sample_counts(execute, query)
    assert estimated is not None and estimated.estimate and not exact.estimate
    sampled = exact.total / SAMPLE_EVERY  # the sampled events expected to match
    assert sampled > 100
    # each count c: ~c / SAMPLE_EVERY sampled events, a relative standard error of 1/sqrt(that); four of them
    assert abs(estimated.total - exact.total) < 4 * exact.total / sampled ** 0.5
    exact_types = dict(exact.types)
    for kind, count in estimated.types:
        assert count % SAMPLE_EVERY == 0
        if exact_types.get(kind, 0) / SAMPLE_EVERY >= 30:
            assert abs(count - exact_types[kind]) < 4 * exact_types[kind] / (exact_types[kind] / SAMPLE_EVERY) ** 0.5
    assert estimated.undated + sum(d.count for d in estimated.days) == estimated.total


def test_many_words_with_filters_keeping_many_events_are_estimated_and_with_few_counted_exactly(
        loaded: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    execute = loaded._execute  # type: ignore[attr-defined]
    query = EventQuery(text="agains", country="RUS")  # a fragment within words (two words and more in a real store)
    monkeypatch.setattr(pg_event_pages_module, "SAMPLE_FROM", 0)  # every fragment's words hold "many" events here
    monkeypatch.setattr(pg_event_pages_module, "COUNT_WORD_ROWS", 0)  # and the country keeps "many" events
    monkeypatch.setattr(country_text_counts_module, "KEYED_ROWS", 0)  # also by the words keyed by country (0015)
    read = loaded.event_counts(query)
    assert read.estimate and read.total_range is not None and read == sample_counts(execute, query)
    monkeypatch.setattr(pg_event_pages_module, "COUNT_WORD_ROWS", 10**6)  # the country keeps few: the exact roads
    exact = loaded.event_counts(query)
    assert exact == pg_event_counts(execute, query, exact_limit=10**9)
    assert not exact.estimate and exact.total_range is None


def test_the_stated_intervals_of_estimates_hold_the_exact_totals_about_95_times_in_100(loaded: Store) -> None:
    """Every country with a fragment, and with it and a common type: a few to hundreds of sampled events each."""
    execute = loaded._execute  # type: ignore[attr-defined]
    queries = [EventQuery(text=text, country=country, types=types) for text in ("te", "lo") for country in COUNTRIES
               for types in ((), ("PROTEST",))]
    held = 0
    for query in queries:
        exact = pg_event_counts(execute, query, exact_limit=10**9)
        estimated = sample_counts(execute, query)
        assert estimated is not None and estimated.estimate and estimated.total_range is not None
        low, high = estimated.total_range
        assert low <= estimated.total <= high
        held += low <= exact.total <= high
    assert held >= 0.88 * len(queries)  # 95% expected: 160 intervals, ~8 misses; 19 would be 4 standard deviations


@pytest.mark.parametrize("sampled", [0, 1, 5, 40, 400, 4000])
def test_the_interval_of_a_sampled_total_follows_the_binomial_spread(sampled: int) -> None:
    low, high = sampled_total_range(sampled, 50)
    assert sampled <= low <= sampled * 50 <= high
    if sampled == 0:  # none sampled: the total is below ~3.7 / p at 95%
        assert low == 0 and 150 <= high <= 200
    if sampled >= 400:  # many: about ±1.96 / sqrt(sampled) of the estimate
        assert abs((high - low) / 2 / (sampled * 50) - 1.96 / sampled ** 0.5) < 0.01


def test_a_fragment_with_a_country_is_estimated_through_the_samples_country_keys(loaded: Store) -> None:
    """Migration 0014: the sampled events holding the fragment intersected with the country's (no row read for
    the country test alone)."""
    execute = loaded._execute  # type: ignore[attr-defined]
    execute("SET enable_seqscan = off")  # a small store: the planner would scan the sample's few pages
    try:
        plan = "\n".join(r[0] for r in execute(
            "EXPLAIN SELECT COUNT(*) FROM event_sample e WHERE (e.source_country = ? OR e.target_country = ?"
            " OR e.place_country = ?) AND LOWER(e.evidence_text) LIKE ?", ["MLI", "MLI", "MLI", "%lo%"]).fetchall())
    finally:
        execute("RESET enable_seqscan")
    assert "event_sample_source_country" in plan and "event_sample_place_country" in plan


def test_exact_counts_state_no_interval(loaded: Store) -> None:
    counted = loaded.event_counts(EventQuery(country="UKR"))
    assert not counted.estimate and counted.total_range is None


def test_a_rare_fragment_is_still_counted_exactly(loaded: Store) -> None:
    execute = loaded._execute  # type: ignore[attr-defined]
    place = execute("SELECT place_name FROM events WHERE place_name IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    query = EventQuery(text=place.lower())
    read = loaded.event_counts(query)
    assert read.total and not read.estimate
    assert read == pg_event_counts(execute, query, exact_limit=10**9)


def test_an_actor_filter_is_not_read_from_the_sample(loaded: Store) -> None:
    assert sample_counts(loaded._execute, EventQuery(text="lo", actor="ka")) is None  # type: ignore[attr-defined]
