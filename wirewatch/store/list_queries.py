"""Filters and result rows of the store's list and count reads (:mod:`wirewatch.store.list_reads`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

ActorRole = Literal["source", "target"]


@dataclass(frozen=True)
class ArticleQuery:
    """Articles by language and part of the title (case-insensitive), newest first."""

    lang: str | None = None
    title: str | None = None
    limit: int | None = 50
    offset: int = 0


@dataclass(frozen=True)
class ArticleSummary:
    key: int
    id: str
    title: str | None
    url: str | None
    lang: str | None
    published: dt.date | None
    source: str | None
    chars: int


@dataclass(frozen=True)
class DayTypeCount:
    day: dt.date
    type: str
    count: int


Timeline = list[tuple[dt.date, dict[str, int]]]  # each day (oldest first) its events by type (in name order)


@dataclass(frozen=True)
class EventCounts:
    """Counts of the matching events: by day and type (the timeline), by country (the map) and by type, each
    most first (ties by name)."""

    total: int
    undated: int
    timeline: Timeline  # a day's counts in one dict: a few objects a day (a store's timeline has thousands of days)
    countries: list[tuple[str, int]]
    types: list[tuple[str, int]]
    estimate: bool = False  # counted on a sample of the events (too many to count at once), scaled up
    # an estimate's 95% interval of the total (low, high), when its sample tells it (the kept sample of 0013: events
    # drawn one by one); None when exact, or estimated from a block sample (rows drawn by page: no stated error)
    total_range: tuple[int, int] | None = None

    @property
    def days(self) -> list[DayTypeCount]:
        """The timeline a row a day and type, oldest day first."""
        return [DayTypeCount(day, kind, count) for day, counts in self.timeline for kind, count in counts.items()]


def timeline_of(rows: Iterable[tuple[dt.date, str, int]]) -> Timeline:
    """The timeline of (day, type, count) rows in (day, type) order."""
    timeline: Timeline = []
    last: dt.date | None = None
    counts: dict[str, int] = {}
    for day, kind, count in rows:
        if day != last:
            counts = {}
            timeline.append((day, counts))
            last = day
        counts[kind] = count
    return timeline


@dataclass(frozen=True)
class PlaceCount:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    last_day: dt.date | None
