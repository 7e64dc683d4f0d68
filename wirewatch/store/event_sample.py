"""The counts of ``/stats`` estimated from the kept sample of the events (migration ``0013_event_sample``), on
PostgreSQL: one event in ``SAMPLE_EVERY``, chosen by a hash of its key, with the columns the counts filter and group
on and a trigram index on its evidence (docs/scale.md).

A fragment found in many stored words (four letters: 60–83 words, 150,000–450,000 events at 10 million) is counted
exactly only by reading every event holding one of the words; a block sample of the events table
(``TABLESAMPLE SYSTEM``) reads ~100,000 rows on random pages. The kept sample reads the sampled events holding the
fragment through its own trigram index (~1 in ``SAMPLE_EVERY`` of them, from a table that stays in memory), each
count scaled by ``SAMPLE_EVERY``; the answer says ``total_is_estimate`` and gives the total's 95% interval
(``total_range``: the sampled events are drawn one by one, so their number is binomial). An estimate is given for a
text filter whose words hold more than ``SAMPLE_FROM`` events unless the other filters keep few events (then the
exact roads read those); with a country or a type it may rest on a few dozen sampled events, and its interval says
so (±15–30% for a few thousand matching events at 10 million) — counting them exactly means reading or intersecting
both sides' hundreds of thousands of index entries. Any count the store had estimated from a block sample of the
events table reads the kept sample instead (an actor filter excepted: the sample has no names). The store adds an
article's sampled events as it saves it (``keep_event_sample``), last, in the save's transaction; a replaced or
deleted event's row goes with it (``ON DELETE CASCADE``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0013_event_sample import SAMPLE_COLUMNS, SAMPLE_EVERY, SAMPLE_ROWS
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.queries import SQL, EventQuery

Execute = Callable[[str, list[object]], Any]

SAMPLE_FROM = 100_000  # events holding a fragment's words above which its counts are estimated from the sample

_KEEP = f"INSERT INTO event_sample ({SAMPLE_COLUMNS}) {SAMPLE_ROWS} AND e.article_id = ? ORDER BY e.id"


def keep_event_sample(execute: Execute, dialect: str, key: int) -> None:
    """Add article ``key``'s sampled events (written in this transaction) to the sample (PostgreSQL; the rows of
    the events it replaced went with them)."""
    if dialect == "postgres":
        execute(_KEEP, [key])


def sample_counts(execute: Execute, query: EventQuery) -> EventCounts | None:
    """The counts of ``query`` estimated from the kept sample (scaled by ``SAMPLE_EVERY``, with the total's 95%
    interval), or None when it has an actor filter (the sample keeps no names)."""
    if query.actor:
        return None
    return pg_event_counts(execute, query, rows_from=SQL("event_sample e", []), sampled_every=SAMPLE_EVERY)
