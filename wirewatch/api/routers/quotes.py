"""Quotes by speaker and text."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.filters import PRINTABLE, PageParams
from wirewatch.store import QuoteQuery, QuoteRow

router = APIRouter(prefix="/api/quotes", tags=["quotes"], dependencies=[Depends(allow_read)])


class QuoteListParams(PageParams):
    speaker: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                                description="Part of the speaker's name or of their entity's canonical name.")
    q: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                          description="Part of the quote.")


class QuoteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    article: str
    url: str | None
    published: dt.date | None
    speaker: str | None
    speaker_entity: str | None
    direct: bool
    channel: str | None
    text: str

    @classmethod
    def of(cls, row: QuoteRow) -> QuoteOut:
        return cls.model_validate(row, from_attributes=True)


class QuoteListOut(BaseModel):
    items: list[QuoteOut]
    offset: int
    limit: int
    next_offset: int | None


@router.get("", response_model=QuoteListOut, summary="Quotes, newest article first")
def list_quotes(params: Annotated[QuoteListParams, Query()], store: StoreDep) -> QuoteListOut:
    rows = store.quotes(QuoteQuery(speaker=params.speaker, text=params.q, limit=params.limit + 1),
                        offset=params.offset)
    page = rows[:params.limit]
    more = len(rows) > params.limit
    return QuoteListOut(items=[QuoteOut.of(r) for r in page], offset=params.offset, limit=params.limit,
                        next_offset=params.offset + params.limit if more else None)
