"""Events counted by day and type and by day and map country, kept by the store as it writes (migration 0006), so
that the timeline and map counts of the whole store or of a date range read a few thousand counters instead of
millions of events (docs/scale.md).

Each article's save adds its events' counts and takes away those of the events it replaces, in the same
transaction, last (a counter row stays locked until the commit: the shorter the better for concurrent writers);
keys are written in one order by every writer. ``''`` stands for no day (undated events) and no map country.
Other filters (type, country, language, actor, text, box, story) are counted from the events themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wirewatch.store.list_queries import DayTypeCount, EventCounts
from wirewatch.store.queries import EventQuery, add_day_range
from wirewatch.store.row_batches import RowsStatement

# (day, type, place country, target country, source country) of an event; its map country: the first of the three
ReportKey = tuple[object, str, str | None, str | None, str | None]
REPORT_KEY_COLUMNS = "day, type, place_country, target_country, source_country"
_UPSERTS = {
    table: RowsStatement(f"INSERT INTO {table} (day, {column}, events)", "(?, ?, ?)",
                         f"ON CONFLICT (day, {column}) DO UPDATE SET events = {table}.events + excluded.events")
    for table, column in (("event_day_types", "type"), ("event_day_countries", "country"))}


def counter_changes(added: Iterable[ReportKey], removed: Iterable[ReportKey]) -> list[tuple[RowsStatement, list[
        tuple[object, ...]]]]:
    """The counter rows to add to (negative: take away), per table, in key order; none that do not change."""
    types: Counter[tuple[str, str]] = Counter()
    countries: Counter[tuple[str, str]] = Counter()
    for sign, keys in ((1, added), (-1, removed)):
        for day, kind, *places in keys:
            day_text = str(day) if day else ""
            types[(day_text, kind)] += sign
            countries[(day_text, next((c for c in places if c), ""))] += sign
    return [(_UPSERTS[table], [(*key, change) for key, change in sorted(counts.items()) if change])
            for table, counts in (("event_day_types", types), ("event_day_countries", countries))]


def rollup_counts(execute: Callable[[str, Sequence[object]], Any], query: EventQuery) -> EventCounts | None:
    """The counts of ``query`` from the counters, when it filters by day range alone; else None."""
    if (query.types or query.country or query.actor or query.lang or query.text or query.bbox
            or query.story):
        return None
    clauses = ["day <> ''"] if query.since or query.until else []  # a day range leaves undated events out
    params: list[object] = []
    add_day_range(clauses, params, "day", query.since, query.until)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    day_counts: list[DayTypeCount] = []
    types: Counter[str] = Counter()
    undated = 0
    dates: dict[str, dt.date] = {}  # each day parsed once (a day has a row per type)
    positive = f"{where} AND events > 0" if where else " WHERE events > 0"
    for day, kind, count in execute(f"SELECT day, type, events FROM event_day_types{positive} ORDER BY day, type",
                                    params).fetchall():
        types[kind] += count
        if day:
            date = dates.get(day) or dates.setdefault(day, dt.date.fromisoformat(str(day)))
            day_counts.append(DayTypeCount(date, kind, int(count)))
        else:
            undated += int(count)
    countries = [(str(c), int(n)) for c, n in execute(
        f"SELECT country, SUM(events) FROM event_day_countries{where} GROUP BY country", params).fetchall()
        if c and n > 0]
    return EventCounts(total=sum(types.values()), undated=undated, days=day_counts,
                       countries=sorted(countries, key=lambda kv: (-kv[1], kv[0])),
                       types=sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
