"""The counts of a country filter (with types, a day range or both, and no other filter) from the country counters
(migration 0007): the timeline and the types from ``event_country_days``, the map from ``event_country_maps``
(days) or ``event_country_type_maps`` (types) — with both, from the events of the country's types in the day
range, which a backend may read from its own indexes (``map_counts``) when they are few enough — instead of every
matching event (docs/scale.md). Exact, as the counters are.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from typing import Any

from wirewatch.store.event_rollups import counter_timeline
from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0007_country_keys import ROLES
from wirewatch.store.queries import EventQuery, add_day_range, event_where

Execute = Callable[[str, Sequence[object]], Any]
# (map country, events) of a country, types and days; None when they are too many to count at once
MapCounts = Callable[[EventQuery], list[tuple[str, int]] | None]


def country_rollup_counts(execute: Execute, query: EventQuery, map_counts: MapCounts | None) -> EventCounts | None:
    """The counts of ``query`` from the country counters when it filters by country (and types, days) alone;
    else None. ``map_counts``: the map of a country and types (None: no such read, the counts are not served)."""
    if (not query.country or query.actor or query.lang or query.text or query.bbox or query.story
            or (query.types and map_counts is None)):
        return None
    clauses = ["country = ?"]
    params: list[object] = [query.country.upper()]
    if query.types:
        clauses.append("type IN (" + ", ".join("?" for _ in query.types) + ")")
        params.extend(t.upper() for t in query.types)
    ranged = bool(query.since or query.until)
    if ranged:
        clauses.append("day <> ''")  # a day range leaves undated events out
    add_day_range(clauses, params, "day", query.since, query.until)
    where = " WHERE " + " AND ".join(clauses)
    if query.types and ranged:  # no counter by type, day and map country (it would be as large as the events)
        assert map_counts is not None
        counted = map_counts(query)
        if counted is None:
            return None
        countries = counted
    elif query.types:
        countries = [(str(c), int(n)) for c, n in execute(
            f"SELECT map_country, SUM(events) FROM event_country_type_maps{where} GROUP BY map_country",
            params).fetchall() if c and n > 0]
    else:
        countries = [(str(c), int(n)) for c, n in execute(
            f"SELECT map_country, SUM(events) FROM event_country_maps{where} GROUP BY map_country",
            params).fetchall() if c and n > 0]
    days, types, undated = counter_timeline(execute, f"event_country_days{where}", params)
    return EventCounts(total=sum(n for _, n in types), undated=undated, timeline=days,
                       countries=sorted(countries, key=lambda kv: (-kv[1], kv[0])), types=types)


_MAP_COUNTRY = "COALESCE(NULLIF(e.place_country, ''), NULLIF(e.target_country, ''), NULLIF(e.source_country, ''))"


def events_map_counts(execute: Execute) -> MapCounts:
    """The map of a query counted from its events (a country filter: one clause over the three roles)."""
    def counts(query: EventQuery) -> list[tuple[str, int]] | None:
        where = event_where(query)
        rows = execute(f"SELECT {_MAP_COUNTRY}, COUNT(*) FROM events e{where.text} GROUP BY {_MAP_COUNTRY}",
                       where.params).fetchall()
        return [(str(c), int(n)) for c, n in rows if c]
    return counts


def roles_map_counts(execute: Execute, most_rows: int) -> MapCounts:
    """The map of a query counted from its events role by role (PostgreSQL: each role's country and type an
    index range, ``events_<role>_country_list``, read from the index alone), each event once; None when the
    planner expects more than ``most_rows`` of them."""
    def counts(query: EventQuery) -> list[tuple[str, int]] | None:
        assert query.country
        country = query.country.upper()
        rest = event_where(dataclasses.replace(query, country=None))
        parts: list[str] = []
        params: list[object] = []
        for number, role in enumerate(ROLES):
            earlier = "".join(f" AND e.{other}_country IS DISTINCT FROM ?" for other in ROLES[:number])
            clause = f"{rest.text} AND " if rest.text else " WHERE "
            parts.append(f"SELECT {_MAP_COUNTRY} AS m FROM events e{clause}e.{role}_country = ?{earlier}")
            params += [*rest.params, country, *[country] * number]
        select = f"SELECT m, COUNT(*) FROM ({' UNION ALL '.join(parts)}) r GROUP BY m"
        plan = execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM ({' UNION ALL '.join(parts)}) r", params).fetchone()[0]
        if (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"] > most_rows:
            return None
        rows = execute(select, params).fetchall()
        return [(str(c), int(n)) for c, n in rows if c]
    return counts
