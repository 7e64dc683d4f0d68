"""The one store interface every backend implements, and the values it returns.

A store keeps what the pipeline extracted: articles (with their text, for search and reprocessing), entities
with a canonical identity shared across articles, mentions, quotes, dates, places and events, and the
pipeline version that produced each article's record. Each :meth:`Store.save` is one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from wirewatch.records import Article, ArticleRecord
from wirewatch.store.list_queries import ActorRole, ArticleQuery, ArticleSummary, EventCounts, PlaceCount
from wirewatch.store.queries import (
    EntityQuery,
    EntityRow,
    EventQuery,
    EventRow,
    QuoteQuery,
    QuoteRow,
    SearchHit,
)
from wirewatch.store.story_queries import DeadlineQuery, StoredDeadline, StoryDetail, StoryQuery, StorySummary
from wirewatch.stories import StoryAssignment

if TYPE_CHECKING:  # merged_events and entity_reads read rows, which import this module
    from wirewatch.store.entity_reads import EntityMention, IdentityName
    from wirewatch.store.merged_events import MergedEventRow

SaveOutcome = Literal["inserted", "updated"]


class StoreError(Exception):
    """A store cannot be opened or used; the message is one line meant for the user."""


@dataclass(frozen=True)
class ArticleIdentity:
    """How an article is recognised again: its canonical URL when it has one, and its content hash."""

    canonical_url: str | None
    content_hash: str


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with its bookkeeping (``key`` is the store's own row id)."""

    key: int
    article: Article
    canonical_url: str | None
    content_hash: str
    pipeline_version: str | None
    error: str | None
    updated_at: dt.datetime


class Store(Protocol):
    """What the ingest job, the CLI, the exports and the API rely on."""

    url: str

    def find(self, identity: ArticleIdentity) -> StoredArticle | None:
        """The stored article with this canonical URL, else one with this content hash, else None."""
        ...

    def save(self, article: Article, record: ArticleRecord, *, stories: bool = False) -> SaveOutcome:
        """Insert or replace the article and every layer of its record, in one transaction.

        It replaces the stored article with the same canonical URL; an article without URL replaces one with the
        same content; a URL-less stored article with the same content takes the new article's URL. With
        ``stories``, the same transaction also places the article in a story and tracks its deadlines (as
        :meth:`file_story` does).
        """
        ...

    def record(self, key: int) -> ArticleRecord | None:
        """The record of a stored article, rebuilt from the store."""
        ...

    def articles(self, *, stale_for: str | None = None, limit: int | None = None) -> Iterator[StoredArticle]:
        """Stored articles in insertion order; ``stale_for``: only those not produced by that pipeline version."""
        ...

    def records(self, query: EventQuery | None = None) -> Iterator[tuple[StoredArticle, ArticleRecord]]:
        """Stored records in insertion order; with ``query``, only articles having a matching event."""
        ...

    def count_articles(self, *, stale_for: str | None = None) -> int:
        """Stored articles; with ``stale_for``, those :meth:`articles` would give for it."""
        ...

    def events(self, query: EventQuery, *, offset: int = 0) -> list[EventRow]:
        """Events newest day first, ``query.limit`` of them from ``offset``."""
        ...

    def merged_events(self, query: EventQuery, window_days: int = ...,
                      offset: int = 0) -> list[MergedEventRow]:
        """Events merged by story: one row per real-world event, with its reports, toll and sources."""
        ...

    def quotes(self, query: QuoteQuery, *, offset: int = 0) -> list[QuoteRow]: ...

    def entities(self, query: EntityQuery, *, offset: int = 0) -> list[EntityRow]: ...

    def article(self, article_id: str) -> StoredArticle | None:
        """The stored article with this id (the latest stored, should two share it)."""
        ...

    def article_summaries(self, query: ArticleQuery) -> list[ArticleSummary]:
        """Articles without their text, newest first, filtered and paged in SQL."""
        ...

    def count_events(self, query: EventQuery) -> int: ...

    def event_counts(self, query: EventQuery) -> EventCounts:
        """The timeline (by day and type), map (by country) and type counts of the matching events."""
        ...

    def event_places(self, query: EventQuery, *, offset: int = 0) -> list[PlaceCount]:
        """Places of the matching events, most events first."""
        ...

    def identity_keys(self, entity_key: int) -> list[int]:
        """The entity rows sharing this entity's canonical identity (Wikidata id, else normalised name)."""
        ...

    def identity_events(self, keys: Sequence[int], name: str, role: ActorRole,
                        limit: int | None = 100) -> list[EventRow]:
        """Events whose source (or target) is credited to one of the entity rows ``keys`` (or, with no entity,
        named ``name``)."""
        ...

    def identity_quotes(self, keys: Sequence[int], name: str, limit: int | None = 100) -> list[QuoteRow]:
        """Quotes whose speaker is credited to one of the entity rows ``keys`` (or, with no entity, named ``name``)."""
        ...

    def identity_mentions(self, keys: Sequence[int], limit: int | None = 100) -> list[EntityMention]:
        """Mentions of the entity rows ``keys`` in every article."""
        ...

    def identity_names(self, keys: Sequence[int]) -> list[IdentityName]:
        """How the entity rows ``keys`` are written, by language."""
        ...

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]: ...

    def file_story(self, article: Article, record: ArticleRecord) -> StoryAssignment | None:
        """Place a stored article in a story (releasing its old place first) and track the deadlines it states;
        idempotent. None when the article is not stored or its extraction failed."""
        ...

    def refine_stories(self, articles: list[ArticleIdentity], passes: int = 2) -> int:
        """A second look at placed articles (each moves to the story now most similar, or stands alone); the
        number of moves."""
        ...

    def stories(self, query: StoryQuery) -> list[StorySummary]:
        """Stories, most recently active first."""
        ...

    def story(self, story_id: str) -> StoryDetail | None:
        """One story with its articles and merged events (every source's figures, disagreements flagged)."""
        ...

    def deadlines(self, query: DeadlineQuery) -> list[StoredDeadline]:
        """Tracked deadlines, one per demand, with their status."""
        ...

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        ...

    def close(self) -> None: ...
