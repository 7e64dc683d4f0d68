"""Search: articles by full text, entities by name, quotes by text."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.filters import PRINTABLE
from wirewatch.api.routers.entities import EntityOut
from wirewatch.api.routers.quotes import QuoteOut
from wirewatch.store import EntityQuery, QuoteQuery

router = APIRouter(prefix="/api/search", tags=["search"], dependencies=[Depends(allow_read)])


class SearchParams(BaseModel):
    q: str = Field(min_length=1, max_length=200, pattern=PRINTABLE,
                   description='Words (all must appear) or "a phrase".')
    limit: int = Field(default=20, ge=1, le=100)


class ArticleHitOut(BaseModel):
    """``snippet`` marks matched words with ``[`` and ``]``."""

    model_config = ConfigDict(from_attributes=True)

    article: str
    url: str | None
    title: str | None
    published: dt.date | None
    snippet: str


class SearchOut(BaseModel):
    articles: list[ArticleHitOut]
    entities: list[EntityOut]
    quotes: list[QuoteOut]


@router.get("", response_model=SearchOut, summary="Articles, entities and quotes matching words")
def search(params: Annotated[SearchParams, Query()], store: StoreDep) -> SearchOut:
    text = params.q.strip()
    if not text:
        return SearchOut(articles=[], entities=[], quotes=[])
    return SearchOut(
        articles=[ArticleHitOut.model_validate(h) for h in store.search(text, limit=params.limit)],
        entities=[EntityOut.of(e) for e in store.entities(EntityQuery(name=text, limit=params.limit))],
        quotes=[QuoteOut.of(q) for q in store.quotes(QuoteQuery(text=text, limit=params.limit))],
    )
