"""The counts of a text filter with a day range of a few months on PostgreSQL, exact, through the evidence's words
by month (migration ``0010_month_words``, docs/scale.md).

A fragment that lies within words is in an event's evidence exactly when one of the stored words that contain it
is one of the event's words (:func:`~wirewatch.store.pg_event_pages.fragment_words`), and a dated event's words
are in ``events_month_words`` joined to its month. So the events of a day range that hold the fragment are among
those holding ``word@month`` for one of the words and one of the range's months: those are read from the index
(fenced, as the text pages read them: the planner cannot estimate a month's words), each tested against every
filter (the fragment itself, the days, and any other: country, types, language, actor, box, story) and counted.
The cost follows the events of those months that hold the words — a few thousand for a fragment in many words
over a week — where the word counter (0012) reads every day of every word and the plain count the whole range's
events; past ``MAX_COUNTED_MONTHS`` months the counts are the other roads'.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0010_month_words import MONTH_WORDS
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.pg_text_pages import walk_months
from wirewatch.store.queries import SQL, EventQuery, event_where, evidence_holds

Execute = Callable[[str, list[object]], Any]

MAX_COUNTED_MONTHS = 3  # months of a day range counted through the words by month; more: the counter or a count
INTERSECT_RATIO = 10  # as the text pages' (pg_event_pages): an index entry costs about a tenth of an event read


def month_text_counts(execute: Execute, query: EventQuery, words: list[str], holding: float) -> EventCounts | None:
    """The exact counts of ``query`` (a text filter whose fragment lies within ``words``, the stored words that
    contain it, which the planner expects ``holding`` events to hold) when it has a day range over at most
    ``MAX_COUNTED_MONTHS`` months of the store; else None."""
    if not words or not query.text or (query.since is None and query.until is None):
        return None
    months = walk_months(execute, dataclasses.replace(query, after=None))
    if len(months) > MAX_COUNTED_MONTHS:
        return None
    if not months:  # the range holds no dated event
        return pg_event_counts(execute, query, also=SQL("1 = 0"))
    keys = [f"{word}@{month}" for month in months for word in words]
    # the fragment tested with strpos (as the text pages do): a LIKE would bring in the trigram index
    fragment = evidence_holds(query.text)
    others = dataclasses.replace(query, text=None)
    stored_months = max(len(walk_months(execute, EventQuery())), 1)
    if holding * len(months) / stored_months * INTERSECT_RATIO > _planned_rows(execute, others):
        # the months' words hold many events beside the range's (a fragment in many words over a week): their
        # index entries intersected with the days' (a bitmap AND), only the events in both read (67 ms where the
        # fenced read took 151 ms at 10M events, at load 9)
        words_of_months = SQL(f"{MONTH_WORDS} && CAST(? AS TEXT[]) AND {fragment.text}", [keys, query.text])
        return pg_event_counts(execute, others, also=words_of_months, rows_from=SQL("events e", []))
    # few: the months' events holding the words read first, fenced from the other filters (the planner cannot
    # estimate a month's words)
    fenced = SQL(f"(SELECT * FROM events e WHERE {MONTH_WORDS} && CAST(? AS TEXT[]) OFFSET 0) e", [keys])
    return pg_event_counts(execute, others, also=fragment, rows_from=fenced)


def _planned_rows(execute: Execute, query: EventQuery) -> float:
    """The events the planner expects ``query``'s filters to select."""
    where = event_where(query)
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    plan = execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM events e{joined}{where.text}",
                   list(where.params)).fetchone()[0]
    return float((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"])
