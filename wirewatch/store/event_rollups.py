"""Events counted by day and type and by day and map country, kept by the store as it writes (migration 0006), so
that the timeline and map counts of the whole store or of a date range read a few thousand counters instead of
millions of events (docs/scale.md); ``event_map_countries`` (migration 0008) counts the whole store's events by
map country.

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

from wirewatch.store.list_queries import EventCounts, Timeline
from wirewatch.store.queries import EventQuery, add_day_range
from wirewatch.store.row_batches import RowsStatement

# (day, type, place country, target country, source country) of an event; its map country: the first of the three
ReportKey = tuple[object, str, str | None, str | None, str | None]
REPORT_KEY_COLUMNS = "day, type, place_country, target_country, source_country"
_UPSERTS = {
    table: RowsStatement(f"INSERT INTO {table} ({columns}, events)", "(" + "?, " * columns.count(",") + "?, ?)",
                         f"ON CONFLICT ({columns}) DO UPDATE SET events = {table}.events + excluded.events")
    for table, columns in (("event_day_types", "day, type"), ("event_day_countries", "day, country"),
                           ("event_country_days", "country, type, day"),
                           ("event_country_maps", "country, day, map_country"),
                           ("event_country_type_maps", "country, type, map_country"),
                           ("event_map_countries", "country"))}


def counter_changes(added: Iterable[ReportKey], removed: Iterable[ReportKey]) -> list[tuple[RowsStatement, list[
        tuple[object, ...]]]]:
    """The counter rows to add to (negative: take away), per table, in key order; none that do not change."""
    counters: dict[str, Counter[tuple[str, ...]]] = {table: Counter() for table in _UPSERTS}
    types, countries, country_days, country_maps, country_type_maps, map_countries = counters.values()
    for sign, keys in ((1, added), (-1, removed)):
        for day, kind, *places in keys:
            day_text = str(day) if day else ""
            map_country = next((c for c in places if c), "")
            types[(day_text, kind)] += sign
            countries[(day_text, map_country)] += sign
            map_countries[(map_country,)] += sign
            for country in {str(c) for c in places if c}:  # each country the event involves, once
                country_days[(country, kind, day_text)] += sign
                country_maps[(country, day_text, map_country)] += sign
                country_type_maps[(country, kind, map_country)] += sign
    return [(_UPSERTS[table], [(*key, change) for key, change in sorted(counts.items()) if change])
            for table, counts in counters.items()]


def rollup_counts(execute: Callable[[str, Sequence[object]], Any], query: EventQuery) -> EventCounts | None:
    """The counts of ``query`` from the counters, when it filters by day range alone; else None."""
    if (query.types or query.country or query.actor or query.lang or query.text or query.bbox
            or query.story):
        return None
    clauses = ["day <> ''"] if query.since or query.until else []  # a day range leaves undated events out
    params: list[object] = []
    add_day_range(clauses, params, "day", query.since, query.until)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    day_counts, types, undated = counter_timeline(execute, f"event_day_types{where}", params)
    # the whole store's map countries from their own counters (some forty rows, not one a day and country)
    by_country = (f"SELECT country, SUM(events) FROM event_day_countries{where} GROUP BY country" if where
                  else "SELECT country, events FROM event_map_countries")
    countries = [(str(c), int(n)) for c, n in execute(by_country, params).fetchall() if c and n > 0]
    return EventCounts(total=sum(n for _, n in types), undated=undated, timeline=day_counts,
                       countries=sorted(countries, key=lambda kv: (-kv[1], kv[0])), types=types)


def counter_timeline(execute: Callable[[str, Sequence[object]], Any], table_where: str, params: list[object]
                     ) -> tuple[Timeline, list[tuple[str, int]], int]:
    """The timeline (oldest day first), the types (most first) and the undated events of the counter rows
    ``table_where`` selects (a table with ``day``, ``type`` and ``events``, at most a row a day and type)."""
    types: Counter[str] = Counter()
    undated = 0
    positive = f"{table_where} AND events > 0" if " WHERE " in table_where else f"{table_where} WHERE events > 0"
    rows = execute(f"SELECT day, type, events FROM {positive} ORDER BY day, type", params).fetchall()
    timeline: Timeline = []
    last = None
    counts: dict[str, int] = {}
    for day, kind, count in rows:
        types[kind] += count
        if day != last:
            if day:
                counts = {}
                timeline.append((dt.date.fromisoformat(str(day)), counts))
            last = day
        if day:
            counts[kind] = int(count)
        else:
            undated += int(count)
    return timeline, sorted(types.items(), key=lambda kv: (-kv[1], kv[0])), undated
