"""What every request reaches through dependencies: the settings, the store (behind one lock), the article
index, the extractor for submissions; and the two access rules (reads, writes)."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import Annotated

import httpx
from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from wirewatch.api.article_id_map import ArticleIndex
from wirewatch.api.cache import StatsCache
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.ingest_job import ArticleExtractor
from wirewatch.settings import Settings
from wirewatch.store import (
    ArticleIdentity,
    DeadlineQuery,
    EntityQuery,
    EntityRow,
    EventQuery,
    EventRow,
    MergedEventRow,
    QuoteQuery,
    QuoteRow,
    SaveOutcome,
    SearchHit,
    Store,
    StoredArticle,
    StoredDeadline,
    StoryDetail,
    StoryQuery,
    StorySummary,
)
from wirewatch.store.merged_events import DEFAULT_WINDOW_DAYS
from wirewatch.stories import StoryAssignment

ExtractorFactory = Callable[[Settings], ArticleExtractor]
ClientFactory = Callable[[Settings], httpx.Client]


class LockedStore:
    """A :class:`~wirewatch.store.Store` whose calls take one lock: the server's worker threads share one
    connection. Iterators are read whole under the lock."""

    def __init__(self, store: Store) -> None:
        self.inner = store
        self.url = store.url
        self._lock = threading.Lock()

    def find(self, identity: ArticleIdentity) -> StoredArticle | None:
        with self._lock:
            return self.inner.find(identity)

    def save(self, article: Article, record: ArticleRecord, *, stories: bool = False) -> SaveOutcome:
        with self._lock:
            return self.inner.save(article, record, stories=stories)

    def record(self, key: int) -> ArticleRecord | None:
        with self._lock:
            return self.inner.record(key)

    def articles(self, *, stale_for: str | None = None, limit: int | None = None) -> Iterator[StoredArticle]:
        with self._lock:
            return iter(list(self.inner.articles(stale_for=stale_for, limit=limit)))

    def records(self, query: EventQuery | None = None) -> Iterator[tuple[StoredArticle, ArticleRecord]]:
        with self._lock:
            return iter(list(self.inner.records(query)))

    def count_articles(self) -> int:
        with self._lock:
            return self.inner.count_articles()

    def events(self, query: EventQuery) -> list[EventRow]:
        with self._lock:
            return self.inner.events(query)

    def merged_events(self, query: EventQuery, window_days: int = DEFAULT_WINDOW_DAYS,
                      offset: int = 0) -> list[MergedEventRow]:
        with self._lock:
            return self.inner.merged_events(query, window_days, offset)

    def quotes(self, query: QuoteQuery) -> list[QuoteRow]:
        with self._lock:
            return self.inner.quotes(query)

    def entities(self, query: EntityQuery) -> list[EntityRow]:
        with self._lock:
            return self.inner.entities(query)

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        with self._lock:
            return self.inner.search(text, limit=limit)

    def file_story(self, article: Article, record: ArticleRecord) -> StoryAssignment | None:
        with self._lock:
            return self.inner.file_story(article, record)

    def refine_stories(self, articles: list[ArticleIdentity], passes: int = 2) -> int:
        with self._lock:
            return self.inner.refine_stories(articles, passes)

    def stories(self, query: StoryQuery) -> list[StorySummary]:
        with self._lock:
            return self.inner.stories(query)

    def story(self, story_id: str) -> StoryDetail | None:
        with self._lock:
            return self.inner.story(story_id)

    def deadlines(self, query: DeadlineQuery) -> list[StoredDeadline]:
        with self._lock:
            return self.inner.deadlines(query)

    def migrations(self) -> list[str]:
        with self._lock:
            return self.inner.migrations()

    def close(self) -> None:
        with self._lock:
            self.inner.close()

    @contextmanager
    def held(self) -> Iterator[Store]:
        """The inner store under the lock, for reads this class does not wrap (alerts)."""
        with self._lock:
            yield self.inner


@dataclass
class ApiContext:
    """Everything the routers need, built once by :func:`wirewatch.api.create_app`."""

    settings: Settings
    store: LockedStore
    make_extractor: ExtractorFactory
    make_client: ClientFactory
    articles: ArticleIndex = field(init=False)
    stats: StatsCache = field(init=False)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    _extractor: ArticleExtractor | None = None

    def __post_init__(self) -> None:
        self.articles = ArticleIndex(self.store)
        self.stats = StatsCache()

    def extractor(self) -> ArticleExtractor:
        """The extractor for submitted articles, built on first use (loading models takes seconds)."""
        if self._extractor is None:
            self._extractor = self.make_extractor(self.settings)
        return self._extractor

    def changed(self) -> None:
        """Forget what was derived from the store (after an ingestion)."""
        self.articles.invalidate()
        self.stats.clear()


def get_context(request: Request) -> ApiContext:
    context: ApiContext = request.app.state.context
    return context


Context = Annotated[ApiContext, Depends(get_context)]


def get_settings(context: Context) -> Settings:
    return context.settings


def get_store(context: Context) -> LockedStore:
    return context.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[LockedStore, Depends(get_store)]


bearer_scheme = HTTPBearer(auto_error=False, description="The API token of the server's settings "
                                                         "(WIREWATCH_API_TOKEN).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]


def token_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; no token configured means no token matches."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def allow_read(request: Request, settings: SettingsDep, credentials: Credentials) -> None:
    """Reads are open to this machine; other machines need the token."""
    if is_loopback(request.client.host if request.client else None):
        return
    if token_matches(credentials.credentials if credentials else None, settings.api_token):
        return
    raise HTTPException(403, "reads from other machines need the API token (Authorization: Bearer …)")


def require_token(settings: SettingsDep, credentials: Credentials) -> None:
    """Writes need the settings' token, from any machine."""
    if not settings.api_token:
        raise HTTPException(403, "submissions are disabled: start the server with WIREWATCH_API_TOKEN set")
    if not token_matches(credentials.credentials if credentials else None, settings.api_token):
        raise HTTPException(401, "a valid API token is required (Authorization: Bearer …)",
                            headers={"WWW-Authenticate": "Bearer"})
