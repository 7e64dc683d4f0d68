"""The timeline, map and type counts of matching events on PostgreSQL: one pass (``GROUPING SETS``), exact while
the planner expects at most ``EXACT_LIMIT`` matching events, else estimated from the kept sample of the events
(``event_sample``, migration 0013: one event in ``SAMPLE_EVERY``, scaled up) or, with an actor filter (the sample
keeps no names), from a block sample of the events table (``TABLESAMPLE SYSTEM``) — the API then says
``total_is_estimate``, and for the kept sample the 95% interval of the total (``total_range``, docs/scale.md).

Counting millions of rows exactly takes seconds; a sample of about ``SAMPLED_ROWS`` rows keeps the answer under
the list's latency whatever the store's size, within a few percent on the totals a chart draws.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Callable
from typing import Any

from wirewatch.store.list_queries import EventCounts, timeline_of
from wirewatch.store.migrations.m0013_event_sample import SAMPLE_EVERY
from wirewatch.store.queries import SQL, EventQuery, event_where, with_clause
from wirewatch.store.rows import as_date

EXACT_LIMIT = 100_000  # matching events the planner expects, above which counts are estimated
SAMPLED_ROWS = 100_000  # events read by an estimate (a share of the table's blocks)
KEPT_SAMPLE = True  # estimates read the kept sample (False: the block sample, as before 0013)
MAP_COUNTRY = "COALESCE(NULLIF(e.place_country, ''), NULLIF(e.target_country, ''), NULLIF(e.source_country, ''))"
Z_95 = 1.96  # standard normal quantile of a two-sided 95% interval


def sampled_total_range(sampled: int, every: int) -> tuple[int, int]:
    """The 95% interval of a total estimated as ``sampled × every`` from a sample that keeps each event with
    probability ``1 / every``, independently (the kept sample: chosen by a hash of each event's key).

    ``sampled`` is binomial (the matching events, each kept with probability p); the interval of its mean λ is the
    score (Wilson) interval, (sampled − λ)² = z² λ (1 − p), which stays meaningful for a handful of sampled events
    (none sampled: 0 to ~3.8 / p), then scaled by 1 / p; the low end is at least the sampled events themselves."""
    p = 1.0 / every
    spread = Z_95 * Z_95 * (1 - p)
    centre = sampled + spread / 2
    half = math.sqrt(spread * (sampled + spread / 4))
    return max(sampled, math.floor((centre - half) * every)), math.ceil((centre + half) * every)


def pg_event_counts(execute: Callable[[str, list[object]], Any], query: EventQuery, *,
                    exact_limit: int = EXACT_LIMIT, sampled_rows: int = SAMPLED_ROWS,
                    also: SQL | None = None, rows_from: SQL | None = None,
                    sampled_every: int | None = None) -> EventCounts:
    """``also``: a clause implied by the filters that an index serves (the evidence's words); ``rows_from``: the
    events read instead of the table (a subquery ``e`` an index serves, holding every matching event), counted
    exactly — or, with ``sampled_every``, the kept sample (its counts scaled up by it, an estimate)."""
    where = event_where(query) if also is None else with_clause(event_where(query), also)
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    if sampled_every is not None and query.lang:
        joined = " CROSS JOIN LATERAL (SELECT e.lang) a"  # the sample keeps its article's language: no join
    source = SQL("events e", []) if rows_from is None else rows_from
    percent = None if rows_from is not None else _sample_percent(
        execute, f"SELECT 1 FROM events e{joined}{where.text}", where.params, exact_limit, sampled_rows)
    if percent is not None and KEPT_SAMPLE and also is None and not query.actor:
        return pg_event_counts(execute, query, rows_from=SQL("event_sample e", []), sampled_every=SAMPLE_EVERY)
    sample = f" TABLESAMPLE SYSTEM ({percent:.4f}) REPEATABLE (1)" if percent is not None else ""
    rows = execute(f"SELECT e.day, e.type, {MAP_COUNTRY}, COUNT(*), GROUPING(e.day, e.type)"
                   f" FROM {source.text}{sample}{joined}{where.text}"
                   f" GROUP BY GROUPING SETS ((e.day, e.type), ({MAP_COUNTRY}), (e.type))",
                   [*source.params, *where.params]).fetchall()
    scale = 100.0 / percent if percent is not None else float(sampled_every or 1)
    days: list[tuple[dt.date, str, int]] = []
    countries: dict[str, int] = {}
    types: dict[str, int] = {}
    for day, kind, country, count, grouping in rows:
        scaled = round(int(count) * scale)
        if grouping == 0:  # by day and type
            if day is not None:
                days.append((as_date(day), kind, scaled))  # type: ignore[arg-type]
        elif grouping == 2:  # by type (the day's bit set: not grouped)
            types[kind] = scaled
        elif country:  # by map country
            countries[country] = scaled
    days.sort(key=lambda c: (c[0], c[1]))
    total = sum(types.values())
    counted = EventCounts(total=total, undated=max(total - sum(c[2] for c in days), 0), timeline=timeline_of(days),
                          countries=sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])),
                          types=sorted(types.items(), key=lambda kv: (-kv[1], kv[0])),
                          estimate=percent is not None or sampled_every is not None)
    if sampled_every is None:  # exact, or a block sample (rows drawn by page, clustered: no stated interval)
        return counted
    sampled = sum(int(count) for _, _, _, count, grouping in rows if grouping == 2)
    return dataclasses.replace(counted, total_range=sampled_total_range(sampled, sampled_every))


def _sample_percent(execute: Callable[[str, list[object]], Any], select: str, params: list[object],
                    exact_limit: int, sampled_rows: int) -> float | None:
    """The share of the events table (percent) to sample, or None to count exactly."""
    plan = execute(f"EXPLAIN (FORMAT JSON) {select}", list(params)).fetchone()[0]
    expected = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]
    if expected <= exact_limit:
        return None
    table_rows = execute("SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass", []).fetchone()[0]
    if not table_rows or table_rows <= sampled_rows:
        return None
    return 100.0 * sampled_rows / float(table_rows)
