"""Articles by their id, over the store's public methods.

The store looks articles up by canonical URL or content hash only; the API addresses them by their own id. This
index maps ids to the store's keys, read with :meth:`Store.articles` and read again when the number of articles
has changed or the index is older than ``max_age`` seconds (an article updated in place keeps the count). To move
into the store as ``Store.article(id)`` / ``Store.list_articles(...)``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass

from wirewatch.store import ArticleIdentity, Store, StoredArticle


@dataclass(frozen=True)
class ArticleSummary:
    key: int
    id: str
    title: str | None
    url: str | None
    lang: str | None
    published: dt.date | None
    source: str | None
    chars: int
    canonical_url: str | None
    content_hash: str


class ArticleIndex:
    def __init__(self, store: Store, max_age: float = 300.0) -> None:
        self._store = store
        self.max_age = max_age
        self._read_at = 0.0
        self._lock = threading.Lock()
        self._count = -1
        self._by_id: dict[str, ArticleSummary] = {}
        self._ordered: list[ArticleSummary] = []

    def invalidate(self) -> None:
        with self._lock:
            self._count = -1

    def _fresh(self) -> None:
        count = self._store.count_articles()
        with self._lock:
            if count == self._count and time.monotonic() - self._read_at < self.max_age:
                return
            summaries = [
                ArticleSummary(key=s.key, id=s.article.id, title=s.article.title, url=s.article.url,
                               lang=s.article.lang, published=s.article.published, source=s.article.source,
                               chars=len(s.article.text), canonical_url=s.canonical_url,
                               content_hash=s.content_hash)
                for s in self._store.articles()
            ]
            self._by_id = {s.id: s for s in summaries}  # a later row with the same id wins
            self._ordered = sorted(summaries, key=lambda s: (s.published or dt.date.min, s.key), reverse=True)
            self._count = count
            self._read_at = time.monotonic()

    def get(self, article_id: str) -> ArticleSummary | None:
        self._fresh()
        return self._by_id.get(article_id)

    def newest_first(self) -> list[ArticleSummary]:
        self._fresh()
        return self._ordered

    def stored(self, summary: ArticleSummary) -> StoredArticle | None:
        """The stored article (with its text) of a summary, found again by its identity."""
        found = self._store.find(ArticleIdentity(summary.canonical_url, summary.content_hash))
        return found if found is not None and found.key == summary.key else None
