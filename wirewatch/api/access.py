"""What every request reaches through dependencies: the settings, the store (behind one lock), the extractor
for submissions; and the two access rules (reads, writes)."""

from __future__ import annotations

import functools
import hmac
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import Annotated, Any, cast

import httpx
from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from wirewatch.api.cache import StatsCache
from wirewatch.run.ingest_job import ArticleExtractor
from wirewatch.settings import Settings
from wirewatch.store import Store

ExtractorFactory = Callable[[Settings], ArticleExtractor]
ClientFactory = Callable[[Settings], httpx.Client]


class LockedStore:
    """A :class:`~wirewatch.store.Store` whose every method call takes one lock: the server's worker threads
    share one connection. Any store method is wrapped as it is looked up (none is delegated by hand); an iterator
    it returns is read whole under the lock."""

    def __init__(self, store: Store) -> None:
        self.inner = store
        self.url = store.url
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.inner, name)
        if name.startswith("_") or not callable(found):
            return found

        @functools.wraps(found)
        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                result = found(*args, **kwargs)
                return iter(list(result)) if isinstance(result, Iterator) else result

        return locked


    @contextmanager
    def held(self) -> Iterator[Store]:
        """The inner store under the lock, for a run of reads made as one (alerts and their matches)."""
        with self._lock:
            yield self.inner


def locked(store: Store) -> Store:
    """``store`` behind one lock, typed as the store it wraps."""
    return cast(Store, LockedStore(store))


@contextmanager
def held(store: Store) -> Iterator[Store]:
    """``store`` (the one behind the lock, when it is a :func:`locked` store) with its lock held throughout."""
    if isinstance(store, LockedStore):
        with store.held() as inner:
            yield inner
    else:
        yield store


@dataclass
class ApiContext:
    """Everything the routers need, built once by :func:`wirewatch.api.create_app`."""

    settings: Settings
    store: Store  # behind one lock (:func:`locked`)
    make_extractor: ExtractorFactory
    make_client: ClientFactory
    stats: StatsCache = field(init=False)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    _extractor: ArticleExtractor | None = None

    def __post_init__(self) -> None:
        self.stats = StatsCache()

    def extractor(self) -> ArticleExtractor:
        """The extractor for submitted articles, built on first use (loading models takes seconds)."""
        if self._extractor is None:
            self._extractor = self.make_extractor(self.settings)
        return self._extractor

    def changed(self) -> None:
        """Forget what was derived from the store (after an ingestion)."""
        self.stats.clear()


def get_context(request: Request) -> ApiContext:
    context: ApiContext = request.app.state.context
    return context


Context = Annotated[ApiContext, Depends(get_context)]


def get_settings(context: Context) -> Settings:
    return context.settings


def get_store(context: Context) -> Store:
    return context.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]


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
