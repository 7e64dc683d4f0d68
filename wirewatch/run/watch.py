"""``wirewatch watch``: feeds polled in rounds; new items fetched once, ingested, filed into stories; alerts checked.

Each round, for each feed not in backoff: one conditional GET (:func:`wirewatch.run.feed_poll.conditional_get`);
on 200, the items whose key (GUID, else link) the store has not seen; each item's page fetched once (its
description stands in when the page cannot be fetched, and the stored record says so in its warnings); the
articles go through :func:`wirewatch.run.ingest_job.ingest`, the same job as ``wirewatch ingest``; the items are
then marked seen; last, every alert is checked (:func:`wirewatch.alerts.check_alerts`), so an event is alerted
in the round that stored it. All state (validators, backoff, seen items, alert marks) lives in the store.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wirewatch.alerts.check import AlertRun, check_alerts
from wirewatch.alerts.webhook import Webhook
from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.fetch import Fetcher, FetchError
from wirewatch.ingest.read import article_from_document
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extraction_worker import ArticleExtractor
from wirewatch.run.feed_poll import WatchItem, conditional_get, feed_items
from wirewatch.run.ingest_job import IngestSummary, ingest
from wirewatch.store.rows import utc_now
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import FeedState

MAX_BACKOFF = dt.timedelta(hours=6)
DESCRIPTION_WARNING = "text from the feed item's description: the article page could not be fetched"


@dataclass
class RoundReport:
    """What one round did; ``line()`` is the status line."""

    number: int
    feeds: int = 0
    not_modified: int = 0
    backing_off: int = 0
    feed_errors: list[str] = field(default_factory=list)
    new_items: int = 0
    pages: int = 0
    from_description: int = 0
    requests: int = 0
    ingest: IngestSummary = field(default_factory=IngestSummary)
    alerts: AlertRun = field(default_factory=AlertRun)
    seconds: float = 0.0

    @property
    def nothing_new(self) -> bool:
        return self.new_items == 0 and self.alerts.matched == 0

    def line(self) -> str:
        errors = f", {len(self.feed_errors)} failing" if self.feed_errors else ""
        waiting = f", {self.backing_off} backing off" if self.backing_off else ""
        described = f" ({self.from_description} from descriptions)" if self.from_description else ""
        return (f"round {self.number}: {self.feeds} feeds ({self.not_modified} not modified{errors}{waiting}), "
                f"{self.new_items} new items{described}, {self.ingest.ingested} ingested, "
                f"{self.ingest.duplicates} duplicates, {self.ingest.failed} failed, {self.alerts.matched} alerts "
                f"({self.alerts.delivered} delivered), {self.requests} requests, {self.seconds:.2f} s")


class _DescriptionMarker:
    """Passes articles to ``inner`` and adds a warning to the records of articles built from descriptions."""

    def __init__(self, inner: ArticleExtractor, marked: dict[str, str]) -> None:
        self.inner = inner
        self.marked = marked  # article id → why the page was not used

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for record in self.inner.extract(items):
            reason = self.marked.get(record.id)
            if reason is not None:
                record = record.model_copy(update={"warnings": [*record.warnings, f"{DESCRIPTION_WARNING} ({reason})"]})
            yield record


class Watcher:
    """Rounds over ``feeds`` into ``store``; every dependency passed in (tests use a local server)."""

    def __init__(self, feeds: list[str], store: SQLStore, fetcher: Fetcher, extractor: ArticleExtractor, *,
                 webhook: Webhook | None = None, backoff: dt.timedelta = dt.timedelta(minutes=1),
                 batch_size: int = 16, now: Callable[[], dt.datetime] = utc_now) -> None:
        self.feeds = feeds
        self.store = store
        self.fetcher = fetcher
        self.extractor = extractor
        self.webhook = webhook
        self.backoff = backoff
        self.batch_size = batch_size
        self.now = now
        self.rounds = 0

    def round(self) -> RoundReport:
        """Poll every feed once, ingest what is new, check alerts."""
        started = time.monotonic()
        self.rounds += 1
        report = RoundReport(self.rounds, feeds=len(self.feeds))
        posts_before = self.webhook.posts if self.webhook else 0
        articles: list[Article | InputError] = []
        marked: dict[str, str] = {}
        seen: dict[str, list[tuple[str, str | None]]] = {}
        claimed: set[str] = set()
        for url in self.feeds:
            new = self._poll(url, report, claimed)
            if new:
                seen[url] = [(item.key, item.link) for item in new]
                articles.extend(self._article(item, report, marked) for item in new)
        if articles:
            report.ingest = ingest(articles, _DescriptionMarker(self.extractor, marked), self.store,
                                   batch_size=self.batch_size)
        for url, items in seen.items():
            self.store.mark_items_seen(url, items)
        report.alerts = check_alerts(self.store, self.webhook, today=self.now().date())
        report.requests += (self.webhook.posts if self.webhook else 0) - posts_before
        report.seconds = time.monotonic() - started
        return report

    def _poll(self, url: str, report: RoundReport, claimed: set[str]) -> list[WatchItem]:
        """The unseen items of one feed, with its state saved; [] when not modified, failing or backing off.
        ``claimed`` holds the links taken by earlier feeds of this round (one page, one fetch)."""
        state = self.store.feed_state(url)
        now = self.now()
        if state.retry_after is not None and state.retry_after > now:
            report.backing_off += 1
            return []
        try:
            response = conditional_get(self.fetcher, state)
            report.requests += response.requests
            items = None if response.body is None else feed_items(response.body, response.url)
            if response.body is not None and items is None:
                raise FetchError(f"{url}: not a readable RSS/Atom feed")
        except FetchError as error:
            report.requests += 1
            report.feed_errors.append(str(error))
            failures = state.failures + 1
            wait = min(self.backoff * 2 ** (failures - 1), MAX_BACKOFF)
            self.store.save_feed_state(FeedState(url, state.etag, state.last_modified, failures, now + wait,
                                                 f"error: {error}"))
            return []
        status = "not modified" if items is None else f"{len(items)} items"
        self.store.save_feed_state(FeedState(url, response.etag or state.etag,
                                             response.last_modified or state.last_modified, 0, None, status))
        if items is None:
            report.not_modified += 1
            return []
        seen = self.store.seen_items(list(dict.fromkeys(i.key for i in items)),
                                     list(dict.fromkeys(i.link for i in items)))
        new = []
        for item in items:
            if item.key in seen or item.link in seen or item.link in claimed:
                continue
            seen.add(item.key)
            claimed.add(item.link)
            new.append(item)
        report.new_items += len(new)
        return new

    def _article(self, item: WatchItem, report: RoundReport, marked: dict[str, str]) -> Article | InputError:
        """The item's page as an article; its description when the page cannot be fetched or read."""
        try:
            page = self.fetcher.get(item.link)
            report.requests += 1
            report.pages += 1
            article = article_from_document(page.text().encode("utf-8"), item.link, url=page.url)
            reason = article.message if isinstance(article, InputError) else ""
        except FetchError as error:
            report.requests += 1
            article, reason = InputError(item.link, None, str(error)), str(error).removeprefix(f"{item.link}: ")
        if isinstance(article, Article):
            return article.model_copy(update={"title": article.title or item.title,
                                              "published": article.published or item.published})
        if not item.description:
            return article
        fallback = article_from_document(item.description.encode("utf-8"), item.link, url=item.link)
        if isinstance(fallback, Article):
            report.from_description += 1
            marked[fallback.id] = reason
            return fallback.model_copy(update={"title": item.title, "published": item.published})
        return fallback

    def run(self, every: float, *, once: bool = False, report: Callable[[RoundReport], None] = print,
            sleep: Callable[[float], None] = time.sleep) -> RoundReport:
        """Rounds ``every`` seconds apart (start to start) until interrupted; one round with ``once``."""
        while True:
            started = time.monotonic()
            last = self.round()
            report(last)
            if once:
                return last
            sleep(max(0.0, every - (time.monotonic() - started)))
