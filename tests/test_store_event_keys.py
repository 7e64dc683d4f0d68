"""The event list's keyed reads (migration 0006, docs/scale.md) on SQLite and PostgreSQL: actor and box pages read
key by key give the plain query's page; the story filter; keyset pages (``after``); the day counters and the text
counts read by word give the counts of the events; the entity page's events; and the migration bringing a store
made before it up to date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import Any

import pytest

from tests.store_migration_support import only_migrations_before
from tests.test_store_scale import _events_store
from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, Mention
from wirewatch.store import EntityQuery, EventQuery, Store, open_store
from wirewatch.store import sql_store as sql_store_module
from wirewatch.store.pg_event_pages import box_cells
from wirewatch.store.queries import events_sql
from wirewatch.store.synthetic_events import CENTRES, EventRows, EventStream


def _plain_page(store: Store, query: EventQuery, offset: int) -> list[int]:
    """The page as the plain query (every filter a clause, no keyed read) gives it on this backend."""
    execute: Any = store._execute  # type: ignore[attr-defined]
    sql = events_sql(query, offset, nulls_first=store.dialect == "postgres")  # type: ignore[attr-defined]
    return [int(r[0]) for r in execute(sql.text, sql.params).fetchall()]


def _keys(store: Store, query: EventQuery, offset: int = 0) -> list[int]:
    return [r.event_key for r in store.events(query, offset=offset)]


@pytest.fixture(scope="module")
def names() -> list[str]:
    return EventRows(EventStream(articles=200, days=60)).actors


def test_box_cells_cover_the_box_on_both_sides_of_the_antimeridian() -> None:
    assert box_cells((10.0, 20.0, 10.5, 20.5)) == [110 * 360 + 190]
    across = box_cells((179.5, 0.0, -179.5, 0.5))
    assert sorted(c - 90 * 360 for c in across) == [0, 359, 360]  # the row at latitude 0; 360: longitude 180


def test_actor_pages_read_by_name_are_the_plain_pages(db_url: str, names: list[str]) -> None:
    store = _events_store(db_url, 200)
    fragments = [names[0].split()[0].lower(), names[3].split()[1][:3].upper(), "zzz-nobody", "a"]
    for fragment in fragments:
        for extra, offset in (({}, 0), ({"types": ("CONSULT", "ASSAULT")}, 0), ({}, 7),
                              ({"country": "UKR", "lang": "fr"}, 0)):
            query = EventQuery(limit=12, actor=fragment, **extra)  # type: ignore[arg-type]
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    store.close()


@pytest.mark.parametrize("country", ["UKR", "RUS", "ISR"])
def test_box_pages_read_by_cell_are_the_plain_pages(db_url: str, country: str) -> None:
    store = _events_store(db_url, 200)
    lat, lon = CENTRES[country]
    for box, extra, offset in (((lon - 2, lat - 2, lon + 2, lat + 2), {}, 0),
                               ((lon - 1.5, lat - 3.2, lon + 2.7, lat + 0.4), {"types": ("CONSULT",)}, 3),
                               ((lon - 2, lat - 2, lon + 2, lat + 2), {"actor": "ka"}, 0),
                               ((lon - 40, lat - 30, lon + 40, lat + 30), {}, 5)):  # many cells: the plain read
        query = EventQuery(limit=10, bbox=box, **extra)  # type: ignore[arg-type]
        got = _keys(store, query, offset)
        assert got == _plain_page(store, query, offset), (box, extra, offset)
    store.close()


def test_the_story_filter_gives_the_events_of_the_storys_articles(db_url: str) -> None:
    store = _events_store(db_url, 40)
    story_rows = list(EventRows(EventStream(articles=40, days=60)).stories())
    story, members = next((row, members) for row, members in story_rows if len(members) > 1)
    articles = {f"syn-{member[0]}" for member in members}
    rows = store.events(EventQuery(limit=None, story=str(story[0])))
    assert {r.article for r in rows} == articles and len(rows) == 10 * len(articles)
    merged = store.merged_events(EventQuery(limit=None, story=str(story[0])))
    assert merged and {m.story for m in merged} == {story[0]}
    store.close()


@pytest.mark.parametrize("filters", [{}, {"actor": "ka"}, {"country": "UKR"}])
def test_keyset_pages_follow_on_as_offset_pages_do(db_url: str, filters: dict[str, object]) -> None:
    store = _events_store(db_url, 30)  # 2% of the events are undated: the cursor passes them too
    everything = _keys(store, EventQuery(limit=None, **filters))  # type: ignore[arg-type]
    paged: list[int] = []
    after: tuple[dt.date | None, int] | None = None
    while True:
        page = store.events(EventQuery(limit=17, after=after, **filters))  # type: ignore[arg-type]
        paged += [r.event_key for r in page]
        if len(page) < 17:
            break
        after = (page[-1].day, page[-1].event_key)
    assert paged == everything and len(everything) > 17
    store.close()


def _record(ident: str, actor: str) -> tuple[Article, ArticleRecord]:
    text = f"{actor} met the harbour board on the pier."
    article = Article(id=ident, text=text, lang="en", published=dt.date(2025, 5, 2),
                      url=f"https://news.example.org/keys/{ident}", title=f"Pier {ident}")
    event = Event(type="CONSULT", evidence=Mention(start=0, end=len(text), text=text),
                  source=EventActor(name=actor), target=EventActor(name="Harbour Board"), confidence=0.8)
    return article, ArticleRecord(id=ident, lang="en", published=article.published, title=article.title,
                                  url=article.url, events=[event], pipeline_version="test-1")


def _actor_names(store: Store) -> set[str]:
    execute: Any = store._execute  # type: ignore[attr-defined]
    return {str(r[0]) for r in execute("SELECT name FROM event_actor_names", []).fetchall()}


def test_saving_an_article_stores_its_actors_names(db_url: str) -> None:
    store = open_store(db_url)
    store.save(*_record("k1", "Quay Wardens"))
    assert _actor_names(store) == {"quay wardens", "harbour board"}
    assert [r.source_name for r in store.events(EventQuery(actor="WARDEN"))] == ["Quay Wardens"]
    store.close()


def test_migrating_a_store_made_before_the_keys_backfills_them(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0006")
        patched.setattr(sql_store_module, "refresh_merged", lambda *args, **kwargs: None)  # none before 0008
        old = open_store(db_url)
        for ident, actor in (("m1", "Salt Marsh Guard"), ("m2", "Reed Cutters")):
            # the store of before wrote no names nor counters: the INSERTs it did not have are left out here
            with patched.context() as writing:
                writing.setattr(type(old), "_write_rows", _without_names(type(old)._write_rows))
                writing.setattr(type(old), "_index_evidence", lambda self, texts: None)
                old.save(*_record(ident, actor))
        assert "0006_event_keys" not in old.migrations()
        old.close()
    store = open_store(db_url)
    assert "0006_event_keys" in store.migrations()
    assert _actor_names(store) == {"salt marsh guard", "reed cutters", "harbour board"}
    query = EventQuery(actor="marsh")
    assert [r.source_name for r in store.events(query)] == ["Salt Marsh Guard"]
    assert [r.source_name for r in store.events(EventQuery(text="PIER"))] == ["Reed Cutters", "Salt Marsh Guard"]
    assert _from_counters(store, EventQuery()) == _counted(store, EventQuery())
    assert _keys(store, dataclasses.replace(query, limit=5)) == _plain_page(store, dataclasses.replace(query, limit=5),
                                                                           0)
    store.close()


def _without_names(write: Any) -> Any:
    def write_rows(self: Any, statement: Any, rows: Any) -> None:
        # the tables of 0006 and later
        if not any(table in statement.head for table in ("event_actor_names", "event_day_", "event_country_",
                                                                "event_map_countries")):
            write(self, statement, rows)
    return write_rows


def test_text_counts_read_by_word_are_the_counts_of_the_events(db_url: str) -> None:
    store = _events_store(db_url, 200)
    places = EventRows(EventStream(articles=200, days=60)).places
    for fragment in (places[5].lower(), places[9][1:4].upper(), "the capital", "nowhere-qq", "ceasefire"):
        for extra, offset in (({}, 0), ({"types": ("CONSULT", "ASSAULT")}, 2), ({"actor": "ka"}, 0)):
            query = EventQuery(limit=8, text=fragment, **extra)  # type: ignore[arg-type]
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
        counted = EventQuery(text=fragment)
        assert _from_counters(store, counted) == _counted(store, counted), fragment
    store.close()


def _counted(store: Store, query: EventQuery) -> tuple[object, ...]:
    """The counts of ``query`` worked out here from its events (the map country: place's, else target's, else
    source's)."""
    rows = store.events(dataclasses.replace(query, limit=None))
    days = Counter((r.day, r.type) for r in rows if r.day is not None)
    countries = Counter(c for r in rows if (c := r.place_country or r.target_country or r.source_country))
    types = Counter(r.type for r in rows)

    def most_first(counts: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return (len(rows), sum(1 for r in rows if r.day is None), sorted(days.items()), most_first(countries),
            most_first(types))


def _from_counters(store: Store, query: EventQuery) -> tuple[object, ...]:
    counts = store.event_counts(query)
    return (counts.total, counts.undated, sorted(((c.day, c.type), c.count) for c in counts.days), counts.countries,
            counts.types)


_DAY_QUERIES = [EventQuery(), EventQuery(since=dt.date(2025, 11, 20)), EventQuery(until=dt.date(2025, 11, 10)),
                EventQuery(since=dt.date(2025, 11, 5), until=dt.date(2025, 11, 25))]


def test_day_counters_of_a_bulk_loaded_store_are_its_counts(db_url: str) -> None:
    store = _events_store(db_url, 60)  # its events end on 2025-12-31, over 60 days; some undated
    for query in _DAY_QUERIES:
        assert _from_counters(store, query) == _counted(store, query), query
        assert not store.event_counts(query).estimate
    store.close()


def test_day_counters_follow_saves_and_replacements(db_url: str) -> None:
    store = open_store(db_url)
    for ident, actor in (("c1", "Quay Wardens"), ("c2", "Reed Cutters"), ("c3", "Salt Marsh Guard")):
        store.save(*_record(ident, actor))
    article, record = _record("c2", "Reed Cutters")
    event = record.events[0]
    moved = [event.model_copy(update={"type": "PROTEST", "date": "2025-04-30"}), event]
    store.save(article, record.model_copy(update={"events": moved}))  # the same article, other events
    queries = [*_DAY_QUERIES, EventQuery(since=dt.date(2025, 4, 30), until=dt.date(2025, 5, 1))]
    for query in queries:
        assert _from_counters(store, query) == _counted(store, query), query
    assert store.event_counts(EventQuery()).types == [("CONSULT", 3), ("PROTEST", 1)]
    store.close()


def test_an_entitys_events_page_is_the_head_of_all_of_them(db_url: str) -> None:
    store = open_store(db_url)
    for number in range(4):  # credited to the entity (even) or unresolved and named as it (odd)
        text = f"Harbour Board inspectors met the {'wardens' if number % 2 else 'board'} on day {number}."
        article = Article(id=f"h{number}", text=text, lang="en", published=dt.date(2025, 6, 1 + number),
                          url=f"https://news.example.org/board/{number}", title=f"Board {number}")
        entities = [Entity(id="e1", name="Harbour Board", type="ORG", mentions=[Mention(start=0, end=13,
                                                                                        text="Harbour Board")])]
        target = EventActor(name="Harbour Board", entity=None if number % 2 else "e1")
        event = Event(type="CONSULT", evidence=Mention(start=0, end=len(text), text=text),
                      source=EventActor(name="Inspectors"), target=target, confidence=0.8)
        store.save(article, ArticleRecord(id=article.id, lang="en", published=article.published, title=article.title,
                                          url=article.url, entities=entities if number % 2 == 0 else [],
                                          events=[event], pipeline_version="test-1"))
    key = store.entities(EntityQuery(name="Harbour Board"))[0].entity_key
    keys = store.identity_keys(key)
    everything = [r.article for r in store.identity_events(keys, "Harbour Board", "target", limit=None)]
    assert everything == ["h3", "h2", "h1", "h0"]
    for limit in (1, 2, 3):
        assert [r.article for r in store.identity_events(keys, "harbour board", "target", limit=limit)] == \
            everything[:limit]
    store.close()
