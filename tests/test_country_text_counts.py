"""A text filter with a country counted through the evidence's words keyed by the countries an event involves
(migration 0015, PostgreSQL): the counts are the plain query's, whatever the role the country holds, however many of
the fragment's words an event holds, with types, days or a language beside; a store made before 0015 gets the index
from the migration; SQLite records it and counts as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store_migration_support import only_migrations_before
from tests.test_store import pg_url_or_skip
from tests.test_word_counts import _START, _saved_store
from wirewatch.records import Article, ArticleRecord, Event, EventActor, EventPlace, Mention
from wirewatch.store import EventQuery, open_store
from wirewatch.store import country_text_counts as keyed_module
from wirewatch.store.country_text_counts import Planned, country_text_counts
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.pg_event_pages import _words_query, expected_rows, expected_rows_together, fragment_words
from wirewatch.store.queries import SQL
from wirewatch.store.synthetic import scratch_schema


@pytest.fixture
def pg_url() -> Iterator[str]:
    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch


@pytest.mark.parametrize("query", [
    EventQuery(text="marv", country="KEN"),  # a fragment within three words
    EventQuery(text="Kest", country="fra"),  # two words, the country in lower case
    EventQuery(text="oduna", country="PER"),  # one word
    EventQuery(text="elli", country="FRA", types=("PROTEST", "ASSAULT")),
    EventQuery(text="marv", country="KEN", since=_START + dt.timedelta(days=3), until=_START + dt.timedelta(days=9)),
    EventQuery(text="pell", country="PER", lang="en"),
    EventQuery(text="marv", country="ITA"),  # a country no event involves
], ids=lambda q: f"{q.text}-{q.country}-{len(q.types)}-{q.since}-{q.lang}")
def test_text_counts_with_a_country_are_the_plain_counts(pg_url: str, query: EventQuery) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    words = fragment_words(execute, query.text or "")
    assert words
    counted = country_text_counts(execute, query, words, expected_rows)
    assert counted is not None and not counted.estimate and counted.total_range is None
    assert counted == store.event_counts(query) == pg_event_counts(execute, query, exact_limit=10**9)
    assert counted.total or query.country == "ITA"
    store.close()


def _one_event_store(url: str, text: str) -> None:
    """An article whose one event involves Kenya in all three roles and names ``text``."""
    store = open_store(url)
    event = Event(type="PROTEST", source=EventActor(name="crowd", country="KEN"),
                  target=EventActor(name="police", country="KEN"), place=EventPlace(name="Nairobi", country="KEN"),
                  date=_START.isoformat(), evidence=Mention(start=0, end=len(text), text=text))
    store.save(Article(id="one", text=text, lang="en", published=_START),
               ArticleRecord(id="one", lang="en", published=_START, events=[event], pipeline_version="test"))
    store.close()


def test_an_event_is_counted_once_whatever_its_roles_and_words(pg_url: str) -> None:
    # Kenya source, target and place; two words that hold the fragment: one event
    _one_event_store(pg_url, "Crowds marched from Nairobi to Nairobian suburbs")
    store = open_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    query = EventQuery(text="nairob", country="KEN")
    words = fragment_words(execute, "nairob")
    assert sorted(words or []) == ["nairobi", "nairobian"]
    counted = country_text_counts(execute, query, words or [], expected_rows)
    assert counted is not None and counted.total == 1 and counted.types == [("PROTEST", 1)]
    assert counted.countries == [("KEN", 1)]
    store.close()


@pytest.mark.parametrize("fragment", ["étienne", "ÉTIENNE", "dieu", "Saint", "ssaint"])
def test_the_keys_stand_for_the_fragment_in_any_case_and_compound(pg_url: str, fragment: str) -> None:
    # the keyed road does not test the fragment again: upper case, accents and hyphenated compounds count as the
    # plain query's case-insensitive match does (none for a fragment no word holds)
    _one_event_store(pg_url, "Crowds marched in SAINT-ÉTIENNE and Lyon-Part-Dieu on Monday")
    store = open_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    query = EventQuery(text=fragment, country="KEN")
    words = fragment_words(execute, fragment) or []
    counted = country_text_counts(execute, query, words, expected_rows) if words else None
    plain = pg_event_counts(execute, query, exact_limit=10**9)
    assert plain.total == (0 if fragment == "ssaint" else 1)
    assert (counted is None) == (fragment == "ssaint")
    assert (counted or plain) == plain == store.event_counts(query)
    store.close()


def test_many_expected_events_are_left_to_the_other_roads(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    monkeypatch.setattr(keyed_module, "KEYED_ROWS", -1)
    assert country_text_counts(execute, EventQuery(text="marv", country="KEN"), ["marvelle"], expected_rows) is None
    store.close()


def _keys_expected_in(events: float) -> Planned:
    """A planner expecting ``events`` events for the keyed clause (at 10M events: ~25,000 a key outside the keyed
    index's common ones, where a place's words with a country are expected in a few hundred)."""
    def planned(execute: object, query: EventQuery, clause: SQL) -> float:
        assert "evidence_country_words" in clause.text
        return events
    return planned


def test_the_keys_are_read_when_the_words_with_the_country_are_expected_few(pg_url: str) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    query = EventQuery(text="marv", country="KEN")
    words = fragment_words(execute, "marv") or []
    counted = country_text_counts(execute, query, words, _keys_expected_in(10**6), expected=10)
    assert counted is not None and counted == pg_event_counts(execute, query, exact_limit=10**9)
    assert country_text_counts(execute, query, words, _keys_expected_in(10**6), expected=10**6) is None
    assert country_text_counts(execute, query, words, _keys_expected_in(10**6)) is None  # the keys' estimate alone
    store.close()


def test_the_estimates_planned_together_are_those_planned_apart(pg_url: str) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    words = _words_query(fragment_words(execute, "marv") or [])
    asked = [(EventQuery(), words), (EventQuery(country="KEN"), words), (EventQuery(country="KEN", lang="en"),
                                                                          SQL("TRUE"))]
    assert expected_rows_together(execute, asked) == [expected_rows(execute, q, clause) for q, clause in asked]
    store.close()


def test_the_count_reads_the_keyed_index(pg_url: str) -> None:
    store = _saved_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    execute("SET enable_seqscan = off", [])  # a small table: the plan the index allows, not a scan's
    plan = execute("EXPLAIN SELECT 1 FROM events e WHERE evidence_country_words(e.evidence_text, e.source_country,"
                   " e.target_country, e.place_country) && CAST(? AS TEXT[])", [["marvelle@KEN"]]).fetchall()
    assert any("events_country_words" in row[0] for row in plan)
    store.close()


def test_a_store_made_before_0015_gets_the_index_from_the_migration(pg_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        only_migrations_before(patched, "0015")
        old = _saved_store(pg_url)
        assert "0015_country_words" not in old.migrations()
        old.close()
    store = open_store(pg_url)
    execute = store._execute  # type: ignore[attr-defined]
    assert execute("SELECT 1 FROM pg_indexes WHERE indexname = 'events_country_words'"
                   " AND schemaname = current_schema()", []).fetchall()
    query = EventQuery(text="kest", country="FRA")
    assert store.event_counts(query) == pg_event_counts(execute, query, exact_limit=10**9)
    store.close()


def test_sqlite_records_the_migration_and_counts_by_its_scan(tmp_path: Path) -> None:
    path = str(tmp_path / "ww.sqlite")
    _one_event_store(path, "Crowds marched from Nairobi to Nairobian suburbs")
    store = open_store(path)
    assert "0015_country_words" in store.migrations()
    counted = store.event_counts(EventQuery(text="nairob", country="KEN"))
    assert counted.total == 1 and not counted.estimate
    assert store.event_counts(EventQuery(text="nairob", country="FRA")).total == 0
    store.close()
