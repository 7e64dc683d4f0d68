"""Articles: list, one article with its full record, and submissions (articles or URLs) for ingestion."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from wirewatch.api.access import Context, StoreDep, allow_read, require_token
from wirewatch.api.filters import PRINTABLE, PageParams
from wirewatch.ingest.article_input import content_id
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.ingest_job import IngestSummary, ingest
from wirewatch.store import ArticleQuery

router = APIRouter(prefix="/api/articles", tags=["articles"])

MAX_ARTICLES_PER_REQUEST = 100
MAX_URLS_PER_REQUEST = 20
MAX_TEXT_CHARS = 1_000_000


class ArticleListParams(PageParams):
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    q: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                          description="Part of the title (case-insensitive).")


class ArticleSummaryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str | None
    url: str | None
    lang: str | None
    published: dt.date | None
    source: str | None
    chars: int


class ArticleListOut(BaseModel):
    items: list[ArticleSummaryOut]
    offset: int
    limit: int
    next_offset: int | None


class ArticleOut(BaseModel):
    """The article as stored (``text`` is what every offset of ``record`` points into) and its record."""

    id: str
    title: str | None
    url: str | None
    lang: str | None
    published: dt.date | None
    source: str | None
    text: str
    record: ArticleRecord


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    id: str | None = Field(default=None, min_length=1, max_length=300)
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    published: dt.date | None = None
    url: HttpUrl | None = None
    title: str | None = Field(default=None, max_length=2_000)
    source: str | None = Field(default=None, max_length=300)

    def to_article(self) -> Article:
        return Article(id=self.id or content_id(self.text, self.title), text=self.text, lang=self.lang,
                       published=self.published, url=str(self.url) if self.url else None, title=self.title,
                       source=self.source)


class SubmitArticles(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES_PER_REQUEST)


class SubmitUrls(BaseModel):
    model_config = ConfigDict(extra="forbid")

    urls: list[HttpUrl] = Field(min_length=1, max_length=MAX_URLS_PER_REQUEST,
                                description="Pages or RSS/Atom feeds (each item's page is fetched).")


class IngestOut(BaseModel):
    ingested: int
    updated: int
    duplicates: int
    failed: int
    failures: list[str]

    @classmethod
    def of(cls, summary: IngestSummary) -> IngestOut:
        return cls(ingested=summary.ingested, updated=summary.updated, duplicates=summary.duplicates,
                   failed=summary.failed, failures=summary.failures)


@router.get("", response_model=ArticleListOut, dependencies=[Depends(allow_read)], summary="Articles, newest first")
def list_articles(params: Annotated[ArticleListParams, Query()],
                  store: StoreDep) -> ArticleListOut:
    rows = store.article_summaries(ArticleQuery(lang=params.lang, title=params.q, limit=params.limit + 1,
                                                offset=params.offset))
    page = rows[:params.limit]
    more = len(rows) > params.limit
    return ArticleListOut(items=[ArticleSummaryOut.model_validate(r) for r in page], offset=params.offset,
                          limit=params.limit, next_offset=params.offset + params.limit if more else None)


@router.get("/{article_id:path}", response_model=ArticleOut, dependencies=[Depends(allow_read)],
            summary="One article: its text and every extracted layer, with offsets into the text",
            responses={404: {"description": "No article with this id"}})
def get_article(article_id: Annotated[str, Path(max_length=300)],
                store: StoreDep) -> ArticleOut:
    stored = store.article(article_id)
    record = store.record(stored.key) if stored else None
    if stored is None or record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    article = stored.article
    return ArticleOut(id=article.id, title=article.title, url=article.url, lang=article.lang,
                      published=article.published, source=article.source, text=article.text, record=record)


@router.post("", response_model=IngestOut, dependencies=[Depends(require_token)],
             summary="Submit articles for extraction into the store (needs the API token)",
             responses={401: {"description": "Missing or wrong token"}, 403: {"description": "Submissions disabled"},
                        413: {"description": "Request too large"}})
def submit_articles(body: SubmitArticles, context: Context) -> IngestOut:
    articles = [a.to_article() for a in body.articles]
    with context.ingest_lock:
        summary = ingest(articles, context.extractor(), context.store, batch_size=context.settings.batch_size,
                         max_chars=context.settings.max_chars)
    context.changed()
    return IngestOut.of(summary)


@router.post("/urls", response_model=IngestOut, dependencies=[Depends(require_token)],
             summary="Submit page or feed URLs to fetch and extract (needs the API token)",
             responses={401: {"description": "Missing or wrong token"}, 403: {"description": "Submissions disabled"}})
def submit_urls(body: SubmitUrls, context: Context) -> IngestOut:
    from wirewatch.ingest.fetch import Fetcher

    with context.ingest_lock, context.make_client(context.settings) as client:
        fetcher = Fetcher.from_settings(context.settings, client)
        summary = ingest(read_sources([str(u) for u in body.urls], fetcher), context.extractor(), context.store,
                         batch_size=context.settings.batch_size, max_chars=context.settings.max_chars)
    context.changed()
    return IngestOut.of(summary)
