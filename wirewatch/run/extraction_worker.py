"""Extraction in a background thread, so that storing one article overlaps extracting the next ones.

The ingest job is a loop of two stages: extract (CPU in spaCy, much of it outside the GIL: the models' matrix
products) and store (waiting on SQLite's engine or on a PostgreSQL server, also outside the GIL). Run one after
the other, the store's time adds to the extractor's; run in two threads, most of it hides behind extraction.

The store stays in the calling thread (a SQLite connection belongs to the thread that opened it); only the
extractor moves. Articles go in with :meth:`ExtractionWorker.submit`, records come out in submission order with
:meth:`ExtractionWorker.take`. At most ``depth`` articles are in flight, so memory stays bounded and a long run
never reads its input far ahead of what is stored (a killed run loses at most ``depth`` extracted articles,
none of them stored: the next run extracts them again).
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Protocol

from wirewatch.ingest.article_input import InputError
from wirewatch.records import Article, ArticleRecord


class ArticleExtractor(Protocol):
    """What the worker needs of :class:`wirewatch.run.extractor.Extractor`: records for articles, in input order."""

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]: ...


class _EndOfInput:
    """Sentinel put after the last article."""


class _WorkerDone:
    """What the worker thread hands over last: the extractor's exception, if it raised one."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class ExtractionWorker:
    """One extractor running in a daemon thread over the articles submitted to it.

    Use as a context manager; :meth:`take` returns ``(article, record)`` pairs in submission order.
    """

    def __init__(self, extractor: ArticleExtractor, depth: int) -> None:
        self.extractor = extractor
        self.depth = max(1, depth)
        self._inbox: queue.Queue[Article | _EndOfInput] = queue.Queue()
        self._outbox: queue.Queue[ArticleRecord | _WorkerDone] = queue.Queue()
        self._in_flight: deque[Article] = deque()  # submitted, record not yet taken; oldest first
        self._thread = threading.Thread(target=self._run, name="wirewatch-extract", daemon=True)
        self._closed = False

    def __enter__(self) -> ExtractionWorker:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
        if kind is None:  # on an error the daemon thread is left to finish its few articles, unseen
            self._thread.join()

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def full(self) -> bool:
        return self.in_flight >= self.depth

    def submit(self, article: Article) -> None:
        self._in_flight.append(article)
        self._inbox.put(article)

    def close(self) -> None:
        """No more articles: the extractor flushes its partial batches."""
        if not self._closed:
            self._closed = True
            self._inbox.put(_EndOfInput())

    def take(self, *, wait: bool) -> tuple[Article, ArticleRecord] | None:
        """The oldest article in flight with its record; None when nothing is ready (``wait=False``) or in flight."""
        if not self._in_flight:
            return None
        try:
            outcome = self._outbox.get(block=wait)
        except queue.Empty:
            return None
        if isinstance(outcome, _WorkerDone):
            if outcome.error is not None:
                raise outcome.error
            raise RuntimeError(f"the extractor returned no record for {self.in_flight} article(s), "
                               f"from {self._in_flight[0].id!r} on")
        return self._in_flight.popleft(), outcome

    def _articles(self) -> Iterator[Article]:
        while not isinstance(item := self._inbox.get(), _EndOfInput):
            yield item

    def _run(self) -> None:
        try:
            for record in self.extractor.extract(self._articles()):
                self._outbox.put(record)
        except BaseException as error:  # handed to the calling thread, which raises it
            self._outbox.put(_WorkerDone(error))
            return
        self._outbox.put(_WorkerDone())
