"""The store suite: the same tests on in-memory SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirewatch.records import ArticleRecord
from wirewatch.store import (
    EntityQuery,
    EventQuery,
    QuoteQuery,
    Store,
    StoreError,
    canonical_url,
    identity_of,
    open_store,
)
from wirewatch.store.identity import event_day
from wirewatch.store.row_batches import MAX_ROWS, RowsStatement
from wirewatch.store.synthetic import make_article, make_record, scratch_schema

PG_URL = os.environ.get("WIREWATCH_TEST_PG_URL")
PG_SKIP_REASON = "PostgreSQL tests run in CI (.ci/postgres.sh sets WIREWATCH_TEST_PG_URL); CI unset here"


def pg_url_or_skip() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI is set but WIREWATCH_TEST_PG_URL is not: source .ci/postgres.sh")
        pytest.skip(PG_SKIP_REASON)
    return PG_URL


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = open_store(":memory:")
        yield opened
        opened.close()
        return
    with scratch_schema(pg_url_or_skip()) as url:
        opened = open_store(url)
        yield opened
        opened.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_record_round_trips(store: Store, lang: str) -> None:
    article = make_article(lang)
    record = make_record(article)
    store.save(article, record)
    stored = next(store.articles())
    assert store.record(stored.key) == record


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_stored_mentions_match_article_text(store: Store, lang: str) -> None:
    article = make_article(lang)
    store.save(article, make_record(article))
    stored = next(store.articles())
    record = store.record(stored.key)
    assert record is not None
    spans = [m for e in record.entities for m in e.mentions] + [e.evidence for e in record.events]
    assert all(stored.article.text[m.start:m.end] == m.text for m in spans)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_layer_larger_than_one_statement_round_trips(store: Store, lang: str) -> None:
    article = make_article(lang)
    record = make_record(article)
    record = record.model_copy(update={"dates": record.dates * (MAX_ROWS + 45)})
    store.save(article, record)
    stored = store.record(next(store.articles()).key)
    assert stored is not None and stored.dates == record.dates


def test_rows_go_in_statements_of_a_power_of_two_rows() -> None:
    statement = RowsStatement("INSERT INTO t (a, b)", "(?, ?)")
    assert [sql.count("(?, ?)") for sql, _ in statement.chunks([(n, n) for n in range(11)])] == [8, 2, 1]


def test_rows_keep_every_value_in_order() -> None:
    rows = [(n, f"v{n}") for n in range(11)]
    chunks = RowsStatement("INSERT INTO t (a, b)", "(?, ?)", "ON CONFLICT DO NOTHING").chunks(rows)
    assert [value for _, params in chunks for value in params] == [value for row in rows for value in row]


def test_articles_of_a_run_are_found_as_find_finds_them(store: Store) -> None:
    """The refinement looks up a run's articles in one statement: by canonical URL, else by content hash."""
    with_url = make_article("fr", ident="a-url")
    without_url = make_article("en", ident="a-hash", url=None)
    for article in (with_url, without_url):
        store.save(article, make_record(article))
    identities = [identity_of(a) for a in (without_url, with_url)]
    expected = [found.key for found in (store.find(i) for i in identities) if found is not None]
    assert store._article_keys(identities) == expected  # type: ignore[attr-defined]


def test_saving_again_updates_instead_of_duplicating(store: Store) -> None:
    article = make_article("fr")
    store.save(article, make_record(article, pipeline_version="v1"))
    outcome = store.save(article, make_record(article, pipeline_version="v2"))
    assert (outcome, store.count_articles()) == ("updated", 1)


def test_update_replaces_layers(store: Store) -> None:
    article = make_article("en")
    store.save(article, make_record(article))
    store.save(article, make_record(article).model_copy(update={"events": []}))
    assert store.events(EventQuery()) == []


def test_same_url_with_tracking_parameters_is_the_same_article(store: Store) -> None:
    first = make_article("fr", url="https://news.example.org/a/1")
    second = make_article("fr", url="https://NEWS.example.org/a/1/?utm_source=feed#top")
    store.save(first, make_record(first))
    store.save(second, make_record(second))
    assert store.count_articles() == 1


def test_find_by_content_hash_without_url(store: Store) -> None:
    article = make_article("en", url=None)
    store.save(article, make_record(article))
    found = store.find(identity_of(article.model_copy(update={"id": "another-id"})))
    assert found is not None and found.article.text == article.text


def test_entities_share_identity_across_articles(store: Store) -> None:
    fr, en = make_article("fr", ident="a-fr", url="https://x.example/fr"), make_article("en", ident="a-en", url=None)
    store.save(fr, make_record(fr))
    store.save(en, make_record(en))
    rows = store.entities(EntityQuery(name="Dupont"))
    assert [(r.name, r.articles) for r in rows] == [("Jean Dupont", 2)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(types=("ASSAULT",)), 1),
        (EventQuery(types=("PROTEST",)), 0),
        (EventQuery(country="UKR"), 1),
        (EventQuery(country="rus"), 1),
        (EventQuery(country="FRA"), 0),
        (EventQuery(since=dt.date(2025, 8, 5)), 1),
        (EventQuery(since=dt.date(2025, 8, 6)), 0),
        (EventQuery(until=dt.date(2025, 8, 4)), 0),
    ],
)
def test_event_filters(store: Store, query: EventQuery, expected: int) -> None:
    article = make_article("fr")
    store.save(article, make_record(article))
    assert len(store.events(query)) == expected


def test_event_row_carries_place_and_day(store: Store) -> None:
    article = make_article("en")
    store.save(article, make_record(article))
    row = store.events(EventQuery())[0]
    assert (row.day, row.place_country, row.lat, row.killed) == (dt.date(2025, 8, 5), "UKR", 49.98, 3)


@pytest.mark.parametrize("speaker", ["dupont", "Jean Dupont"])
def test_quotes_by_speaker(store: Store, speaker: str) -> None:
    article = make_article("fr")
    store.save(article, make_record(article))
    assert [q.text for q in store.quotes(QuoteQuery(speaker=speaker))] == ["Nous ne céderons pas."]


def test_quote_found_by_its_speaker_entity_canonical_name(store: Store) -> None:
    article = make_article("fr")
    record = make_record(article)
    record.quotes[0].speaker = "le ministre"
    store.save(article, record)
    assert [q.speaker_entity for q in store.quotes(QuoteQuery(speaker="Dupont"))] == ["Jean Dupont"]


def test_quotes_filter_excludes_other_speakers(store: Store) -> None:
    article = make_article("fr")
    store.save(article, make_record(article))
    assert store.quotes(QuoteQuery(speaker="Zelensky")) == []


def test_like_wildcards_in_filters_are_literal(store: Store) -> None:
    article = make_article("fr")
    store.save(article, make_record(article))
    assert store.quotes(QuoteQuery(speaker="%")) == []


@pytest.mark.parametrize(("lang", "words"), [("fr", "ville frappé"), ("en", "drones struck")])
def test_full_text_search_finds_article(store: Store, lang: str, words: str) -> None:
    article = make_article(lang)
    store.save(article, make_record(article))
    assert [hit.article for hit in store.search(words)] == ["art-1"]


def test_full_text_search_misses_absent_words(store: Store) -> None:
    article = make_article("en")
    store.save(article, make_record(article))
    assert store.search("glide bombs") == []


@pytest.mark.parametrize("words", ["drones\x00", "\x00", 'drones "struck\x00'])
def test_full_text_search_reads_control_characters_as_spaces(store: Store, words: str) -> None:
    article = make_article("en")
    store.save(article, make_record(article))
    assert [hit.article for hit in store.search(words)] == (["art-1"] if "drones" in words else [])


def test_full_text_search_follows_updates(store: Store) -> None:
    article = make_article("en")
    store.save(article, make_record(article))
    changed = article.model_copy(update={"text": "A quiet day at the harbour."})
    store.save(changed, ArticleRecord(id=changed.id, lang="en"))
    assert store.search("drones") == []


def test_stale_articles_are_those_of_another_pipeline(store: Store) -> None:
    old, new = make_article("fr", ident="old", url="https://x.example/1"), make_article("en", ident="new", url=None)
    store.save(old, make_record(old, pipeline_version="v1"))
    store.save(new, make_record(new, pipeline_version="v2 (fr:core_news_md-3.8.0)"))
    assert [s.article.id for s in store.articles(stale_for="v2")] == ["old"]


def test_articles_are_read_in_pages(store: Store) -> None:
    for number in range(3):
        article = make_article("en", ident=f"n{number}", url=f"https://x.example/{number}")
        store.save(article, make_record(article))
    assert [s.article.id for s in store.articles(limit=2)] == ["n0", "n1"]


def test_records_filtered_by_event_query(store: Store) -> None:
    article = make_article("fr")
    store.save(article, make_record(article))
    assert len(list(store.records(EventQuery(country="FRA")))) == 0


def test_migrations_are_recorded_in_order(store: Store) -> None:
    assert store.migrations() == ["0001_core", "0002_fulltext", "0003_stories", "0004_watch",
                                  "0005_event_list", "0006_event_keys", "0007_country_keys", "0008_merged_events",
                                  "0009_covering_names", "0010_month_words", "0011_merged_ranges", "0012_word_counts",
                                  "0013_event_sample", "0014_sample_keys", "0015_country_words"]


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "ww.sqlite"
    open_store(path).close()
    reopened = open_store(path)
    assert reopened.migrations() == ["0001_core", "0002_fulltext", "0003_stories", "0004_watch",
                                  "0005_event_list", "0006_event_keys", "0007_country_keys", "0008_merged_events",
                                  "0009_covering_names", "0010_month_words", "0011_merged_ranges", "0012_word_counts",
                                  "0013_event_sample", "0014_sample_keys", "0015_country_words"]


def test_corrupt_file_gives_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a wirewatch database") as raised:
        open_store(path)
    assert "\n" not in str(raised.value)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (x TEXT)")
    with pytest.raises(StoreError, match="not a wirewatch store"):
        open_store(path)


def test_foreign_postgres_schema_is_refused() -> None:
    import psycopg

    with scratch_schema(pg_url_or_skip()) as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE articles (x TEXT)")
        with pytest.raises(StoreError, match="not a wirewatch store"):
            open_store(url)


def test_lost_postgres_connection_is_a_one_line_store_error() -> None:
    import psycopg

    with scratch_schema(pg_url_or_skip()) as url:
        store = open_store(url)
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (store._conn.info.backend_pid,))  # type: ignore[attr-defined]
        with pytest.raises(StoreError) as raised:
            store.events(EventQuery())
        store.close()
    assert "\n" not in str(raised.value)


def test_unreachable_postgres_gives_one_line_error() -> None:
    pytest.importorskip("psycopg", reason="PostgreSQL support is the optional psycopg dependency")
    with pytest.raises(StoreError, match="cannot use PostgreSQL database") as raised:
        open_store("postgresql://nobody:secret@127.0.0.1:9/none?connect_timeout=2")
    assert "\n" not in str(raised.value) and "secret" not in str(raised.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Example.com:443/a/?utm_source=x&b=2#top", "https://example.com/a?b=2"),
        ("http://example.com", "http://example.com/"),
        ("https://example.com/p?b=2&a=1", "https://example.com/p?a=1&b=2"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-08-05", dt.date(2025, 8, 5)), ("2025-08", dt.date(2025, 8, 1)),
     ("2025-08-05/2025-08-06", dt.date(2025, 8, 5)), ("2025-W32", dt.date(2025, 8, 4)),
     ("2025-SU", dt.date(2025, 6, 1)), ("2025-08-05TNI", dt.date(2025, 8, 5)), ("199", dt.date(2025, 8, 6)),
     ("2025-13-40", dt.date(2025, 8, 6)), ("PAST_REF", dt.date(2025, 8, 6)), (None, dt.date(2025, 8, 6))],
)
def test_event_day(value: str | None, expected: dt.date) -> None:
    assert event_day(value, dt.date(2025, 8, 6)) == expected


def test_public_surface_is_complete() -> None:
    import wirewatch.store as package

    assert [name for name in package.__all__ if not hasattr(package, name)] == []
