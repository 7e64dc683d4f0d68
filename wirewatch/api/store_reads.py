"""Read queries the API needs beyond the store's own, written over the store's public methods.

Each is a candidate to move into the store as SQL (see docs/api.md, "Store queries to move"): event pages with
the actor/bbox/lang/text filters and an offset, timeline and map counts, events of an entity, an entity by key,
and places where events happened.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pycountry

from wirewatch.api.filters import EventFilters, EventListParams
from wirewatch.store import EntityQuery, EntityRow, EventQuery, EventRow, QuoteQuery, QuoteRow, Store

_FIRST_WINDOW = 200  # rows read before matching the row filters; grows ×4 until the page is full


@dataclass(frozen=True)
class EventPage:
    rows: list[EventRow]
    has_more: bool


def list_events(store: Store, params: EventListParams) -> EventPage:
    """One page of events, newest day first (merged by story when ``params.merged``: filtered and paged in SQL)."""
    if params.merged:
        merged = store.merged_events(params.sql_query(params.limit + 1), offset=params.offset)
        return EventPage(list(merged[:params.limit]), len(merged) > params.limit)
    wanted = params.offset + params.limit + 1
    if not params.needs_row_filter():
        rows = store.events(params.store_query(wanted))
    else:
        window = max(wanted * 4, _FIRST_WINDOW)
        while True:
            read = store.events(params.store_query(window))
            rows = [r for r in read if params.matches(r)]
            if len(rows) >= wanted or len(read) < window:
                break
            window *= 4
    page = rows[params.offset:params.offset + params.limit]
    return EventPage(page, len(rows) > params.offset + params.limit)


def all_events(store: Store, filters: EventFilters) -> list[EventRow]:
    rows = store.events(filters.store_query(None))
    return [r for r in rows if filters.matches(r)] if filters.needs_row_filter() else rows


def event_country(row: EventRow) -> str | None:
    """Where an event is drawn on the map: its place's country, else its target's, else its source's."""
    return row.place_country or row.target_country or row.source_country


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


def event_stats(rows: list[EventRow]) -> EventStats:
    """Counts by day and type (the timeline) and by country (the map)."""
    by_day: dict[dt.date, Counter[str]] = {}
    for row in rows:
        if row.day is not None:
            by_day.setdefault(row.day, Counter())[row.type] += 1
    by_country = Counter(c for c in (event_country(r) for r in rows) if c)
    return EventStats(
        total=len(rows),
        undated=sum(1 for r in rows if r.day is None),
        days=[DayCounts(day, dict(counts)) for day, counts in sorted(by_day.items())],
        countries=[CountryCount(c, iso2(c), n) for c, n in by_country.most_common()],
        types=dict(Counter(r.type for r in rows).most_common()),
    )


@dataclass(frozen=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    last_day: dt.date | None


def event_places(rows: list[EventRow]) -> list[PlaceCount]:
    """Places where events happened, most events first."""
    counts: Counter[tuple[str, str | None, float | None, float | None]] = Counter()
    last: dict[tuple[str, str | None, float | None, float | None], dt.date | None] = {}
    for row in rows:
        if not row.place_name:
            continue
        key = (row.place_name, row.place_country, row.lat, row.lon)
        counts[key] += 1
        seen = last.get(key)
        if row.day and (seen is None or row.day > seen):
            last[key] = row.day
        else:
            last.setdefault(key, seen)
    return [PlaceCount(name, country, lat, lon, n, last.get((name, country, lat, lon)))
            for (name, country, lat, lon), n in counts.most_common()]


def find_entity(store: Store, key: int) -> EntityRow | None:
    return next((e for e in store.entities(EntityQuery(limit=None)) if e.entity_key == key), None)


def _same_name(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


@dataclass(frozen=True)
class EntityEvents:
    as_source: list[EventRow]
    as_target: list[EventRow]


def entity_events(store: Store, entity: EntityRow, limit: int) -> EntityEvents:
    """Events whose source or target is named as the entity (the store keeps actor names, not entity keys,
    on its event rows)."""
    rows = store.events(EventQuery(limit=None))
    return EntityEvents(
        as_source=[r for r in rows if _same_name(r.source_name, entity.name)][:limit],
        as_target=[r for r in rows if _same_name(r.target_name, entity.name)][:limit],
    )


def entity_quotes(store: Store, entity: EntityRow, limit: int) -> list[QuoteRow]:
    """Quotes whose speaker resolves to the entity, or is named exactly as it."""
    rows = store.quotes(QuoteQuery(speaker=entity.name, limit=None))
    mine = [q for q in rows if _same_name(q.speaker_entity, entity.name)
            or (q.speaker_entity is None and _same_name(q.speaker, entity.name))]
    return mine[:limit]
