"""A page of the event list on PostgreSQL when a text filter (part of the evidence) selects few events: read month
by month, newest first, through the evidence's words by month (migration ``0010_month_words``, docs/scale.md).

The fragment's events are those holding one of the stored words that contain it (``event_words``), when it lies
within words (letters only: :func:`~wirewatch.store.pg_event_pages.word_fragment`): the words are looked up with
the month they were written in (``word@YYYYMM``; ``word@`` undated) in the GIN index ``events_month_words``, the
undated events and the newest month first (undated events come first in PostgreSQL's page order), then 3, 12 and
every older month — each look-up reading only those months' events that hold the words, each tested against every
filter (the fragment itself too). Exact: a month's events all come before an older month's in page order, so once
``offset + limit`` events are found, no older month holds one of the page's.

When the words are common and the other filters keep many of their events, the page order finds a page sooner
than a month's look-up, and the query is the plain one (:func:`~wirewatch.store.pg_event_pages.text_page`). With a
country, the events holding the words and involving it (migration ``0015_country_words``) are read at once when
they are far fewer than the walk's months would read (:func:`country_words_page_sql`, :func:`walk_reads`); else each
look-up of the walk reads only the events in both indexes — the months' words and the country's (a bitmap AND of the
two GIN indexes, no event read before): a four-letter fragment's undated events holding its words are thousands at
10M events, those of them involving a country a few hundred.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from wirewatch.store.migrations.m0010_month_words import MONTH_WORDS, month_key
from wirewatch.store.migrations.m0015_country_words import COUNTRY_WORDS, country_word_keys
from wirewatch.store.queries import (
    EVENT_COLUMNS,
    PLANNED_EACH_TIME,
    SQL,
    EventQuery,
    after_clause,
    event_where,
    evidence_holds,
    with_clause,
)

Execute = Callable[[str, list[object]], Any]

MONTHS_A_STEP = (1, 3, 12)  # months read by the first look-ups, newest first; then every older month at once
_ORDER = " ORDER BY e.day DESC, e.id DESC"


def months_between(first: dt.date, last: dt.date) -> list[str]:
    """The months from ``last``'s back to ``first``'s, newest first, as the index writes them."""
    months: list[str] = []
    year, month = last.year, last.month
    while (year, month) >= (first.year, first.month):
        months.append(month_key(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def month_steps(months: list[str]) -> list[list[str]]:
    """``months`` (newest first) in the walk's look-ups: the newest, the next 3, the next 12, then the rest."""
    steps: list[list[str]] = []
    start = 0
    for size in MONTHS_A_STEP:
        if start < len(months):
            steps.append(months[start:start + size])
        start += size
    if start < len(months):
        steps.append(months[start:])
    return steps


def text_page_sql(execute: Execute, query: EventQuery, words: list[str], offset: int, *,
                  intersect: bool = False, months: list[str] | None = None) -> SQL:
    """The page (``offset`` from the start, ``query.limit`` events) of ``query``, whose text filter's fragment lies
    within ``words`` (the stored words that contain it), read month by month newest first (``months``:
    :func:`walk_months`, when known); ``intersect``: each month's events holding the words intersected with the
    types' index entries of its days. With a country, a look-up reads the
    events holding the words in its months *and* holding them keyed by the country (migration 0015): the two GIN
    indexes' entries intersected (a bitmap AND), so that only the events in both are read."""
    assert query.limit is not None and query.text
    wanted = offset + query.limit
    ids: list[int] = []
    if words:
        where = event_where(dataclasses.replace(query, text=None))
        fragment = evidence_holds(query.text)  # not the trigram index
        where = with_clause(where, fragment)
        if query.after is not None:
            where = with_clause(where, after_clause(query.after, nulls_first=True))
        joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
        keyed = country_words_clause(words, query.country)
        # (an intersection of two indexes is the planner's choice from the keys' values: planned with them each time)
        planned = PLANNED_EACH_TIME if query.country else ""
        walked = walk_months(execute, query) if months is None else months
        steps: list[list[str]] = [[""], *month_steps(walked)]  # the undated events first
        for step in steps:
            keys = [f"{word}@{month}" for month in step for word in words]
            if intersect and query.types and not query.country and step != [""]:  # the undated: read (below)
                # the months' days bound the types' index (type, day): the planner intersects its entries with the
                # words' (a bitmap AND) and reads only the events in both (measured when a country took this road
                # too: a four-letter fragment in 71 words and a rare country, 6.7 ms where the fenced read took 51 ms)
                days = month_days(step)
                rows = execute(f"SELECT e.id FROM events e{joined}{where.text} AND {MONTH_WORDS} && CAST(? AS TEXT[])"
                               f" AND {days.text}{_ORDER} LIMIT ?",
                               [*where.params, keys, *days.params, wanted - len(ids)]).fetchall()
            else:
                # the months' events holding the words read first, fenced (OFFSET 0) from the order and the limit:
                # the planner cannot estimate a month's words, and would read the page order working out each
                # event's words (7.7 s for a place at 10M events); with a country, only those also holding one of
                # the words keyed by the country (0015): the two indexes' entries intersected before any event is read
                holding = f"SELECT * FROM events e WHERE {MONTH_WORDS} && CAST(? AS TEXT[]){keyed.text} OFFSET 0"
                rows = execute(f"{planned}SELECT e.id FROM ({holding}) e{joined}{where.text}{_ORDER} LIMIT ?",
                               [keys, *keyed.params, *where.params, wanted - len(ids)]).fetchall()
            ids += [int(r[0]) for r in rows]
            if len(ids) >= wanted:
                break
    return SQL(f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE e.id = ANY(CAST(? AS BIGINT[])){_ORDER}", [ids[offset:wanted]])


def country_words_page_sql(query: EventQuery, words: list[str], offset: int) -> SQL:
    """The page of ``query`` (a text filter whose fragment lies within ``words``, and a country) read from the events
    holding one of the words and involving the country (migration ``0015_country_words``: ``word@COUNTRY``), fenced
    (OFFSET 0: else the planner intersects them with the country's index entries), each tested against every filter
    (the fragment too), newest first. Exact: those are every event of the country whose evidence holds the fragment.
    Its cost follows the events holding both, whatever the months they are spread over."""
    assert query.limit is not None and query.country and query.text
    where = with_clause(event_where(dataclasses.replace(query, text=None)),
                        evidence_holds(query.text))
    if query.after is not None:
        where = with_clause(where, after_clause(query.after, nulls_first=True))
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    holding = f"SELECT * FROM events e WHERE {COUNTRY_WORDS} && CAST(? AS TEXT[]) OFFSET 0"
    page = (f"SELECT e.id FROM ({holding}) e{joined}{where.text}{_ORDER} LIMIT ? OFFSET ?")
    # planned with its keys each time (a generic plan is blind to the keys given as one array)
    return SQL(f"{PLANNED_EACH_TIME}SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE e.id IN ({page}){_ORDER}",
               [country_word_keys(words, query.country.upper()), *where.params, query.limit, offset])


def country_words_clause(words: list[str], country: str | None) -> SQL:
    """`` AND`` the test that an event holds one of ``words`` keyed by ``country`` (migration 0015: it involves the
    country and its evidence holds the word), or nothing without a country."""
    if not country:
        return SQL("", [])
    return SQL(f" AND {COUNTRY_WORDS} && CAST(? AS TEXT[])", [country_word_keys(words, country.upper())])


def month_days(months: list[str]) -> SQL:
    """The days of ``months`` (consecutive, as the index writes them; ``[""]``: the undated events)."""
    if months == [""]:
        return SQL("e.day IS NULL", [])
    first, last = min(months), max(months)
    year, month = int(last[:4]), int(last[4:])
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return SQL("e.day >= ? AND e.day < ?", [dt.date(int(first[:4]), int(first[4:]), 1), following])


def walk_months(execute: Execute, query: EventQuery) -> list[str]:
    """The months the walk may read, newest first: the store's dated events' within the query's days."""
    first, last = execute("SELECT MIN(day), MAX(day) FROM events", []).fetchone()
    if first is None:
        return []
    if query.since is not None:
        first = max(first, query.since)
    if query.until is not None:
        last = min(last, query.until)
    if query.after is not None and query.after[0] is not None:
        last = min(last, query.after[0])
    return months_between(first, last)


def walk_reads(execute: Execute, query: EventQuery, holding: float, matching: float, wanted: int,
               months: list[str] | None = None) -> float:
    """The events the walk would read when ``holding`` events hold the fragment's words and ``matching`` of them
    pass the filters, spread over the months as the words' are: the undated ones holding the words (their share the
    planner's statistics', ``null_frac``), then the months of each look-up until the months read are expected to
    hold ``wanted`` matching events."""
    months = walk_months(execute, query) if months is None else months
    row = execute("SELECT null_frac FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events'"
                  " AND attname = 'day'", []).fetchone()
    undated = float(row[0]) if row and row[0] is not None else 0.0
    needed = wanted / max(matching, 1.0) * len(months)  # months of matching events a page needs
    read = 0
    for step in month_steps(months):
        read += len(step)
        if read >= needed:
            break
    return holding * (undated + read / max(len(months), 1))
