"""A page of the event list on PostgreSQL when an actor, a box or a country with types filters it: the union of a
few keys' newest events, each key an index range in page order, instead of every matching event sorted
(docs/scale.md).

The keys (migration ``0006_event_keys``): an actor filter's matching names (``event_actor_names``: the names that
contain the fragment), read from ``events_source_name_list`` and ``events_target_name_list``; a box's one-degree
cells (``EVENT_CELL``), read from ``events_cell_list``; a country's types in each role (migration
``0007_country_keys``), read from ``events_<role>_country_list``. Each key gives its newest ``offset + limit``
events that pass every other filter (tested on the index entries where they can be); the page is the newest of their
union (up to ``MAX_MERGED_RANGES`` ranges merged in page order, each read only as far as the page needs; the name
indexes hold the name since migration ``0009_covering_names``, so that a range is read from the index alone).
Exact: the page's events are among the newest ``offset + limit`` of their key. Past ``MAX_NAMES`` names (a
fragment in many names) or ``MAX_KEYS`` cells (a large box) the filter is common enough for the plain page order to
find its events soon, and the query is :func:`~wirewatch.store.queries.events_sql`'s. A text filter whose fragment
lies within words (``fragment_words``) is read month by month (:mod:`~wirewatch.store.pg_text_pages`) and counted
through the evidence's words when they are rare enough for their index to beat a scan (``text_counts``).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from typing import Any

from wirewatch.store.country_text_counts import country_text_counts
from wirewatch.store.event_sample import SAMPLE_FROM, sample_counts
from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0006_event_keys import EVENT_CELL, EVIDENCE_WORDS
from wirewatch.store.migrations.m0007_country_keys import ROLES
from wirewatch.store.month_text_counts import month_text_counts
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.pg_text_pages import country_words_page_sql, text_page_sql, walk_months, walk_reads
from wirewatch.store.queries import (
    EVENT_COLUMNS,
    PLANNED_EACH_TIME,
    SQL,
    EventQuery,
    actor_name_holds,
    after_clause,
    contains_pattern,
    event_where,
    events_sql,
    evidence_holds,
    with_clause,
)
from wirewatch.store.word_counts import word_counts

MAX_KEYS = 64  # cells read one by one; more: the plain page order
MAX_NAMES = 16  # names read one by one (two index ranges each); more: a common fragment, the plain page order
# with types, each (name, type) is an exact range (migration 0007): more names pay, up to MAX_RANGES ranges in all
MAX_TYPED_NAMES = 128
MAX_RANGES = 256
# ranges written out one by one and merged in page order (a merge append reads each only as far as the page needs);
# more: a lateral join over the keys, each range's newest `offset + limit` read and their union sorted (planning a
# statement of 156 written-out ranges took 36 ms at 10M events, longer than reading them)
MAX_MERGED_RANGES = 8
MAX_WORDS = 256  # words containing a text fragment looked up in the evidence's word index; more: a scan
# events the planner may expect those words to find, for the counts (which read every matching event anyway). A
# page does not take them: it would read each of them at random in the heap, and at 10M events the page order's
# scan found a page sooner (text p95 443 ms against 2,161 with the words for up to 1,000 expected events)
COUNT_WORD_ROWS = 20_000
# a walk's months intersect the words' events with the types' index entries (a country: its keyed words, always) when
# the words are common (over COUNT_WORD_ROWS events) and hold more events than the types; else each month's events
# holding the words are read and tested. At 10M events: a four-letter fragment (71 words) and a rare country, 6.7
# ms intersected against 51 ms read; a rare place and a common type, 345 ms intersected (153,000 index entries)
# against 1,749 events read; a rare place or a common country intersected: 0.1-7 s (large bitmaps gone lossy,
# each event's words worked out again) against 4-60 ms read. INTERSECT_RATIO scales the words' side (0: never).
INTERSECT_RATIO = 1
# events the planner may expect a page's key ranges to hold (their other filters too), up to which a substring filter
# left to test in them is tested on their rows with strpos whatever the fragment (~1,400 events: 32 ms at 10M and
# load 6, where a four-letter fragment's trigram bitmap intersected with each range took 250 ms)
NARROW_ROWS = 2_000
# a text page with a country is read from the events holding its words and involving the country (0015) when they are
# fewer than a third of those the walk would read: they are spread over every month, where the walk reads the newest
# months first (at 10M events and load 13, a four-letter fragment's 7,000-20,000 keyed events took 120-380 ms against
# 50-180 for the walk's ~15,000-50,000; a place's 60-300 took 5-25 ms against 50-110)
KEYED_PAGE_COST = 3
FENCED_WORD_ROWS = COUNT_WORD_ROWS  # words' events read first (fenced) when a text count has other filters (-1: never)
_ORDER = " ORDER BY e.day DESC, e.id DESC"


def box_cells(bbox: tuple[float, float, float, float]) -> list[int]:
    """The cells (as :data:`EVENT_CELL` numbers them) that a box (west, south, east, north) touches."""
    west, south, east, north = bbox
    rows = range(math.floor(south + 90), math.floor(north + 90) + 1)
    if west <= east:
        columns = list(range(math.floor(west + 180), math.floor(east + 180) + 1))
    else:  # across the antimeridian
        columns = [*range(math.floor(west + 180), 361), *range(0, math.floor(east + 180) + 1)]
    return [row * 360 + column for row in rows for column in columns]


@dataclasses.dataclass(frozen=True)
class KeyRanges:
    """Ranges of one index read key by key: ``fixed``, a clause the same in every range (with its parameters), and
    for each key column (its expression in the index, its SQL type) the value of each range, a list a column."""

    fixed: SQL | None
    columns: tuple[tuple[str, str], ...]
    values: tuple[list[object], ...]

    @property
    def count(self) -> int:
        return len(self.values[0])

    def clauses(self) -> list[SQL]:
        """Each range's clause, written out (the merged page's branches)."""
        tests = " AND ".join(f"{expression} = ?" for expression, _ in self.columns)
        return [self._with_fixed(SQL(tests, [column[number] for column in self.values]))
                for number in range(self.count)]

    def unnested(self) -> tuple[SQL, str, list[object]]:
        """The clause on the keys ``k`` of a lateral join, the keys' ``unnest`` and its parameters (the arrays)."""
        tests = " AND ".join(f"{expression} = k.c{number}" for number, (expression, _) in enumerate(self.columns))
        arrays = ", ".join(f"CAST(? AS {kind}[])" for _, kind in self.columns)
        names = ", ".join(f"c{number}" for number in range(len(self.columns)))
        return self._with_fixed(SQL(tests)), f"unnest({arrays}) AS k({names})", list(self.values)

    def estimate_clause(self) -> SQL:
        """A clause selecting every range's events (each key column among its values: the ranges' own keys when
        they are a cross product, as they are), for the planner's estimate of the events they hold."""
        tests = " AND ".join(f"{expression} = ANY(CAST(? AS {kind}[]))" for expression, kind in self.columns)
        return self._with_fixed(SQL(tests, [list(dict.fromkeys(column)) for column in self.values]))

    def _with_fixed(self, clause: SQL) -> SQL:
        if self.fixed is None:
            return clause
        return SQL(f"{self.fixed.text} AND {clause.text}", [*self.fixed.params, *clause.params])


def pg_events_sql(execute: Callable[[str, list[object]], Any], query: EventQuery, offset: int = 0) -> SQL:
    """The SQL of a page of ``query`` (``offset`` from its start) on PostgreSQL."""
    if query.limit is None:
        return events_sql(query, offset, nulls_first=True)
    # each way to read the page key by key: its weight (index ranges, a name's typed ranges counting as one), its
    # ranges, and the filters left to test in them
    ways: list[tuple[int, list[KeyRanges], EventQuery]] = []
    types: list[object] = [t.upper() for t in query.types]
    names = _actor_names(execute, query.actor, MAX_TYPED_NAMES if types else MAX_NAMES) if query.actor else None
    if names is not None and types and 2 * len(names) * len(types) <= MAX_RANGES:  # (name, type) ranges (0007)
        typed = [(n, t) for n in names for t in types]
        ways.append((2 * len(names), [KeyRanges(None, ((f"LOWER(e.{column})", "text"), ("e.type", "text")),
                                                ([n for n, _ in typed], [t for _, t in typed]))
                                      for column in ("source_name", "target_name")],
                     dataclasses.replace(query, actor=None, types=())))
    elif names is not None and len(names) <= MAX_NAMES:
        ways.append((2 * len(names), [KeyRanges(None, ((f"LOWER(e.{column})", "text"),), (list(names),))
                                      for column in ("source_name", "target_name")],
                     dataclasses.replace(query, actor=None)))
    if query.country and types:  # (role, country, type) ranges (0007)
        country: list[object] = [query.country.upper()]
        ways.append((len(ROLES) * len(types), [KeyRanges(SQL(f"e.{role}_country = ?", country), (("e.type", "text"),),
                                                         (types,)) for role in ROLES],
                     dataclasses.replace(query, country=None, types=())))
    cells = box_cells(query.bbox) if query.bbox else None
    if cells is not None and len(cells) <= MAX_KEYS:
        cell_keys: list[object] = list(cells)
        ways.append((len(cells), [KeyRanges(None, ((EVENT_CELL, "integer"),), (cell_keys,))], query))
    if not ways:
        return text_page(execute, query, offset) or events_sql(query, offset, nulls_first=True)
    _, ranges, rest = min(ways, key=lambda way: way[0])  # the first of the lightest
    where = substrings_in_ranges(execute, rest, ranges, names)
    if query.after is not None:
        where = with_clause(where, after_clause(query.after, nulls_first=True))
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    wanted = offset + query.limit
    parts: list[str] = []
    params: list[object] = []
    if 0 < sum(key_ranges.count for key_ranges in ranges) <= MAX_MERGED_RANGES:  # (no name found: the unnest)
        for clause in (clause for key_ranges in ranges for clause in key_ranges.clauses()):
            keyed = with_clause(where, clause)
            parts.append(f"(SELECT e.id, e.day FROM events e{joined}{keyed.text}{_ORDER} LIMIT ?)")
            params += [*keyed.params, wanted]
        # the ranges merged in page order, an event named by two of them kept once: each range is read only as
        # far as the page needs (a merge append), where a union reads every range's newest `wanted` and sorts them
        page = (f"SELECT u.id FROM ({' UNION ALL '.join(parts)}) u GROUP BY u.day, u.id"
                " ORDER BY u.day DESC, u.id DESC LIMIT ? OFFSET ?")
    else:
        for key_ranges in ranges:
            clause, keys, key_params = key_ranges.unnested()
            keyed = with_clause(where, clause)
            parts.append(f"SELECT b.id, b.day FROM {keys} CROSS JOIN LATERAL"
                         f" (SELECT e.id, e.day FROM events e{joined}{keyed.text}{_ORDER} LIMIT ?) b")
            params += [*key_params, *keyed.params, wanted]
        page = f"SELECT u.id FROM ({' UNION '.join(parts)}) u ORDER BY u.day DESC, u.id DESC LIMIT ? OFFSET ?"
    # a substring filter's names, or its road (strpos or LIKE), follow the values: planned with them each time (psycopg
    # prepares a statement run five times, and the generic plan, blind to the names given as one array, read the
    # names' every range: 100-200 ms where the planned one took a few)
    planned = PLANNED_EACH_TIME if rest.actor or rest.text else ""
    return SQL(f"{planned}SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE e.id IN ({page}){_ORDER}", [*params, query.limit, offset])


def substrings_in_ranges(execute: Callable[[str, list[object]], Any], rest: EventQuery, ranges: list[KeyRanges],
                         names: list[str] | None) -> SQL:
    """The WHERE clause of ``rest`` (the filters left to test in ``ranges``) with its substring filters written as
    the ranges read them best. The planner cannot estimate a ``LIKE`` of a fragment: it took a four-letter
    fragment's trigram bitmap (expected in ~1,000 events, found in 157,000: 80 ms) for narrow and intersected it
    with each range's 440 index entries. So an actor's fragment is its stored names when they are known (``names``:
    exact, the names that contain it, and estimated from the name indexes' statistics: the planner reads the
    (name, type) ranges), and a text fragment is tested with ``strpos`` on the ranges' rows (no trigram index) when
    the planner expects the ranges' other filters to keep at most ``NARROW_ROWS`` events, or fewer than hold the
    fragment's words (the smaller side read); else its ``LIKE`` as before. An actor fragment in more names than
    read one by one is tested so too."""
    plain = dataclasses.replace(rest, actor=None, text=None)
    where = event_where(plain)
    if rest.actor and names is not None:
        where = with_clause(where, SQL("(LOWER(e.source_name) = ANY(CAST(? AS text[]))"
                                       " OR LOWER(e.target_name) = ANY(CAST(? AS text[])))", [names, names]))
    if (not rest.text and not (rest.actor and names is None)) or not any(key_ranges.count for key_ranges in ranges):
        return where  # (no range: no event to test)
    words = fragment_words(execute, rest.text) if rest.text else None
    if words == []:  # a fragment within words that no stored word contains: in no event
        return with_clause(where, SQL("1 = 0"))
    keyed = dataclasses.replace(plain, lang=None)  # (the ranges' rows are read before their articles are joined)
    asked = [(keyed, key_ranges.estimate_clause()) for key_ranges in ranges]
    if words:
        asked.append((EventQuery(), _words_query(words)))
    estimates = expected_rows_together(execute, asked)
    kept = sum(estimates[:len(ranges)])
    holding = estimates[-1] if words else 0.0  # (a fragment across words: its events unknown, not the smaller side)
    narrow = kept <= NARROW_ROWS or kept <= holding
    if rest.actor and names is None:
        where = with_clause(where, actor_name_holds(rest.actor) if narrow else _clause_of(EventQuery(actor=rest.actor)))
    if rest.text:
        where = with_clause(where, evidence_holds(rest.text) if narrow
                            else _clause_of(EventQuery(text=rest.text)))
    return where


def _clause_of(query: EventQuery) -> SQL:
    """:func:`event_where`'s clause of ``query`` (one filter), without its ``WHERE``."""
    where = event_where(query)
    return SQL(where.text.removeprefix(" WHERE "), where.params)


def _actor_names(execute: Callable[[str, list[object]], Any], fragment: str, most: int) -> list[str] | None:
    """The stored actors' names (lower-cased) containing ``fragment``; None past ``most`` of them."""
    rows = execute("SELECT name FROM event_actor_names WHERE name LIKE LOWER(?) ESCAPE '\\' LIMIT ?",
                   [contains_pattern(fragment), most + 1]).fetchall()
    return [str(r[0]) for r in rows] if len(rows) <= most else None


def fragment_words(execute: Callable[[str, list[object]], Any], fragment: str) -> list[str] | None:
    """The stored words (``event_words``) that contain ``fragment``, when it lies within words (letters only) and
    they are at most ``MAX_WORDS``; else None. The events holding one of them are those whose evidence contains it."""
    if not fragment or not all(c.isalpha() and (c.isascii() or ord(c) < 0x250) for c in fragment):
        return None  # a fragment across words, or of characters the word parser may split on
    rows = execute("SELECT word FROM event_words WHERE word LIKE LOWER(?) ESCAPE '\\' LIMIT ?",
                   [contains_pattern(fragment), MAX_WORDS + 1]).fetchall()
    return [str(r[0]) for r in rows] if len(rows) <= MAX_WORDS else None


def _words_query(words: list[str]) -> SQL:
    """The evidence's word index clause of the events holding one of ``words`` (some)."""
    text = " | ".join("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in words)
    return SQL(f"{EVIDENCE_WORDS} @@ CAST(? AS tsquery)", [text])


def expected_rows(execute: Callable[[str, list[object]], Any], query: EventQuery, clause: SQL) -> float:
    """The events the planner expects ``query``'s filters and ``clause`` to select."""
    where = with_clause(event_where(query), clause)
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    plan = execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM events e{joined}{where.text}",
                   list(where.params)).fetchone()[0]
    return float((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"])


def expected_rows_together(execute: Callable[[str, list[object]], Any], asked: list[tuple[EventQuery, SQL]]
                           ) -> list[float]:
    """:func:`expected_rows` of each (query, clause) of ``asked``, planned in one statement (each a scalar subquery:
    its plan, an init plan, carries its own estimate)."""
    selects: list[str] = []
    params: list[object] = []
    for query, clause in asked:
        where = with_clause(event_where(query), clause)
        joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
        selects.append(f"(SELECT 1 FROM events e{joined}{where.text})")
        params.extend(where.params)
    plan = execute(f"EXPLAIN (FORMAT JSON) SELECT {', '.join(selects)}", params).fetchone()[0]
    nodes = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"].get("Plans", [])
    rows = {int(node["Subplan Name"].split()[1]): float(node["Plan Rows"]) for node in nodes
            if str(node.get("Subplan Name", "")).startswith("InitPlan ")}
    if sorted(rows) != list(range(1, len(asked) + 1)):
        raise ValueError(f"the planner's plan of {len(asked)} subqueries has init plans {sorted(rows)}")
    return [rows[number] for number in range(1, len(asked) + 1)]


def few_events(execute: Callable[[str, list[object]], Any], query: EventQuery) -> bool:
    """Whether ``query`` filters (a text filter left aside) keep at most ``COUNT_WORD_ROWS`` events by the planner's
    estimate: then the exact roads read those events and test the fragment on each, a few thousand reads."""
    return query != EventQuery() and expected_rows(execute, query, SQL("TRUE")) <= COUNT_WORD_ROWS


def text_counts(execute: Callable[[str, list[object]], Any], query: EventQuery) -> EventCounts:
    """The counts of a text filter. When its fragment lies within few stored words, the events holding one of them
    (the fragment tested on each) are counted exactly through the evidence's word index if the planner expects at
    most ``COUNT_WORD_ROWS`` of them to pass every filter; more are estimated from a sample — each read at random
    in the table would take longer, and the planner's estimate of the fragment alone is often far below the events
    it is in, so that it counted them — from the kept sample (0013) when the words hold more than ``SAMPLE_FROM``
    events and the other filters keep more than ``COUNT_WORD_ROWS`` (their 95% interval stated, however few
    sampled events match). A fragment across words is counted as any filter is."""
    words = fragment_words(execute, query.text) if query.text else None
    if words is None or not query.text:
        return pg_event_counts(execute, query)
    if not words:
        return pg_event_counts(execute, query, also=SQL("1 = 0"))
    clause = _words_query(words)
    others = dataclasses.replace(query, text=None)
    holding = -1.0  # the events the planner expects the words to hold, once asked
    many: bool | None = None  # whether the words are common and the other filters keep many events, once asked
    if query.country:
        # the planner's estimates of the words' events, those involving the country, the other filters' (one round
        # trip: at load 8-10 on 2 cores each statement waited ~8 ms for the server's turn, whatever its work)
        holding, with_country, kept = expected_rows_together(
            execute, [(EventQuery(), clause), (EventQuery(country=query.country), clause), (others, SQL("TRUE"))])
        # from the words keyed by the countries (0015) when the events holding both are few (a place named in a few
        # thousand events with a common country: those of the country alone read), unless the words are common and
        # the other filters too (below: the kept sample, where the keys' events would be read at random in the heap)
        many = holding > SAMPLE_FROM and kept > COUNT_WORD_ROWS
        counted = None if many else country_text_counts(execute, query, words, expected_rows, with_country)
        if counted is not None:
            return counted
    # from the word counter (0012) when it answers (a few words' rows: a rare place over a week in ~10 ms), else
    # through the words by month (0010) for a day range of a few months
    counted = word_counts(execute, query, words)
    if counted is None and holding < 0:
        holding = expected_rows(execute, EventQuery(), clause)
    if counted is None and (query.since or query.until):
        counted = month_text_counts(execute, query, words, holding)
    if many is None:
        many = counted is None and holding > SAMPLE_FROM and not few_events(execute, others)
    if counted is None and many:
        # words in many events (a four-letter fragment) and other filters that keep many (a country, a type): an
        # exact count reads or intersects both sides' index entries whatever the few events they share (1-3 s at
        # 10M events for a four-letter fragment and a country), so the counts are estimated from the kept sample
        # (0013) with their 95% interval (``total_range``) however few sampled events match
        counted = sample_counts(execute, query)
    if counted is not None:
        return counted
    # the words stand for the fragment here (the planner would take their selectivity and the LIKE's as unrelated)
    if expected_rows(execute, others, clause) <= COUNT_WORD_ROWS:
        # the fragment tested on the words' events (strpos, as the LIKE of every other count: the trigram index
        # would be intersected with the words' and cost more than the events it keeps)
        fragment = evidence_holds(query.text)
        if others != EventQuery() and holding <= FENCED_WORD_ROWS:  # (the words' events, asked above)
            # the words' few events read first, fenced: the planner intersected them with a country's index entries
            # (2,980 events and 322,000 entries: 164 ms at 10M, where reading the events takes a fraction of it)
            fenced = SQL(f"(SELECT * FROM events e WHERE {clause.text} OFFSET 0) e", clause.params)
            return pg_event_counts(execute, others, also=fragment, rows_from=fenced)
        return pg_event_counts(execute, others, also=SQL(f"{clause.text} AND {fragment.text}",
                                                         [*clause.params, *fragment.params]))
    return sample_counts(execute, query) or pg_event_counts(execute, query, exact_limit=-1)


def text_page(execute: Callable[[str, list[object]], Any], query: EventQuery, offset: int) -> SQL | None:
    """The page of a text filter read month by month (:mod:`~wirewatch.store.pg_text_pages`), when its fragment
    lies within words and the walk's first month would read fewer events than the page order, else in page order;
    None when the fragment does not lie within words.

    The walk reads, in its first look-up, a month's events holding the words (those the planner expects to hold
    them, over the months); the page order reads about ``offset + limit`` × the store's events / those the planner
    expects to pass every filter. Rare words: the walk; a common fragment alone: the page order (its page is
    near); a common fragment with a filter that keeps few of its events (a country): the walk. With a country, the
    events holding the words and involving it (0015) are read instead when they are fewer than a third of those the
    walk would read (:func:`~wirewatch.store.pg_text_pages.walk_reads`): a place's few events of the country."""
    words = fragment_words(execute, query.text) if query.text else None
    if words is None or query.limit is None or not query.text:
        return None
    months = walk_months(execute, query) if words else []  # (asked once: each statement waits its turn at load)
    if words:
        clause = _words_query(words)
        others = dataclasses.replace(query, text=None)
        if query.country:  # the events holding the words, and those of them involving the country (one round trip)
            holding, with_country = expected_rows_together(
                execute, [(EventQuery(), clause), (EventQuery(country=query.country), clause)])
            walked = walk_reads(execute, query, holding, with_country, offset + query.limit, months)
            if with_country * KEYED_PAGE_COST <= walked:
                # the keyed words (0015) read the events holding both, fewer than the walk's months would
                return country_words_page_sql(query, words, offset)
        else:
            holding = expected_rows(execute, EventQuery(), clause)
        if holding > COUNT_WORD_ROWS:  # fewer: the walk reads few events whatever the months (no more statements)
            matching = max(expected_rows(execute, others, clause) if others != EventQuery(limit=query.limit)
                           else holding, 1.0)
            stored = execute("SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass", []).fetchone()[0]
            if holding / max(len(months), 1) > (offset + query.limit) * max(float(stored or 0), holding) / matching:
                # the page order, the fragment tested with strpos: a LIKE had the planner read every event the
                # trigram index finds for it and sort them (2.3 s for a fragment in 170,000 events at 10M)
                fragment = evidence_holds(query.text)
                return events_sql(others, offset, nulls_first=True, also=fragment)
        if holding > COUNT_WORD_ROWS and query.types and not query.country:  # (a country: its keyed words, below)
            # common words, and types holding fewer events: intersected month by month
            keyed = EventQuery(types=query.types)
            return text_page_sql(execute, query, words, offset, months=months,
                                 intersect=holding * INTERSECT_RATIO > expected_rows(execute, keyed, SQL("TRUE")))
    return text_page_sql(execute, query, words, offset, months=months)
