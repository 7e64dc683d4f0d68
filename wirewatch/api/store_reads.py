"""The API's reads, each one store query filtered, paged and counted in SQL (:mod:`wirewatch.store.list_reads`):
event pages, the timeline and map counts, the places of events, an entity by key with its events and quotes.
What stays here is presentation: ISO2 codes for the map, the counts grouped by day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pycountry

from wirewatch.api.filters import EventFilters, EventListParams
from wirewatch.store import EntityQuery, EntityRow, EventRow, PlaceCount, QuoteRow, Store

__all__ = ["CountryCount", "DayCounts", "EntityEvents", "EventPage", "EventStats", "PlaceCount", "entity_events",
           "entity_quotes", "event_places", "event_stats", "find_entity", "iso2", "list_events"]


@dataclass(frozen=True)
class EventPage:
    rows: list[EventRow]
    has_more: bool


def list_events(store: Store, params: EventListParams) -> EventPage:
    """One page of events, newest day first (merged by story when ``params.merged``); filtered and paged in SQL."""
    if params.merged:
        merged = store.merged_events(params.sql_query(params.limit + 1), offset=params.offset)
        return EventPage(list(merged[:params.limit]), len(merged) > params.limit)
    query = dataclasses.replace(params.sql_query(params.limit + 1), after=params.after_event())
    rows = store.events(query, offset=params.offset)
    return EventPage(rows[:params.limit], len(rows) > params.limit)


def iso2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    country = pycountry.countries.get(alpha_3=iso3.upper())
    return country.alpha_2.lower() if country is not None else None


@dataclass(frozen=True)
class DayCounts:
    day: dt.date
    counts: dict[str, int]  # by event type


@dataclass(frozen=True)
class CountryCount:
    country: str
    iso2: str | None
    count: int


@dataclass(frozen=True)
class EventStats:
    total: int
    undated: int
    days: list[DayCounts]
    countries: list[CountryCount]
    types: dict[str, int]
    total_is_estimate: bool = False
    total_range: tuple[int, int] | None = None  # an estimate's 95% interval of the total, when stated


def event_stats(store: Store, filters: EventFilters) -> EventStats:
    """Counts by day and type (the timeline) and by country (the map) of the matching events."""
    counts = store.event_counts(filters.sql_query(None))
    return EventStats(total=counts.total, undated=counts.undated,
                      days=[DayCounts(day, by_type) for day, by_type in counts.timeline],
                      countries=[CountryCount(c, iso2(c), n) for c, n in counts.countries],
                      types=dict(counts.types), total_is_estimate=counts.estimate,
                      total_range=counts.total_range)


def event_places(store: Store, params: EventListParams) -> list[PlaceCount]:
    """A page of the places where the matching events happened, most events first (one more than the page, to
    tell whether another follows)."""
    return store.event_places(params.sql_query(params.limit + 1), offset=params.offset)


def find_entity(store: Store, key: int) -> EntityRow | None:
    return next(iter(store.entities(EntityQuery(key=key, limit=1))), None)


@dataclass(frozen=True)
class EntityEvents:
    as_source: list[EventRow]
    as_target: list[EventRow]


def entity_events(store: Store, entity: EntityRow, keys: list[int], limit: int) -> EntityEvents:
    """Events whose source or target is credited to any entity row of the identity ``keys`` (in any language:
    a descriptor linked to the entity counts), or has no entity and is named as the entity."""
    return EntityEvents(as_source=store.identity_events(keys, entity.name, "source", limit),
                        as_target=store.identity_events(keys, entity.name, "target", limit))


def entity_quotes(store: Store, entity: EntityRow, keys: list[int], limit: int) -> list[QuoteRow]:
    """Quotes whose speaker is credited to any entity row of the identity ``keys``, or is unresolved and named
    exactly as the entity."""
    return store.identity_quotes(keys, entity.name, limit)
