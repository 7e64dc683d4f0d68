"""Deadlines: threats and demands with a due day or a condition, one per demand, with their status."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.csv_lists import DEADLINE_COLUMNS, ListFormat, csv_response, deadline_rows
from wirewatch.api.filters import PRINTABLE
from wirewatch.store import DeadlineQuery
from wirewatch.stories import Deadline
from wirewatch.stories.models import DeadlineStatus

router = APIRouter(prefix="/api/deadlines", tags=["deadlines"], dependencies=[Depends(allow_read)])

MAX_DEADLINES = 1000


class DeadlineParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: DeadlineStatus | None = Field(default=None, description="open, expired, fulfilled or withdrawn.")
    actor: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                              description="Part of the issuer's or target's name, or their ISO3 country.")
    due_from: dt.date | None = Field(default=None, description="Due on or after this day.")
    due_until: dt.date | None = Field(default=None, description="Due on or before this day.")
    as_of: dt.date | None = Field(default=None, description="Today, for expiry (default: the server's today).")
    limit: int = Field(default=200, ge=1, le=MAX_DEADLINES)
    format: ListFormat = Field(default="json", description="csv: the same deadlines as a CSV download.")

    @model_validator(mode="after")
    def _ordered_days(self) -> DeadlineParams:
        if self.due_from and self.due_until and self.due_from > self.due_until:
            raise ValueError("due_from is after due_until")
        return self


class DeadlineOut(BaseModel):
    """A tracked demand: who (``issuer``, with ``issuer_also``) demands what (``condition``, ``measures``) of whom
    (``target``), by when (``due``); ``status`` settled by a later article (``settled_by``) or by the date."""

    deadline: Deadline
    story_id: str | None = Field(description="The story of the article that states it.")


class DeadlineListOut(BaseModel):
    items: list[DeadlineOut]


@router.get("", response_model=DeadlineListOut, summary="Deadlines by due day, with their status",
            responses={200: {"content": {"text/csv": {}}}})
def list_deadlines(params: Annotated[DeadlineParams, Query()], store: StoreDep) -> DeadlineListOut | Response:
    rows = store.deadlines(DeadlineQuery(status=params.status, actor=params.actor, due_from=params.due_from,
                                         due_until=params.due_until, as_of=params.as_of, limit=params.limit))
    if params.format == "csv":
        return csv_response("deadlines", DEADLINE_COLUMNS, deadline_rows(rows))
    return DeadlineListOut(items=[DeadlineOut(deadline=r.deadline, story_id=r.story_id) for r in rows])
