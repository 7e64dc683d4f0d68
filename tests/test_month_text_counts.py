"""A text filter read through the evidence's words (PostgreSQL): its counts with a day range (by month), a country
or a language, and its pages with a country or types whether the months are intersected with their indexes or
not, are the plain query's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.test_store import pg_url_or_skip
from tests.test_word_counts import _START, _saved_store
from wirewatch.store import EventQuery
from wirewatch.store.list_reads import ListReads, event_row
from wirewatch.store.month_text_counts import month_text_counts
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.pg_event_pages import fragment_words
from wirewatch.store.pg_text_pages import text_page_sql
from wirewatch.store.synthetic import scratch_schema

_WEEK = {"since": _START + dt.timedelta(days=3), "until": _START + dt.timedelta(days=9)}


@pytest.fixture
def pg_url() -> Iterator[str]:
    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


@pytest.mark.parametrize("query", [
    EventQuery(text="marv", **_WEEK),  # type: ignore[arg-type]
    EventQuery(text="Kest", country="fra", **_WEEK),  # type: ignore[arg-type]
    EventQuery(text="elli", types=("PROTEST", "ASSAULT"), country="KEN", **_WEEK),  # type: ignore[arg-type]
    EventQuery(text="oduna", lang="en", since=_START - dt.timedelta(days=400)),
    EventQuery(text="a", until=_START + dt.timedelta(days=2)),
    EventQuery(text="marv", since=_START + dt.timedelta(days=300)),  # after every stored day
], ids=lambda q: f"{q.text}-{q.country}-{len(q.types)}-{q.since}-{q.until}")
@pytest.mark.parametrize("holding", [0.0, 1e9], ids=["fenced", "intersected"])  # the words' events, as planned
def test_text_counts_with_a_day_range_are_the_plain_counts(pg_url: str, query: EventQuery, holding: float) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    words = fragment_words(execute, query.text or "")
    assert words
    read = month_text_counts(execute, query, words, holding)
    assert read is not None and not read.estimate
    assert read == store.event_counts(query) == pg_event_counts(execute, query, exact_limit=10**9)
    store.close()


def test_a_text_filter_without_days_is_left_to_the_other_roads(pg_url: str) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    assert month_text_counts(execute, EventQuery(text="marv", country="FRA"), ["marvelle"], 1e9) is None
    store.close()


@pytest.mark.parametrize("intersect", [True, False])
@pytest.mark.parametrize(("query", "offset"), [
    (EventQuery(text="marv", country="KEN", limit=4), 0),
    (EventQuery(text="kest", types=("PROTEST", "COERCE"), limit=3), 2),
    (EventQuery(text="el", country="fra", types=("ASSAULT",), limit=5), 1),
    (EventQuery(text="oduna", country="PER", limit=3, **_WEEK), 0),  # type: ignore[arg-type]
    (EventQuery(text="pell", country="ITA", limit=3), 0),
], ids=lambda v: str(getattr(v, "text", v)))
def test_a_text_page_with_a_country_or_types_is_the_plain_page(pg_url: str, query: EventQuery, offset: int,
                                                              intersect: bool) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    plain = ListReads._events_page(store, query, offset)  # type: ignore[arg-type]
    expected = [event_row(r) for r in execute(plain.text, plain.params).fetchall()]
    page = text_page_sql(execute, query, fragment_words(execute, query.text or "") or [], offset, intersect=intersect)
    assert [event_row(r) for r in execute(page.text, page.params).fetchall()] == expected
    assert expected or query.country == "ITA"
    store.close()


@pytest.mark.parametrize("query", [EventQuery(text="marv", country="KEN"), EventQuery(text="oduna", lang="en"),
                                   EventQuery(text="kest", country="fra", types=("PROTEST", "COERCE"))],
                         ids=lambda q: f"{q.text}-{q.country}-{q.lang}")
def test_text_counts_with_a_country_or_language_are_the_plain_counts(pg_url: str, query: EventQuery) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    counted = store.event_counts(query)
    assert counted.total and not counted.estimate
    assert counted == pg_event_counts(execute, query, exact_limit=10**9)
    store.close()
