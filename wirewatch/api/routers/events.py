"""Events: filtered pages, and the counts the timeline and map draw."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.access import ApiContext, Context, StoreDep, allow_read
from wirewatch.api.csv_lists import CSV_MAX_ROWS, ListFormat, csv_response, event_rows
from wirewatch.api.filters import EventFilters, EventListParams, after_cursor
from wirewatch.api.store_reads import EventStats, event_stats, list_events
from wirewatch.store import EventRow

router = APIRouter(prefix="/api/events", tags=["events"], dependencies=[Depends(allow_read)])


class EventOut(BaseModel):
    """One stored event; ``article`` and ``evidence_start`` lead back to the sentence that states it."""

    model_config = ConfigDict(from_attributes=True)

    event_key: int
    article: str
    url: str | None
    published: dt.date | None
    day: dt.date | None
    type: str
    mode: str | None
    cameo: str | None
    date: str | None
    source_name: str | None
    source_country: str | None
    source_sector: str | None
    target_name: str | None
    target_country: str | None
    target_sector: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    killed: int | None
    injured: int | None
    modality: str
    confidence: float
    evidence: str
    evidence_start: int
    lang: str | None
    source: str | None
    reports: int = Field(default=1, description="Merged list: reports of this event (articles × mentions).")
    articles: int = Field(default=1, description="Merged list: articles reporting it.")
    killed_max: int | None = Field(default=None, description="Merged list: the highest toll stated (killed is "
                                                             "the lowest).")
    injured_max: int | None = None
    last_day: dt.date | None = None
    story: str | None = None
    sources: list[str] = Field(default_factory=list, description="Merged list: the outlets reporting it.")

    @classmethod
    def of(cls, row: EventRow) -> EventOut:
        return cls.model_validate(row, from_attributes=True)


class EventPageOut(BaseModel):
    items: list[EventOut]
    offset: int
    limit: int
    next_offset: int | None
    next_after: str | None = Field(default=None, description="Unmerged list: `after` for the next page (keyset "
                                                             "paging: as fast at any depth).")


class DayCountsOut(BaseModel):
    day: dt.date
    counts: dict[str, int] = Field(description="Events of each type that day.")


class CountryCountOut(BaseModel):
    country: str
    iso2: str | None
    count: int


class EventStatsOut(BaseModel):
    """Counts of the matching events: by day and type (timeline), by country (map), by type."""

    total: int
    undated: int
    days: list[DayCountsOut]
    countries: list[CountryCountOut]
    types: dict[str, int]
    total_is_estimate: bool = Field(default=False, description="true: counted on a sample of the events (millions "
                                                                "matched), every count scaled up; else exact.")
    total_range: tuple[int, int] | None = Field(
        default=None, description="An estimate's 95% interval of the total [low, high], when the sample states it "
                                  "(events sampled one by one); null when exact, or when estimated from a block "
                                  "sample (an actor filter with millions matching: no stated interval).")


class EventListQuery(EventListParams):
    format: ListFormat = Field(default="json", description="csv: every matching event (no paging) as a CSV "
                                                           "download, in the columns of `export --format csv`.")


@router.get("", response_model=EventPageOut, summary="Events, newest day first",
            responses={200: {"content": {"text/csv": {}}}})
def get_events(params: Annotated[EventListQuery, Query()], store: StoreDep) -> EventPageOut | Response:
    if params.format == "csv":
        rows = (store.merged_events(params.sql_query(CSV_MAX_ROWS)) if params.merged
                else store.events(params.sql_query(CSV_MAX_ROWS)))
        return csv_response("events", *event_rows(rows, params.merged))
    page = list_events(store, params)
    last = page.rows[-1] if page.rows and page.has_more and not params.merged else None
    return EventPageOut(items=[EventOut.of(r) for r in page.rows], offset=params.offset, limit=params.limit,
                        next_offset=params.offset + params.limit if page.has_more else None,
                        next_after=after_cursor(last.day, last.event_key) if last is not None else None)


def stats_for(context: ApiContext, filters: EventFilters) -> EventStats:
    """The counts of the matching events (counted in SQL), cached until the store holds a different number of
    articles."""
    key = ("stats", filters.key(), context.store.count_articles())
    return context.stats.get_or_make(key, lambda: event_stats(context.store, filters))


@router.get("/stats", response_model=EventStatsOut, summary="Timeline and map counts of the matching events")
def get_event_stats(filters: Annotated[EventFilters, Query()], context: Context) -> EventStatsOut:
    return EventStatsOut.model_validate(stats_for(context, filters), from_attributes=True)
