"""The ingest job: sources → articles → Extractor → store, one transaction per article, with a summary.

Sources are read by :func:`wirewatch.ingest.sources.read_sources` (files, folders, WARC files, feeds, URLs). An
article already stored with the same identity (canonical URL, else content
hash) and the same content is skipped as a duplicate before extraction; a changed one is re-extracted and
updated in place. A failed item is reported and the run goes on. Each stored article is placed in a story, and
the deadlines it states tracked, in the article's own transaction (``store.save(..., stories=True)``);
reprocessing takes the article out of its old story first. Once a run's articles are all placed, each gets a
second look (``store.refine_stories``): single-pass clustering depends on arrival order.

Extraction runs in a background thread while the calling thread stores. The extractor may itself live in a
child process (:class:`wirewatch.run.extraction_process.ExtractorProcess`, as the CLI runs it): the thread then only
moves JSON, and the store's driver does not take turns with spaCy for the GIL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.sources import ArticleOrError
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extraction_worker import ArticleExtractor, ExtractionWorker
from wirewatch.store import ArticleIdentity, Store, StoreError, identity_of


@dataclass
class IngestSummary:
    """Counts of one run; ``failures`` holds one line per failed item."""

    ingested: int = 0
    updated: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def seen(self) -> int:
        return self.ingested + self.updated + self.duplicates + self.failed

    def rate(self) -> float:
        """Items handled per second so far."""
        return self.seen / max(time.monotonic() - self.started, 1e-9)

    def line(self) -> str:
        return (f"{self.ingested} ingested, {self.updated} updated, {self.duplicates} duplicates, "
                f"{self.failed} failed ({self.rate():.1f}/s)")

    def as_dict(self) -> dict[str, object]:
        return {"ingested": self.ingested, "updated": self.updated, "duplicates": self.duplicates,
                "failed": self.failed, "failures": self.failures,
                "seconds": round(time.monotonic() - self.started, 3)}


Progress = Callable[[IngestSummary], None]


# -- the job ---------------------------------------------------------------------------------------------------
def ingest(items: Iterable[ArticleOrError], extractor: ArticleExtractor, store: Store, *, batch_size: int = 16,
           force: bool = False, progress: Progress | None = None, max_chars: int | None = None) -> IngestSummary:
    """Extract and store every new or changed article of ``items``; each article is one transaction.

    Extraction runs in a background thread (:class:`~wirewatch.run.extraction_worker.ExtractionWorker`) while this
    thread checks duplicates and stores the records already extracted; at most two batches are in flight.
    An article longer than ``max_chars`` is a failure and is not stored (nor retried by the next run as new).
    """
    summary = IngestSummary()
    placed: list[ArticleIdentity] = []
    claimed = _Claimed()
    iterator = iter(items)
    with ExtractionWorker(extractor, depth=2 * batch_size) as worker:
        while (item := next(iterator, None)) is not None:
            if isinstance(item, InputError):
                summary.failures.append(str(item))
            elif max_chars is not None and len(item.text) > max_chars:
                summary.failures.append(f"{item.url or item.id}: text has {len(item.text):,} characters, over the "
                                        f"limit of {max_chars:,} (settings.max_chars); not stored")
            elif (verdict := _verdict(item, store, claimed, force, summary)) == "duplicate":
                summary.duplicates += 1
            elif verdict == "new":
                worker.submit(item)
            _store_ready(worker, store, summary, placed, progress, wait=worker.full)
            if progress:
                progress(summary)
        worker.close()
        _store_ready(worker, store, summary, placed, progress, wait=True)
    _refine(store, placed, summary)
    return summary


def _store_ready(worker: ExtractionWorker, store: Store, summary: IngestSummary, placed: list[ArticleIdentity],
                 progress: Progress | None, *, wait: bool) -> None:
    """Store the records the worker has finished; with ``wait``, until none is in flight (after ``close``) or
    until the worker has room again."""
    while (done := worker.take(wait=wait)) is not None:
        article, record = done
        if _store_one(article, record, store, summary):
            placed.append(identity_of(article))
        if progress:
            progress(summary)
        if wait and not worker.full and not worker.closed:
            return


def _refine(store: Store, placed: list[ArticleIdentity], summary: IngestSummary) -> None:
    """Once a run's articles are all placed, a second look at their stories (arrival order matters less)."""
    if placed:
        try:
            store.refine_stories(placed)
        except StoreError as error:
            summary.failures.append(f"story refinement: {error}")


@dataclass
class _Claimed:
    """What this run has already taken: content hashes, and the content last seen at each canonical URL. A later
    copy is a duplicate even before it is stored; a changed article at a URL already seen is not (it updates)."""

    contents: set[str] = field(default_factory=set)
    at_url: dict[str, str] = field(default_factory=dict)

    def seen(self, identity: ArticleIdentity) -> bool:
        url = identity.canonical_url
        if identity.content_hash in self.contents or (url is not None and self.at_url.get(url) ==
                                                      identity.content_hash):
            return True
        self.contents.add(identity.content_hash)
        if url is not None:
            self.at_url[url] = identity.content_hash
        return False


def _verdict(article: Article, store: Store, claimed: _Claimed, force: bool,
             summary: IngestSummary) -> Literal["duplicate", "new", "failed"]:
    """Whether ``article`` is a duplicate, new (to extract), or failed (the failure counted in ``summary``)."""
    try:
        return "duplicate" if _is_duplicate(identity_of(article), store, claimed, force) else "new"
    except (StoreError, ValueError) as error:  # an unhashable text (lone surrogate) or the store refusing a lookup
        summary.failures.append(f"{article.url or article.id}: not checked against the store ({error})")
        return "failed"


def _is_duplicate(identity: ArticleIdentity, store: Store, claimed: _Claimed, force: bool) -> bool:
    """Already stored with the same content and no error (or seen earlier in this batch)."""
    if claimed.seen(identity):
        return True
    if force:
        return False
    stored = store.find(identity)
    return stored is not None and stored.error is None and stored.content_hash == identity.content_hash


def _store_one(article: Article, record: ArticleRecord, store: Store, summary: IngestSummary) -> bool:
    """Save one article with its story; True when it was stored without an extraction error."""
    try:
        outcome = store.save(article, record, stories=True)  # its story and deadlines in the same transaction
    except StoreError as error:
        summary.failures.append(f"{article.url or article.id}: {error}")
        return False
    except Exception as error:  # a value the driver refuses, a bug met by one text: rolled back, this article only
        summary.failures.append(f"{article.url or article.id}: not stored ({type(error).__name__}: {error})")
        return False
    if record.error is not None:
        summary.failures.append(f"{article.url or article.id}: {record.error}")
        return False
    if outcome == "inserted":
        summary.ingested += 1
    else:
        summary.updated += 1
    return True


def reprocess(store: Store, extractor: ArticleExtractor, *, release: str | None, batch_size: int = 16,
              limit: int | None = None, progress: Progress | None = None) -> IngestSummary:
    """Re-extract stored articles not produced by pipeline ``release`` (all of them when ``release`` is None).

    The stale articles are read page by page (the store allows saving while its listing is read) and extracted
    in a background thread while this one stores, as in :func:`ingest`.
    """
    summary = IngestSummary()
    placed: list[ArticleIdentity] = []
    with ExtractionWorker(extractor, depth=2 * batch_size) as worker:
        for stored in store.articles(stale_for=release, limit=limit):
            worker.submit(stored.article)
            _store_ready(worker, store, summary, placed, progress, wait=worker.full)
        worker.close()
        _store_ready(worker, store, summary, placed, progress, wait=True)
    _refine(store, placed, summary)
    return summary
