"""Places where the matching events happened."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict

from wirewatch.api.access import ApiContext, Context, allow_read
from wirewatch.api.filters import EventListParams
from wirewatch.api.store_reads import PlaceCount, event_places

router = APIRouter(prefix="/api/places", tags=["places"], dependencies=[Depends(allow_read)])


class PlaceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    last_day: dt.date | None


class PlaceListOut(BaseModel):
    items: list[PlaceOut]
    offset: int
    limit: int
    next_offset: int | None


def places_for(context: ApiContext, params: EventListParams) -> list[PlaceCount]:
    """A page of the places of the matching events (grouped, counted and paged in SQL; one more than the page),
    cached like the timeline counts."""
    key = ("places", params.key(), params.offset, params.limit, context.store.count_articles())
    return context.stats.get_or_make(key, lambda: event_places(context.store, params))


@router.get("", response_model=PlaceListOut, summary="Places of the matching events, most events first")
def list_places(params: Annotated[EventListParams, Query()], context: Context) -> PlaceListOut:
    places = places_for(context, params)
    page = places[:params.limit]
    more = len(places) > params.limit
    return PlaceListOut(items=[PlaceOut.model_validate(p) for p in page], offset=params.offset, limit=params.limit,
                        next_offset=params.offset + params.limit if more else None)
