"""The application factory: API routers, error handling, limits and the web UI, on one FastAPI app."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wirewatch import __version__
from wirewatch.api.access import ApiContext, ClientFactory, ExtractorFactory, locked
from wirewatch.api.filters import EventFilters, EventListParams
from wirewatch.api.middleware import BodySizeLimit, HostCheck, SecurityHeaders
from wirewatch.api.routers import (
    alerts,
    articles,
    deadlines,
    entities,
    events,
    exports,
    places,
    quotes,
    search,
    stories,
)
from wirewatch.run.ingest_job import ArticleExtractor
from wirewatch.settings import Settings
from wirewatch.store import Store, StoreError

DEFAULT_MAX_BODY_BYTES = 5_000_000
log = logging.getLogger("wirewatch.api")

DESCRIPTION = """Events, entities, quotes, places and articles extracted by wirewatch, with filters and pages; stories
(articles about the same events across outlets and languages, their merged events) and tracked deadlines.

Reads are open to this machine (other machines need the token); submissions need the server's API token
(`Authorization: Bearer …`). Errors come as `{"error": "…"}` with a 4xx status.
"""


def _default_extractor(settings: Settings) -> ArticleExtractor:
    from wirewatch.run.extractor import Extractor

    return Extractor(settings)


def _default_client(settings: Settings) -> httpx.Client:
    from wirewatch.ingest.fetch import make_client

    return make_client(settings)


def create_app(settings: Settings, store: Store, *, make_extractor: ExtractorFactory | None = None,
               make_client: ClientFactory | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               allowed_hosts: Collection[str] | None = None) -> FastAPI:
    """The wirewatch HTTP API and web UI over ``store``.

    ``make_extractor`` builds the extractor for submitted articles (default: the full pipeline, on first
    submission); ``make_client`` the HTTP client for submitted URLs; ``allowed_hosts`` the ``Host`` names
    answered (None: any; ``wirewatch serve`` passes :func:`wirewatch.api.server.served_hosts`).
    """
    from wirewatch.web import mount_web

    context = ApiContext(settings=settings, store=locked(store),
                         make_extractor=make_extractor or _default_extractor,
                         make_client=make_client or _default_client)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=warm_default_views, args=(context,), name="wirewatch-warm", daemon=True).start()
        yield

    app = FastAPI(title="wirewatch", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan)
    app.state.context = context
    for module in (events, articles, entities, quotes, places, search, exports, stories, deadlines,
                   alerts):
        app.include_router(module.router)
    _add_error_handlers(app)
    mount_web(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=allowed_hosts)
    return app


def warm_default_views(context: ApiContext) -> None:
    """Count the unfiltered timeline and map once at start, so the first page load does not wait for them."""
    try:
        events.stats_for(context, EventFilters())
        places.places_for(context, EventListParams())
    except Exception:
        log.exception("counting the timeline at start failed (it will be counted on first request)")


def validation_message(error: RequestValidationError) -> tuple[str, list[dict[str, str]]]:
    """One line for people, and where/what for each problem (never the input itself)."""
    details = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()))
        details.append({"where": where, "message": str(problem.get("msg", "invalid"))})
    line = "; ".join(f"{d['where']}: {d['message']}" for d in details[:5]) or "invalid request"
    return f"invalid request: {line}", details


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        message, details = validation_message(error)
        return JSONResponse({"error": message, "details": details}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, error)
        return JSONResponse({"error": "the store is unavailable; see the server log"}, status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": "internal error; see the server log"}, status_code=500)
