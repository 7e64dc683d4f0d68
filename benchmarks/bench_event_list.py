"""The API's event list at millions of events: every filter, their combinations, deep pages, counts and the list
merged by story, p50/p95 per query shape (run on demand, never in CI; one process).

    python benchmarks/bench_event_list.py fill --db URL [--events 10000000]     # once: bulk-load a store
    python benchmarks/bench_event_list.py queries --db URL [--queries 40]        # then, as often as needed

``fill`` creates the store's schema (every migration), then writes rows straight into its tables
(:mod:`wirewatch.store.synthetic_events`: skewed types, countries and actors; ten events an article; stories of
one to eight articles) with ``COPY`` on PostgreSQL (``executemany`` on SQLite), the events' indexes dropped during
the load and built again after it, then ``VACUUM ANALYZE``. Give PostgreSQL a schema of its own so the store can
be kept and queried again: ``postgresql://…/db?options=-csearch_path%3Dww10m`` (created when missing).
``queries`` runs each query shape ``--queries`` times with random filter values through the store's own methods
(the ones the API's ``GET /api/events``, ``/api/events/stats`` and ``merged=true`` call) and prints p50/p95 in ms
(target: p95 < 50 ms at 10 million events on PostgreSQL).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import random
import statistics
import time
import urllib.parse
from collections.abc import Callable, Iterator
from unittest import mock

from wirewatch.records import PLOVER_TYPES
from wirewatch.store import EventQuery, Store, merged_ranges, open_store, pg_counts, pg_event_pages
from wirewatch.store.bulk_load import BulkLoader
from wirewatch.store.merged_events import DEFAULT_WINDOW_DAYS
from wirewatch.store.merged_table import read_merged
from wirewatch.store.migrations.m0013_event_sample import SAMPLE_EVERY
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.postgres import PostgresStore
from wirewatch.store.queries import events_sql
from wirewatch.store.synthetic_events import (
    CENTRES,
    COUNTRIES,
    EVENT_COLUMNS,
    LANGS,
    SOURCE_COLUMNS,
    STORY_ARTICLE_COLUMNS,
    STORY_COLUMNS,
    EventRows,
    EventStream,
)


def _schema_of(url: str) -> str | None:
    options = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("options", [""])[0]
    return options.split("search_path=", 1)[1].split(",")[0] if "search_path=" in options else None


def fill(url: str, events: int, per_article: int, days: int) -> None:
    schema = _schema_of(url) if url.startswith("postgres") else None
    if schema:
        import psycopg

        with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    open_store(url).close()  # the schema, every migration applied
    loader = BulkLoader(url)
    rows = EventRows(EventStream(articles=events // per_article, per_article=per_article, days=days))
    started = time.perf_counter()
    with loader.indexes_dropped(["events"]):  # an index built once after the load costs far less
        written = loader.write("articles", SOURCE_COLUMNS, rows.articles())
        stories = loader.write("stories", STORY_COLUMNS, (story for story, _ in rows.stories()))
        loader.write("story_articles", STORY_ARTICLE_COLUMNS, (m for _, members in rows.stories() for m in members))
        loaded = loader.write("events", EVENT_COLUMNS, rows.events())
        print(f"loaded {written:,} articles, {stories:,} stories, {loaded:,} events in "
              f"{time.perf_counter() - started:.0f}s; building the events' indexes", flush=True)
    loader.derive_event_keys()
    if loader.postgres:
        loader.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT MAX(id) FROM articles))")
        loader.execute("UPDATE story_counters SET value = (SELECT COUNT(*) FROM story_articles)"
                       " WHERE name = 'articles'")
        loader.execute("VACUUM ANALYZE")
    else:
        loader.execute("ANALYZE")
    loader.close()
    print(f"filled in {time.perf_counter() - started:.0f}s", flush=True)


Shape = Callable[[random.Random], Callable[[Store], object]]
Filter = Callable[[random.Random], dict[str, object]]  # EventQuery fields from random values


def _days(rng: random.Random, span: int) -> dict[str, object]:
    until = dt.date(2025, 12, 31) - dt.timedelta(days=rng.randrange(1000))
    return {"since": until - dt.timedelta(days=span - 1), "until": until}


def _box(rng: random.Random) -> dict[str, object]:
    lat, lon = CENTRES[rng.choice(COUNTRIES[:20])]
    return {"bbox": (lon - 2, lat - 2, lon + 2, lat + 2)}


def _query(rng: random.Random, filters: tuple[Filter, ...], limit: int | None = 51) -> EventQuery:
    """``limit`` 51: the API's page of 50 and one more to tell whether another page follows."""
    fields: dict[str, object] = {}
    for make in filters:
        fields.update(make(rng))
    return EventQuery(limit=limit, **fields)  # type: ignore[arg-type]


def shapes(rows: EventRows) -> dict[str, Shape]:
    """Query shapes by name: each makes, from random values, the call the API makes for one request."""
    def page(*filters: Filter, offset: int = 0) -> Shape:
        def shape(rng: random.Random) -> Callable[[Store], object]:
            query = _query(rng, filters)
            return lambda store: store.events(query, offset=offset)
        return shape

    def merged(*filters: Filter, offset: int = 0) -> Shape:
        def shape(rng: random.Random) -> Callable[[Store], object]:
            query = _query(rng, filters)
            return lambda store: store.merged_events(query, offset=offset)
        return shape

    def counts(*filters: Filter) -> Shape:
        def shape(rng: random.Random) -> Callable[[Store], object]:
            query = _query(rng, filters, limit=None)
            return lambda store: store.event_counts(query)
        return shape

    def kind(r: random.Random) -> dict[str, object]:
        return {"types": (r.choice(PLOVER_TYPES),)}

    def country(r: random.Random) -> dict[str, object]:
        return {"country": r.choice(COUNTRIES)}

    def month(r: random.Random) -> dict[str, object]:  # the last 30 days
        return {"since": dt.date(2025, 12, 2), "until": dt.date(2025, 12, 31)}

    def week(r: random.Random) -> dict[str, object]:
        return _days(r, 7)

    def actor(r: random.Random) -> dict[str, object]:  # a first name: part of many actors' names
        return {"actor": r.choice(rows.actors).split()[0].lower()}

    def text(r: random.Random) -> dict[str, object]:  # a place named in the evidence
        return {"text": rows.places[r.randrange(len(rows.places))].lower()}

    def lang(r: random.Random) -> dict[str, object]:
        return {"lang": r.choice(LANGS)}

    story_ids = [str(story[0]) for story, _ in itertools.islice(rows.stories(), 20_000)]

    def story(r: random.Random) -> dict[str, object]:
        return {"story": r.choice(story_ids)}

    def after(r: random.Random) -> dict[str, object]:  # keyset: the page after a day's last event, deep in the list
        return {"after": (dt.date(2025, 12, 31) - dt.timedelta(days=r.randrange(30, 1000)), 10**15)}

    return {
        "page 1, no filter": page(),
        "type": page(kind),
        "country": page(country),
        "week (date range)": page(week),
        "actor (part of a name)": page(actor),
        "text (part of the evidence)": page(text),
        "lang": page(lang),
        "box": page(_box),
        "type + country": page(kind, country),
        "type + country + week": page(kind, country, week),
        "country + lang + month": page(country, lang, month),
        "actor + type": page(actor, kind),
        "text + country": page(text, country),
        "box + type + month": page(_box, kind, month),
        "type+country+lang+actor+month": page(kind, country, lang, actor, month),
        "deep page 1,000": page(offset=1_000),
        "deep page 10,000": page(offset=10_000),
        "deep page 100,000": page(offset=100_000),
        "deep page 10,000, type + country": page(kind, country, offset=10_000),
        "keyset page (after), deep": page(after),
        "keyset page (after), type + country": page(after, kind, country),
        "story": page(story),
        "merged, story": merged(story),
        "deep page 1,000, lang": page(lang, offset=1_000),
        "counts (stats), no filter": counts(),
        "counts (stats), type + country": counts(kind, country),
        "counts (stats), week": counts(week),
        "counts (stats), text": counts(text),
        "counts (stats), country + month": counts(country, month),
        "merged, no filter": merged(),
        "merged, type + country": merged(kind, country),
        "merged, week": merged(week),
        "merged, deep page 1,000": merged(offset=1_000),
        "merged, type": merged(kind),
        "merged, deep page 10,000": merged(offset=10_000),
        "text + type": page(text, kind),
        "text + week": page(text, week),
        "text + country + type + month": page(text, country, kind, month),
        "counts (stats), text + country": counts(text, country),
        "counts (stats), text + type": counts(text, kind),
        "counts (stats), text + week": counts(text, week),
    }


def _timed(store: Store, shape: Shape, rng: random.Random, runs: int) -> tuple[float, float, int]:
    timings: list[float] = []
    result: object = None
    for _ in range(runs):
        call = shape(rng)
        started = time.perf_counter()
        result = call(store)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    size = len(result) if isinstance(result, list) else getattr(result, "total", 0)
    return statistics.median(timings), timings[max(0, round(0.95 * len(timings)) - 1)], size


@contextlib.contextmanager
def plain_reads(store: Store) -> Iterator[None]:
    """The store reading every filter as a plain clause (no keyed reads, no day counters, no word index, the merged
    list merged per request): the baseline of ``--baseline``, on the same store in the same run."""
    if not isinstance(store, PostgresStore):
        yield
        return
    execute = store._execute
    store._events_page = lambda query, offset: events_sql(query, offset, nulls_first=True)  # type: ignore[method-assign]
    store.event_counts = lambda query: pg_event_counts(execute, query)  # type: ignore[method-assign]
    store.merged_events = lambda query, window_days=DEFAULT_WINDOW_DAYS, offset=0: read_merged(  # type: ignore[method-assign]
        execute, "postgres", query, window_days, offset, stored=False)
    try:
        yield
    finally:
        del store._events_page, store.event_counts, store.merged_events


def _no_counts(*args: object) -> None:
    """A counting road switched off: it answers nothing, so the next road counts (the baselines below)."""
    return None


@contextlib.contextmanager
def lateral_ranges(store: Store) -> Iterator[None]:
    """Key ranges read through the lateral join however few they are (the pages before ranges were merged in page
    order): the baseline of ``--baseline lateral``."""
    with mock.patch.multiple(pg_event_pages, MAX_MERGED_RANGES=0):
        yield


@contextlib.contextmanager
def without_word_counters(store: Store) -> Iterator[None]:
    """Text counts as before migration 0012 (no word counter): the baseline of ``--baseline words``."""
    with mock.patch.multiple(pg_event_pages, word_counts=_no_counts):
        yield


@contextlib.contextmanager
def without_month_intersections(store: Store) -> Iterator[None]:
    """Text pages and counts as before stop 20: no walk's months intersected with a country's or types' index
    entries, no day range counted through the words by month, a few words' events not read first when counted with
    other filters: the baseline of ``--baseline months``."""
    with mock.patch.multiple(pg_event_pages, INTERSECT_RATIO=0, FENCED_WORD_ROWS=-1, month_text_counts=_no_counts):
        yield


@contextlib.contextmanager
def without_kept_sample(store: Store) -> Iterator[None]:
    """Counts as before migration 0013: no kept sample, estimates from a block sample of the events table
    (``TABLESAMPLE SYSTEM``): the baseline of ``--baseline sample``."""
    with mock.patch.multiple(pg_counts, KEPT_SAMPLE=False), mock.patch.multiple(pg_event_pages,
                                                                               sample_counts=_no_counts):
        yield


@contextlib.contextmanager
def combos_counted_exactly(store: Store) -> Iterator[None]:
    """Text counts as before stop 23: a fragment in many words estimated from the kept sample only when at least 200
    sampled events match (fewer, with a country or a type: the exact roads): the baseline of ``--baseline combos``."""
    counts = pg_event_pages.sample_counts

    def at_least_200(execute: Callable[[str, list[object]], object], query: EventQuery) -> object:
        counted = counts(execute, query)  # type: ignore[arg-type]
        return counted if counted is not None and counted.total >= 200 * SAMPLE_EVERY else None

    with mock.patch.multiple(pg_event_pages, sample_counts=at_least_200):
        yield


@contextlib.contextmanager
def without_country_words(store: Store) -> Iterator[None]:
    """Text counts with a country as before 0015 (no keyed road: the words' events read, or the kept sample): the
    baseline of ``--baseline keyed``."""
    with mock.patch.multiple(pg_event_pages, country_text_counts=_no_counts):
        yield


@contextlib.contextmanager
def reports_joined_first(store: Store) -> Iterator[None]:
    """A merged page of a day range re-merging its partitions as before stop 26: every report of their articles
    joined to its article and story, then told by its partition: the baseline of ``--baseline joined``."""
    with mock.patch.multiple(merged_ranges, TELL_REPORTS_FIRST=False):
        yield


BASELINES = {"plain": plain_reads, "lateral": lateral_ranges, "words": without_word_counters,
             "months": without_month_intersections, "sample": without_kept_sample, "combos": combos_counted_exactly,
             "keyed": without_country_words, "joined": reports_joined_first}


def run_shapes(store: Store, rows: EventRows, runs: int, only: str | None, baseline: str | None,
               skip: str | None = None, seed: int = 9, same_values: bool = False) -> None:
    rng = random.Random(seed)
    extra = f" {baseline + ' p50':>12} {baseline + ' p95':>12} {'p95 ×':>6}" if baseline else ""
    print(f"{'query shape':<40} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}{extra}", flush=True)
    for name, shape in shapes(rows).items():
        if (only and only not in name) or (skip and skip in name):
            continue
        if baseline and same_values:  # the same values, every road warmed first by the baseline's reads
            values = rng.random()
            with BASELINES[baseline](store):
                _timed(store, shape, random.Random(values), runs)
            p50, p95, size = _timed(store, shape, random.Random(values), runs)
            with BASELINES[baseline](store):
                plain50, plain95, _ = _timed(store, shape, random.Random(values), runs)
        else:
            p50, p95, size = _timed(store, shape, random.Random(rng.random()), runs)
            if baseline:
                with BASELINES[baseline](store):
                    plain50, plain95, _ = _timed(store, shape, random.Random(rng.random()), runs)
        flag = "" if p95 < 50 else "  > 50 ms"
        line = f"{name:<40} {p50:>8.1f} {p95:>8.1f} {size:>6}"
        if baseline:
            line += f" {plain50:>12.1f} {plain95:>12.1f} {plain95 / p95:>6.1f}"
        print(line + flag, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", choices=("fill", "queries"))
    parser.add_argument("--db", required=True, help="postgresql:// URL (with a schema of its own) or a SQLite path")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--days", type=int, default=1095)
    parser.add_argument("--queries", type=int, default=40, help="runs of each query shape")
    parser.add_argument("--only", help="run only the shapes whose name contains this")
    parser.add_argument("--skip", help="leave out the shapes whose name contains this")
    parser.add_argument("--baseline", nargs="?", const="plain", choices=sorted(BASELINES),
                        help="also time each shape with plain reads (no keyed reads, counters, word index or"
                             " stored merged events), with 'lateral' key ranges (none merged in page order), or"
                             " with no 'words' counter (0012), or without the 'months' intersections and counts"
                             " (stop 20), or without the kept 'sample' (0013: the block sample), or with 'combos' of a"
                             " short fragment and a country or type counted exactly when under 200 sampled events"
                             " match (before stop 23), or without the 'keyed' words of a country (0015), or with a"
                             " day range's merged partitions 'joined' before their reports are told (before stop"
                             " 26)")
    parser.add_argument("--seed", type=int, default=9, help="of the random filter values")
    parser.add_argument("--same-values", action="store_true",
                        help="time the baseline on the same random values as the code, both after a warm-up run of"
                             " the baseline")
    args = parser.parse_args(argv)
    if args.bench == "fill":
        fill(args.db, args.events, args.per_article, args.days)
        return
    store = open_store(args.db)
    try:
        rows = EventRows(EventStream(articles=args.events // args.per_article, per_article=args.per_article,
                                     days=args.days))
        run_shapes(store, rows, args.queries, args.only, args.baseline, args.skip, args.seed, args.same_values)
    finally:
        store.close()


if __name__ == "__main__":
    main()
