"""The counts of a text filter (migration 0012): on PostgreSQL from the word counter, which the store keeps as it
saves, replaces and saves again; on both backends the counts of the events whose evidence holds the fragment."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator

import pytest

from tests.store_migration_support import only_migrations_before
from tests.test_store import pg_url_or_skip
from wirewatch.records import Article, ArticleRecord, Event, EventActor, EventPlace, Mention
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.list_reads import ListReads, event_row
from wirewatch.store.migrations.m0012_word_counts import WORD_COUNTS_BACKFILL
from wirewatch.store.pg_event_pages import fragment_words
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.word_counts import word_counts

# invented words, some holding others' letters ("marv" lies within three of them, "kest" within two)
_WORDS = ("Marvelle", "marvelling", "Marvo", "Kestrin", "kestrel", "Oduna", "Pellavi", "talks", "in", "rallied",
          "against", "seized", "near")
_TYPES = ("PROTEST", "CONSULT", "ASSAULT", "COERCE")
_COUNTRIES = ("FRA", "KEN", "PER", None)
_START = dt.date(2026, 3, 1)


def _event(rng: random.Random) -> Event:
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 7))) + "."
    place = rng.choice(_COUNTRIES)
    day = rng.choice([None, *(_START + dt.timedelta(days=d) for d in range(20))])
    return Event(type=rng.choice(_TYPES), source=EventActor(name="crowd", country=rng.choice(_COUNTRIES)),
                 target=EventActor(name="council", country=rng.choice(_COUNTRIES)),
                 place=EventPlace(name="Town", country=place) if place else None,
                 date=day.isoformat() if day else None, evidence=Mention(start=0, end=len(text), text=text))


def _article(number: int) -> Article:
    return Article(id=f"words-{number}", text=f"report {number} " + "y" * 300, lang="en",
                   published=_START + dt.timedelta(days=number % 20), url=f"https://words.example.org/{number}")


def _record(number: int, rng: random.Random) -> ArticleRecord:
    return ArticleRecord(id=f"words-{number}", lang="en", published=_START + dt.timedelta(days=number % 20),
                         events=[_event(rng) for _ in range(rng.randint(0, 5))], pipeline_version="test")


def _saved_store(url: str, articles: int = 60) -> Store:
    """Articles saved, some saved again with other events, some saved again as they were."""
    rng = random.Random(12)
    store = open_store(url)
    records = {number: _record(number, rng) for number in range(articles)}
    for number, record in records.items():
        store.save(_article(number), record)
    for number in range(0, articles, 4):  # replaced: other events (some articles left with none)
        records[number] = _record(number, rng)
        store.save(_article(number), records[number])
    for number in range(1, articles, 9):  # saved again unchanged
        store.save(_article(number), records[number])
    return store


def _counts_from_events(store: Store, query: EventQuery) -> tuple[int, int, list[object], list[object], list[object]]:
    """(total, undated, timeline rows, map, types) counted from the stored events' own rows."""
    rows = store._execute("SELECT day, type, place_country, target_country, source_country, evidence_text"  # type: ignore[attr-defined]
                          " FROM events").fetchall()
    days: Counter[tuple[str, str]] = Counter()
    countries: Counter[str] = Counter()
    types: Counter[str] = Counter()
    undated = 0
    for day, kind, *places, evidence in rows:
        day_text = str(day) if day else ""
        if (query.text or "").lower() not in evidence.lower() or (query.types and kind not in query.types):
            continue
        if (query.since or query.until) and (not day_text or (query.since and day_text < query.since.isoformat())
                                             or (query.until and day_text > query.until.isoformat())):
            continue
        types[kind] += 1
        if day_text:
            days[(day_text, kind)] += 1
        else:
            undated += 1
        country = next((c for c in places if c), None)
        if country:
            countries[country] += 1
    return (sum(types.values()), undated, sorted(days.items()),
            sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])),
            sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))


_QUERIES = [EventQuery(text="marv"), EventQuery(text="Kest"), EventQuery(text="oduna"),
            EventQuery(text="elli", types=("PROTEST", "ASSAULT")),
            EventQuery(text="marv", since=_START + dt.timedelta(days=5), until=_START + dt.timedelta(days=12)),
            EventQuery(text="a"), EventQuery(text="absent")]


@pytest.mark.parametrize("query", _QUERIES, ids=lambda q: f"{q.text}-{len(q.types)}-{q.since}")
def test_text_counts_are_the_counts_of_the_events_holding_the_fragment(db_url: str, query: EventQuery) -> None:
    store = _saved_store(db_url)
    counts = store.event_counts(query)
    days = sorted(((d.day.isoformat(), d.type), d.count) for d in counts.days)
    assert (counts.total, counts.undated, days, counts.countries, counts.types) == _counts_from_events(store, query)
    assert not counts.estimate
    store.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """PostgreSQL only: the word counter is PostgreSQL's (SQLite records migration 0012 and counts the events)."""
    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


@pytest.mark.parametrize("fragment", ["marv", "kest", "pell"])
def test_text_counts_on_postgres_are_read_from_the_word_counter(pg_url: str, fragment: str) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    words = fragment_words(execute, fragment)
    assert words
    assert word_counts(execute, EventQuery(text=fragment), words) == store.event_counts(EventQuery(text=fragment))
    store.close()


@pytest.mark.parametrize("fragment", ["pell", "marv"])  # one word, three words
def test_a_timeline_from_the_word_counter_is_in_day_and_type_order(pg_url: str, fragment: str) -> None:
    """The counter's grouped rows come from the server in hash order; the store puts the timeline in order."""
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    counts = word_counts(execute, EventQuery(text=fragment), fragment_words(execute, fragment))
    assert counts is not None and len(counts.timeline) > 5
    assert [day for day, _ in counts.timeline] == sorted({day for day, _ in counts.timeline})
    assert all(list(types) == sorted(types) for _, types in counts.timeline)
    store.close()


@pytest.mark.parametrize(("query", "offset"), [(EventQuery(text="marv", country="KEN", limit=4), 0),
                                               (EventQuery(text="kest", country="fra", limit=3), 5),
                                               (EventQuery(text="oduna", country="PER", types=("PROTEST",), limit=2),
                                                1),
                                               (EventQuery(text="pell", country="ITA", limit=3), 0)],
                         ids=lambda v: str(getattr(v, "text", v)))
def test_a_text_and_country_page_is_the_plain_page(db_url: str, query: EventQuery,
                                                                            offset: int) -> None:
    store = _saved_store(db_url)
    plain = ListReads._events_page(store, query, offset)  # type: ignore[arg-type]
    expected = [event_row(r) for r in store._execute(plain.text, plain.params).fetchall()]  # type: ignore[attr-defined]
    assert store.events(query, offset=offset) == expected
    assert expected or query.country == "ITA"
    store.close()


_COUNTERS = {"event_word_days": ("word, day, type, map_country", WORD_COUNTS_BACKFILL)}


def _counter_rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {table: store._execute(f"SELECT {key}, events FROM {table} WHERE events <> 0 ORDER BY {key}").fetchall()  # type: ignore[attr-defined]
            for table, (key, _) in _COUNTERS.items()}


def _counted_anew(store: Store) -> dict[str, list[tuple[object, ...]]]:
    for table, (_, backfill) in _COUNTERS.items():
        store._execute(f"DELETE FROM {table}")  # type: ignore[attr-defined]
        store._execute(backfill)  # type: ignore[attr-defined]
    return _counter_rows(store)


def test_the_word_counter_kept_through_saves_and_replacements_is_the_counter_counted_anew(pg_url: str) -> None:
    store = _saved_store(pg_url)
    kept = _counter_rows(store)
    assert all(kept.values()) and kept == _counted_anew(store)
    store.close()


def test_migrating_a_store_made_before_0012_counts_its_events_words(pg_url: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0012")
        old = _saved_store(pg_url, 30)
        assert "0012_word_counts" not in old.migrations()
        old.close()
    store = open_store(pg_url)
    migrated = _counter_rows(store)
    assert all(migrated.values()) and migrated == _counted_anew(store)
    store.close()
