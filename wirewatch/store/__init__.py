"""The event store: one interface (:class:`Store`), SQLite by default, PostgreSQL for a team.

``open_store(url)`` takes a SQLite file path (or ``:memory:``) or a ``postgresql://`` URL, applies pending
migrations and returns the store; any failure to open is a :class:`StoreError` with a one-line message.
"""

from __future__ import annotations

from pathlib import Path

from wirewatch.records import Article
from wirewatch.store.base import ArticleIdentity, SaveOutcome, Store, StoredArticle, StoreError
from wirewatch.store.identity import canonical_url, content_hash
from wirewatch.store.list_queries import ArticleQuery, ArticleSummary, DayTypeCount, EventCounts, PlaceCount
from wirewatch.store.merged_events import MergedEventRow
from wirewatch.store.queries import (
    EntityQuery,
    EntityRow,
    EventQuery,
    EventRow,
    QuoteQuery,
    QuoteRow,
    SearchHit,
)
from wirewatch.store.story_queries import (
    DeadlineQuery,
    StoredDeadline,
    StoryArticle,
    StoryDetail,
    StoryQuery,
    StorySummary,
)

__all__ = [
    "ArticleIdentity", "DeadlineQuery", "EntityQuery", "EntityRow", "EventQuery", "EventRow", "MergedEventRow",
    "QuoteQuery",
    "QuoteRow", "SaveOutcome", "SearchHit", "Store", "StoreError", "StoredArticle", "StoredDeadline",
    "StoryArticle", "StoryDetail", "StoryQuery", "StorySummary", "canonical_url", "content_hash", "identity_of",
    "is_postgres_url", "open_store",
]
__all__ += ["ArticleQuery", "ArticleSummary", "DayTypeCount", "EventCounts", "PlaceCount"]  # list reads


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str | Path) -> Store:
    """The store at ``url``: a ``postgresql://`` URL, else a SQLite file path (created when missing)."""
    text = str(url)
    if is_postgres_url(text):
        from wirewatch.store.postgres import PostgresStore

        return PostgresStore(text)
    from wirewatch.store.sqlite import SQLiteStore

    return SQLiteStore(text)


def identity_of(article: Article) -> ArticleIdentity:
    """The identity of an article: its canonical URL and content hash."""
    return ArticleIdentity(canonical_url(article.url), content_hash(article))
