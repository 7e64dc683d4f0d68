"""The store's lists and counts in SQL (filters, pages, counts), on in-memory SQLite and on PostgreSQL; and the
lock the API puts around any store method."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from tests.test_store import pg_url_or_skip
from wirewatch.api.access import LockedStore
from wirewatch.records import Article, ArticleRecord, Event, EventActor, EventPlace, Mention
from wirewatch.store import ArticleQuery, EventQuery, Store, open_store
from wirewatch.store.synthetic import scratch_schema

# (source, target, place, country, lat, lon, day) — sentences written for these tests
ROWS = (
    ("Coastal Guard", "Harbour Police", "Port Lumen", "FRA", 43.3, 5.4, dt.date(2025, 3, 1)),
    ("harbour police", "Dock Workers", "Port Lumen", "FRA", 43.3, 5.4, dt.date(2025, 3, 4)),
    ("Island Council", "Fishing Fleet", "Atoll Vey", "FJI", -17.7, 178.0, dt.date(2025, 3, 2)),
    ("Fishing Fleet", "Island Council", "Atoll Kesa", "WSM", -13.8, -172.1, None),
    ("Mountain Rangers", "Coastal Guard", None, None, None, None, dt.date(2025, 3, 3)),
)


def _article(index: int, lang: str) -> tuple[Article, ArticleRecord]:
    source, target, place, country, lat, lon, day = ROWS[index]
    text = f"The {source} confronted the {target} near the quay, witnesses said."
    published = dt.date(2025, 3, 10 - index)
    article = Article(id=f"list-{index}", text=text, lang=lang, published=published,
                      url=f"https://news.example.org/list/{index}", title=f"Quay report {index}", source="Example")
    event = Event(type="PROTEST" if index % 2 else "ASSAULT", evidence=Mention(start=0, end=len(text), text=text),
                  source=EventActor(name=source), target=EventActor(name=target),
                  place=EventPlace(name=place, country=country, lat=lat, lon=lon, precision="city") if place else None,
                  date=day.isoformat() if day else None, confidence=0.7)
    return article, ArticleRecord(id=article.id, lang=lang, published=published, title=article.title,
                                  url=article.url, events=[event], pipeline_version="test-1")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    def filled(opened: Store) -> Store:
        for index in range(len(ROWS)):
            opened.save(*_article(index, "fr" if index % 2 else "en"))
        return opened

    if request.param == "sqlite":
        opened = filled(open_store(":memory:"))
        yield opened
        opened.close()
        return
    with scratch_schema(pg_url_or_skip()) as url:
        opened = filled(open_store(url))
        yield opened
        opened.close()


def _sources(store: Store, query: EventQuery) -> set[str | None]:
    return {r.source_name for r in store.events(query)}


@pytest.mark.parametrize(("query", "expected"), [
    (EventQuery(actor="HARBOUR"), {"Coastal Guard", "harbour police"}),
    (EventQuery(actor="50%"), set()),
    (EventQuery(lang="fr"), {"harbour police", "Fishing Fleet"}),
    (EventQuery(lang="EN"), {"Coastal Guard", "Island Council", "Mountain Rangers"}),
    (EventQuery(text="MOUNTAIN rangers confronted"), {"Mountain Rangers"}),
    (EventQuery(bbox=(0.0, 40.0, 10.0, 50.0)), {"Coastal Guard", "harbour police"}),
    (EventQuery(bbox=(170.0, -20.0, -170.0, -10.0)), {"Island Council", "Fishing Fleet"}),  # across 180°
    (EventQuery(actor="council", lang="en"), {"Island Council"}),
])
def test_event_filters_apply_in_sql(store: Store, query: EventQuery, expected: set[str]) -> None:
    assert _sources(store, query) == expected


def test_event_pages_follow_on_without_overlap(store: Store) -> None:
    everything = [r.event_key for r in store.events(EventQuery(limit=None))]
    pages = [r.event_key for offset in range(0, 6, 2) for r in store.events(EventQuery(limit=2), offset=offset)]
    assert pages == everything and len(everything) == len(ROWS)


def test_offset_without_limit_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="offset needs a limit"):
        store.events(EventQuery(limit=None), offset=2)


@pytest.mark.parametrize("query", [EventQuery(limit=None), EventQuery(lang="en", limit=None),
                                   EventQuery(types=("PROTEST",), limit=None)])
def test_event_counts_match_the_rows(store: Store, query: EventQuery) -> None:
    rows = store.events(query)
    counts = store.event_counts(query)
    by_day = Counter((r.day, r.type) for r in rows if r.day is not None)
    assert counts.total == len(rows) == store.count_events(query)
    assert counts.undated == sum(1 for r in rows if r.day is None)
    assert {(c.day, c.type): c.count for c in counts.days} == by_day
    assert [c.day for c in counts.days] == sorted(c.day for c in counts.days)
    mapped = Counter(r.place_country or r.target_country or r.source_country for r in rows)
    assert dict(counts.countries) == {c: n for c, n in mapped.items() if c}
    assert dict(counts.types) == Counter(r.type for r in rows)


def test_places_are_grouped_counted_and_paged(store: Store) -> None:
    places = store.event_places(EventQuery(limit=10))
    assert [(p.name, p.events, p.last_day) for p in places] == [
        ("Port Lumen", 2, dt.date(2025, 3, 4)), ("Atoll Kesa", 1, dt.date(2025, 3, 7)),  # undated: published
        ("Atoll Vey", 1, dt.date(2025, 3, 2))]
    assert [p.name for p in store.event_places(EventQuery(limit=1), offset=1)] == ["Atoll Kesa"]


def test_article_summaries_filter_order_and_page(store: Store) -> None:
    newest_first = [s.id for s in store.article_summaries(ArticleQuery(limit=None))]
    assert newest_first == [f"list-{i}" for i in range(len(ROWS))]
    assert [s.id for s in store.article_summaries(ArticleQuery(lang="fr"))] == ["list-1", "list-3"]
    assert [s.id for s in store.article_summaries(ArticleQuery(title="QUAY REPORT 2"))] == ["list-2"]
    assert [s.id for s in store.article_summaries(ArticleQuery(limit=2, offset=3))] == ["list-3", "list-4"]
    first = store.article_summaries(ArticleQuery(limit=1))[0]
    assert first.chars == len(_article(0, "en")[0].text)


def test_article_by_id(store: Store) -> None:
    found = store.article("list-2")
    assert found is not None and found.article.title == "Quay report 2"
    assert store.article("list-99") is None


def test_locked_store_wraps_every_method_under_one_lock() -> None:
    inner = open_store(":memory:")
    inner.save(*_article(0, "en"))
    store = LockedStore(inner)
    held: list[bool] = []
    original = inner.count_events

    def spying(query: EventQuery) -> int:
        held.append(store._lock.locked())
        return original(query)

    inner.count_events = spying  # type: ignore[method-assign]
    assert store.count_events(EventQuery()) == 1 and held == [True]
    articles = store.articles()
    assert isinstance(articles, Iterator) and [a.article.id for a in articles] == ["list-0"]
    assert not store._lock.locked() and isinstance(store._lock, type(threading.Lock()))
