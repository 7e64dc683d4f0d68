"""Quotes by speaker and text."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.csv_lists import CSV_MAX_ROWS, QUOTE_COLUMNS, ListFormat, csv_response, field_rows
from wirewatch.api.filters import PRINTABLE, PageParams
from wirewatch.store import QuoteQuery, QuoteRow

router = APIRouter(prefix="/api/quotes", tags=["quotes"], dependencies=[Depends(allow_read)])


class QuoteListParams(PageParams):
    speaker: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                                description="Part of the speaker's name or of their entity's canonical name.")
    q: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                          description="Part of the quote.")
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$", description="Language of the article.")
    since: dt.date | None = Field(default=None, description="First publication day of the article.")
    until: dt.date | None = Field(default=None, description="Last publication day, included.")
    format: ListFormat = Field(default="json", description="csv: every matching quote (no paging) as CSV.")

    @model_validator(mode="after")
    def _ordered_days(self) -> QuoteListParams:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        return self


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
    lang: str | None = None
    start: int | None = Field(default=None, description="The quote's span in the article's text (characters).")
    end: int | None = None

    @classmethod
    def of(cls, row: QuoteRow) -> QuoteOut:
        return cls.model_validate(row, from_attributes=True)


class QuoteListOut(BaseModel):
    items: list[QuoteOut]
    offset: int
    limit: int
    next_offset: int | None


@router.get("", response_model=QuoteListOut, summary="Quotes, newest article first",
            responses={200: {"content": {"text/csv": {}}}})
def list_quotes(params: Annotated[QuoteListParams, Query()], store: StoreDep) -> QuoteListOut | Response:
    csv = params.format == "csv"
    rows = store.quotes(QuoteQuery(speaker=params.speaker, text=params.q, lang=params.lang, since=params.since,
                                   until=params.until, limit=CSV_MAX_ROWS if csv else params.limit + 1),
                        offset=0 if csv else params.offset)
    if csv:
        return csv_response("quotes", QUOTE_COLUMNS, field_rows(QUOTE_COLUMNS, rows))
    page = rows[:params.limit]
    more = len(rows) > params.limit
    return QuoteListOut(items=[QuoteOut.of(r) for r in page], offset=params.offset, limit=params.limit,
                        next_offset=params.offset + params.limit if more else None)
