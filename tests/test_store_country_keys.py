"""The country keys (migration 0007, docs/scale.md) on SQLite and PostgreSQL: country-and-types and actor-and-types
pages read key by key give the plain query's page; the country counters give the counts of the events, of a
bulk-loaded store and as saves add and replace events (an event counted once however many of its roles name the
country)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_store_event_keys import _counted, _from_counters, _keys, _plain_page
from tests.test_store_scale import _events_store
from wirewatch.records import Article, ArticleRecord, Event, EventActor, EventPlace, Mention
from wirewatch.store import EventQuery, open_store
from wirewatch.store.synthetic_events import EventRows, EventStream

_WEEK = {"since": dt.date(2025, 12, 1), "until": dt.date(2025, 12, 7)}


@pytest.mark.parametrize("country", ["UKR", "FRA", "BFA"])  # common, middling, rare in the synthetic stream
def test_country_and_type_pages_read_by_role_are_the_plain_pages(db_url: str, country: str) -> None:
    store = _events_store(db_url, 200)
    for types, extra, offset in ((("CONSULT",), {}, 0), (("CONSULT", "ASSAULT"), {}, 3),
                                 (("PROTEST",), {}, 40),  # past the last matching event
                                 (("CONSULT", "COERCE"), {"lang": "fr", **_WEEK}, 0),
                                 (("ASSAULT",), {"after": (dt.date(2025, 12, 20), 10**9)}, 1)):
        query = EventQuery(limit=9, country=country, types=types, **extra)  # type: ignore[arg-type]
        assert _keys(store, query, offset) == _plain_page(store, query, offset), (types, extra, offset)
    store.close()


_COUNTRY_QUERIES = [EventQuery(country="UKR"), EventQuery(country="rus", types=("CONSULT", "ASSAULT")),
                    EventQuery(country="FRA", since=dt.date(2025, 11, 20)),
                    EventQuery(country="UKR", types=("PROTEST",), since=dt.date(2025, 11, 5),
                               until=dt.date(2025, 11, 25)),
                    EventQuery(country="ZZZ")]


def test_country_counters_of_a_bulk_loaded_store_are_its_counts(db_url: str) -> None:
    store = _events_store(db_url, 60)  # over 60 days to 2025-12-31; some events undated, some without a place
    for query in _COUNTRY_QUERIES:
        assert _from_counters(store, query) == _counted(store, query), query
        assert not store.event_counts(query).estimate
    store.close()


def _record(ident: str, day: str | None, roles: tuple[str | None, str | None, str | None],
            kind: str = "CONSULT") -> tuple[Article, ArticleRecord]:
    """An article of one event whose source, target and place are in ``roles``' countries (None: not stated)."""
    source, target, place = roles
    text = f"Delegates of the river towns met traders in the market hall ({ident})."
    article = Article(id=ident, text=text, lang="en", published=dt.date(2025, 5, 2),
                      url=f"https://news.example.org/country/{ident}", title=f"Hall {ident}")
    event = Event(type=kind, evidence=Mention(start=0, end=len(text), text=text), date=day,
                  source=EventActor(name="River Towns", country=source),
                  target=EventActor(name="Traders", country=target),
                  place=EventPlace(name="Market Hall", country=place) if place else None, confidence=0.8)
    return article, ArticleRecord(id=ident, lang="en", published=article.published, title=article.title,
                                  url=article.url, events=[event], pipeline_version="test-1")


def test_country_counters_follow_saves_and_replacements(db_url: str) -> None:
    store = open_store(db_url)
    for ident, day, roles in (("n1", "2025-04-28", ("FRA", "FRA", "FRA")), ("n2", None, ("FRA", "DEU", None)),
                              ("n3", "2025-04-30", (None, "DEU", "FRA")), ("n4", "2025-05-01", ("DEU", None, None))):
        store.save(*_record(ident, day, roles))
    store.save(*_record("n3", "2025-04-29", ("FRA", "DEU", "FRA"), "PROTEST"))  # the same article, another event
    queries = [EventQuery(country=c, **extra) for c in ("FRA", "DEU")  # type: ignore[arg-type]
               for extra in ({}, {"types": ("PROTEST",)}, {"since": dt.date(2025, 4, 29)},
                             {"types": ("CONSULT", "PROTEST"), "until": dt.date(2025, 4, 30)})]
    for query in queries:
        assert _from_counters(store, query) == _counted(store, query), query
    assert store.event_counts(EventQuery(country="FRA")).total == 3
    store.close()


def test_actor_and_type_pages_read_by_name_and_type_are_the_plain_pages(db_url: str) -> None:
    store = _events_store(db_url, 200)
    names = EventRows(EventStream(articles=200, days=60)).actors
    # a full name, a first name (in many names), two letters (in more names than are read one by one)
    for fragment in (names[2].lower(), names[0].split()[0], "ka"):
        for types, extra, offset in ((("CONSULT",), {}, 0), (("CONSULT", "ASSAULT"), {}, 4),
                                     (("PROTEST",), {"country": "UKR"}, 0), (("COERCE",), _WEEK, 30)):
            query = EventQuery(limit=7, actor=fragment, types=types, **extra)  # type: ignore[arg-type]
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, types, offset)
    store.close()
