"""The counts of a text filter on PostgreSQL from ``event_word_days`` (migration ``0012_word_counts``): the events
counted by evidence word, day, type and map country, kept by the store as it writes (docs/scale.md).

A fragment that lies within words (letters only) is in an event's evidence exactly when one of the stored words
that contain it is one of the event's words (:func:`~wirewatch.store.pg_event_pages.fragment_words`). With one such
word, the counter rows of that word are the counts. With several, an event holding two or more of them is in the
rows of each: the sum of the words' rows counts it ``held`` times, so those events — few for words that seldom
meet — are read through the evidence's word index (events holding two of the words) and counted ``1 - held``
times more, which makes the sum exact. Only a text filter alone, with types or with a day range is counted so;
other filters (country, actor, language, box, story), many words, or words that meet in many events are counted
from the events (None here).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from wirewatch.store.list_queries import EventCounts, Timeline
from wirewatch.store.migrations.m0006_event_keys import EVIDENCE_WORDS
from wirewatch.store.migrations.m0012_word_counts import EVENT_DAY, EVENT_WORDS, MAP_COUNTRY
from wirewatch.store.queries import EventQuery, add_day_range, event_where

Execute = Callable[[str, list[object]], Any]
# a counter's change: (day, type, map country, evidence) of an event an article's save takes away
ReplacedEvidence = tuple[str, str, str, str | None]

MAX_COUNTED_WORDS = 12  # words of a fragment counted from the counter (their pairs are looked up); more: the events
MAX_SHARED_EVENTS = 20_000  # events holding two of the words that may be read to correct the sum; more: the events

_REPLACED = f"SELECT {EVENT_DAY}, type, {MAP_COUNTRY}, evidence_text FROM events WHERE article_id = ?"
_UPSERT = ("INSERT INTO event_word_days (word, day, type, map_country, events)"
           " SELECT w, d, t, m, SUM(s) FROM ({rows}) r, unnest(tsvector_to_array(to_tsvector('simple', x))) AS w"
           " GROUP BY w, d, t, m HAVING SUM(s) <> 0"
           " ORDER BY w, d, t, m"  # one key order for every writer
           " ON CONFLICT (word, day, type, map_country)"
           " DO UPDATE SET events = event_word_days.events + excluded.events")
_WRITTEN = f"SELECT {EVENT_DAY} AS d, type AS t, {MAP_COUNTRY} AS m, evidence_text AS x, 1 AS s FROM events" \
           " WHERE article_id = ?"
_TAKEN = ("SELECT d, t, m, x, -1 FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
          " CAST(? AS TEXT[])) AS taken(d, t, m, x)")


def replaced_evidence(execute: Execute, dialect: str, key: int) -> list[ReplacedEvidence]:
    """The counter keys and evidence of article ``key``'s stored events, read before a save replaces them
    (PostgreSQL; nothing on SQLite, which keeps no word counter)."""
    if dialect != "postgres":
        return []
    return [(str(d), str(t), str(m), x) for d, t, m, x in execute(_REPLACED, [key]).fetchall()]


def keep_word_counts(execute: Execute, dialect: str, key: int, replaced: Sequence[ReplacedEvidence]) -> None:
    """Count article ``key``'s events (written in this transaction) into the word counter and take ``replaced``
    away, in one statement, in key order (PostgreSQL)."""
    if dialect != "postgres":
        return
    if not replaced:
        execute(_UPSERT.format(rows=_WRITTEN), [key])
        return
    columns = [list(column) for column in zip(*replaced, strict=True)]
    execute(_UPSERT.format(rows=f"{_WRITTEN} UNION ALL {_TAKEN}"), [key, *columns])


def word_counts(execute: Execute, query: EventQuery, words: list[str]) -> EventCounts | None:
    """The counts of ``query`` (a text filter whose fragment lies within ``words``, the stored words containing
    it) from the word counter, when its other filters are types and days alone; else None."""
    if (not words or len(words) > MAX_COUNTED_WORDS or query.country or query.actor or query.lang or query.bbox
            or query.story):
        return None
    clauses = ["word = ANY(CAST(? AS TEXT[]))"]
    params: list[object] = [words]
    if query.types:
        clauses.append("type = ANY(CAST(? AS TEXT[]))")
        params.append([t.upper() for t in query.types])
    if query.since or query.until:
        clauses.append("day <> ''")  # a day range leaves undated events out
    add_day_range(clauses, params, "day", query.since, query.until)
    # one row per key of each grouping set (no key twice: plain dicts), the sums as integers (SUM of a bigint is a
    # numeric: a Decimal per row); the timeline put in order here (``_timeline``): the server's sort of the grouped
    # rows (2,500–7,500 texts compared by the database's collation) took as long as the grouping
    rows = execute("SELECT word, day, type, map_country, CAST(SUM(events) AS BIGINT), GROUPING(word),"
                   f" GROUPING(day, type) FROM event_word_days WHERE {' AND '.join(clauses)}"
                   " GROUP BY GROUPING SETS ((word), (day, type), (map_country), (type))", params).fetchall()
    by_word: dict[str, int] = {}
    days: dict[tuple[str, str], int] = {}
    countries: dict[str, int] = {}
    types: dict[str, int] = {}
    for word, day, kind, country, count, word_set, day_type_set in rows:
        if word_set == 0:
            by_word[word] = count
        elif day_type_set == 0:
            days[(day, kind)] = count
        elif day_type_set == 2:  # by type (the day's bit set)
            types[kind] = count
        else:
            countries[country] = count
    if len(by_word) > 1:
        shared = _shared_events(execute, query, sorted(by_word), by_word)
        if shared is None:
            return None
        for day, kind, country, correction in shared:
            days[(day, kind)] = days.get((day, kind), 0) + correction
            countries[country] = countries.get(country, 0) + correction
            types[kind] = types.get(kind, 0) + correction
    total = sum(n for n in types.values() if n > 0)
    timeline = _timeline(days)
    return EventCounts(total=total, undated=total - sum(sum(counts.values()) for _, counts in timeline),
                       timeline=timeline,
                       countries=sorted(((c, n) for c, n in countries.items() if c and n > 0),
                                        key=lambda kv: (-kv[1], kv[0])),
                       types=sorted(((t, n) for t, n in types.items() if n > 0), key=lambda kv: (-kv[1], kv[0])))


def _timeline(days: dict[tuple[str, str], int]) -> Timeline:
    """The timeline of the dated (day, type) counts in ``days`` (in any order): one pass over them, then the days
    sorted (ISO days sort as dates: ~3,000 texts, not the 2,500–7,500 rows) and each day's types."""
    by_day: dict[str, dict[str, int]] = {}
    for (day, kind), n in days.items():
        if day and n > 0:
            by_day.setdefault(day, {})[kind] = n
    return [(dt.date.fromisoformat(day), dict(sorted(by_day[day].items()))) for day in sorted(by_day)]


def _shared_events(execute: Execute, query: EventQuery, words: list[str], by_word: dict[str, int]
                   ) -> list[tuple[str, str, str, int]] | None:
    """(day, type, map country, 1 - words held) of each group of the events holding two or more of ``words``
    (those passing ``query``'s types and days), or None when they may be too many to read: more than
    ``MAX_SHARED_EVENTS`` by the bound (their count is at most the words' sum less the largest) and by the
    planner's estimate."""
    pairs = " | ".join(f"({_lexeme(a)} & {_lexeme(b)})" for i, a in enumerate(words) for b in words[i + 1:])
    where = event_where(dataclasses.replace(query, text=None, limit=None))
    clause = f"{EVIDENCE_WORDS} @@ CAST(? AS tsquery)"
    where_text = f"{where.text} AND {clause}" if where.text else f" WHERE {clause}"
    params: list[object] = [*where.params, pairs]
    if sum(by_word.values()) - max(by_word.values()) > MAX_SHARED_EVENTS:
        plan = execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM events e{where_text}", params).fetchone()[0]
        if (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"] > MAX_SHARED_EVENTS:
            return None
    held = f"(SELECT COUNT(*) FROM unnest({EVENT_WORDS.replace('evidence_text', 'e.evidence_text')}) AS w" \
           " WHERE w = ANY(CAST(? AS TEXT[])))"
    event_day = EVENT_DAY.replace("day", "e.day")
    event_map = MAP_COUNTRY.replace("place_", "e.place_").replace("target_", "e.target_").replace("source_",
                                                                                               "e.source_")
    rows = execute(f"SELECT {event_day}, e.type, {event_map}, SUM(1 - {held}) FROM events e{where_text}"
                   f" GROUP BY 1, 2, 3", [words, *params]).fetchall()
    return [(str(d), str(t), str(m), int(n)) for d, t, m, n in rows]


def _lexeme(word: str) -> str:
    """``word`` as a tsquery's quoted lexeme."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
