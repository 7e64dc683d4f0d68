"""``wirewatch watch`` against a local feed server: conditional requests, new items only, pages fetched once,
description fallback, backoff, restart, private addresses. The extractor is synthetic (the NLP is not the point)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from tests.watch_support import FeedItemSpec, feed_site, items, local_fetcher
from wirewatch.ingest.fetch import Fetcher
from wirewatch.run.feed_poll import read_feed_list
from wirewatch.run.watch import DESCRIPTION_WARNING, Watcher
from wirewatch.store import open_store
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.synthetic import SyntheticExtractor


def sql_store(path: str = ":memory:") -> SQLStore:
    store = open_store(path)
    assert isinstance(store, SQLStore)
    return store


def test_first_round_ingests_every_item() -> None:
    with feed_site(items(3)) as site, local_fetcher() as fetcher:
        store = sql_store()
        report = Watcher([f"{site.base}/feed.xml"], store, fetcher, SyntheticExtractor()).round()
    assert (report.new_items, report.ingest.ingested, store.count_articles()) == (3, 3, 3)


def test_round_with_nothing_new_costs_one_conditional_request_per_feed() -> None:
    with feed_site(items(3)) as site, local_fetcher() as fetcher:
        watcher = Watcher([f"{site.base}/feed.xml"], sql_store(), fetcher, SyntheticExtractor())
        watcher.round()
        before = sum(site.requests.values())
        report = watcher.round()
        spent = sum(site.requests.values()) - before
    assert (spent, site.conditional, report.not_modified, report.nothing_new) == (1, 1, 1, True)


def test_only_new_items_are_fetched_and_no_page_twice() -> None:
    with feed_site(items(2)) as site, local_fetcher() as fetcher:
        watcher = Watcher([f"{site.base}/feed.xml"], sql_store(), fetcher, SyntheticExtractor())
        watcher.round()
        site.items.extend(items(1, start=2))
        report = watcher.round()
        pages = {path: n for path, n in site.requests.items() if path.startswith("/a/")}
    assert (report.new_items, pages) == (1, {"/a/item-0.html": 1, "/a/item-1.html": 1, "/a/item-2.html": 1})


def test_restart_resumes_from_the_stored_state(tmp_path: Path) -> None:
    db = str(tmp_path / "watch.sqlite")
    with feed_site(items(2)) as site, local_fetcher() as fetcher:
        first = sql_store(db)
        Watcher([f"{site.base}/feed.xml"], first, fetcher, SyntheticExtractor()).round()
        first.close()
        report = Watcher([f"{site.base}/feed.xml"], sql_store(db), fetcher, SyntheticExtractor()).round()
    assert (report.not_modified, site.requests["/feed.xml"], report.new_items) == (1, 2, 0)


def test_changed_feed_without_new_items_fetches_no_page() -> None:
    with feed_site(items(2)) as site, local_fetcher() as fetcher:
        watcher = Watcher([f"{site.base}/feed.xml"], sql_store(), fetcher, SyntheticExtractor())
        watcher.round()
        site.items[0].title = "Local story 0, updated headline"  # new ETag, same GUIDs
        report = watcher.round()
    assert (report.not_modified, report.new_items, report.pages) == (0, 0, 0)


def test_unfetchable_page_falls_back_to_the_description_with_a_warning() -> None:
    spec = FeedItemSpec(guid="gone", title="Harbour closed", text="unused",
                        description="A storm closed the northern harbour on Monday, the port authority said.",
                        page=False)
    with feed_site([spec]) as site, local_fetcher() as fetcher:
        store = sql_store()
        report = Watcher([f"{site.base}/feed.xml"], store, fetcher, SyntheticExtractor()).round()
    stored = next(iter(store.articles()))
    record = store.record(stored.key)
    assert report.from_description == 1 and record is not None
    assert stored.article.text.startswith("A storm closed") and any(DESCRIPTION_WARNING in w for w in record.warnings)


class Clock:
    def __init__(self) -> None:
        self.value = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.value


def test_failing_feed_backs_off_then_is_tried_again() -> None:
    clock = Clock()
    with feed_site(items(1)) as site, local_fetcher() as fetcher:
        site.failing_feed = True
        watcher = Watcher([f"{site.base}/feed.xml"], sql_store(), fetcher, SyntheticExtractor(),
                          backoff=dt.timedelta(minutes=1), now=clock)
        failed = watcher.round()
        clock.value += dt.timedelta(seconds=30)
        waiting = watcher.round()
        site.failing_feed = False
        clock.value += dt.timedelta(seconds=31)
        recovered = watcher.round()
    assert (len(failed.feed_errors), waiting.backing_off, recovered.new_items) == (1, 1, 1)
    assert site.requests["/feed.xml"] == 2


def test_backoff_doubles_with_each_failure() -> None:
    clock = Clock()
    with feed_site(items(1)) as site, local_fetcher() as fetcher:
        site.failing_feed = True
        store = sql_store()
        watcher = Watcher([f"{site.base}/feed.xml"], store, fetcher, SyntheticExtractor(),
                          backoff=dt.timedelta(minutes=1), now=clock)
        watcher.round()
        clock.value += dt.timedelta(minutes=1)
        watcher.round()
        state = store.feed_state(f"{site.base}/feed.xml")
    assert (state.failures, state.retry_after) == (2, clock.value + dt.timedelta(minutes=2))


def test_private_address_is_refused_unless_allowed() -> None:
    with feed_site(items(1)) as site, httpx.Client(timeout=5.0) as client:
        report = Watcher([f"{site.base}/feed.xml"], sql_store(), Fetcher(client), SyntheticExtractor()).round()
    assert "private or loopback" in report.feed_errors[0] and sum(site.requests.values()) == 0


def test_feed_list_file_is_read_with_comments(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# world\nhttps://a.example.org/rss\n\nhttps://b.example.org/atom  # second\n", encoding="utf-8")
    assert read_feed_list([str(listing), "https://a.example.org/rss"]) == ["https://a.example.org/rss",
                                                                          "https://b.example.org/atom"]


def test_feed_list_refuses_what_is_neither_url_nor_file() -> None:
    with pytest.raises(ValueError, match="neither"):
        read_feed_list(["example.org/rss"])


def test_page_listed_by_two_feeds_under_other_guids_is_fetched_once() -> None:
    with feed_site(items(2)) as first, feed_site([]) as second, local_fetcher() as fetcher:
        copied = first.rss().replace(b"<guid isPermaLink=\"false\">item", b"<guid isPermaLink=\"false\">copy")
        second.rss = lambda: copied  # type: ignore[method-assign]  # the same links, other GUIDs
        report = Watcher([f"{first.base}/feed.xml", f"{second.base}/feed.xml"], sql_store(), fetcher,
                         SyntheticExtractor()).round()
    pages = {path: n for path, n in first.requests.items() if path.startswith("/a/")}
    assert (report.new_items, pages) == (2, {"/a/item-0.html": 1, "/a/item-1.html": 1})
