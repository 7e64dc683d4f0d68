"""The list merged by story with a day range (``since`` / ``until``), from the stored merged events (migration
0011, docs/scale.md), instead of merging the newest reports and the window before them per request.

A day range selects reports: the merged events it leaves are the stored ones cut to the range, and split where a
report it drops (one without a day of its own: its day was its article's) joined two runs. A stored merged event
whose reports all have a day of their own and whose lowest key is on its first day (``range_shifts = 0``) keeps,
under a range holding its first day, its key (first day, lowest report key) and stays one merged event. So the
page is read in three steps, exact:

1. the ``offset + limit`` newest such merged events beginning in the range: their keys are the page's keys, and
   the last of them (``day_t``) bounds the page — every merged event on it has a key at or above it;
2. the merged events whose key a range may change and that reach ``day_t`` (their last day on or after it): those
   with ``range_shifts = 2`` (split, or begun later), those with 1 (their lowest key is on a later day) beginning
   on ``day_t`` or later, and those beginning before ``since`` (what is left of them begins later), found
   among the merged events beginning at most the longest stored merged event's length before ``day_t``;
3. those of step 2 and those of step 1 that end after ``until`` (their counts change) merged again from the
   reports of their stories, with the query's filters (every merged event of those (story, type, place)
   partitions); the others' stored rows are the page's rows as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from wirewatch.store.merged_events import DEFAULT_WINDOW_DAYS, DIALECTS, merged_groups_sql
from wirewatch.store.queries import EVENT_COLUMNS, PLANNED_EACH_TIME, SQL, EventQuery, event_where
from wirewatch.store.rows import as_date

# the partitions' reports told by their article, type and place before they are joined (False: the statement
# before, every report of their articles joined to its article and story first — the benchmark's baseline)
TELL_REPORTS_FIRST = True
_SEPARATOR = chr(31)  # between the texts of a list sent as one (the unit separator: in no code nor key)
# a merged event's length in days, as ``merged_events_span`` (migration 0011) indexes it
SPAN = {"sqlite": "(julianday(last_day) - julianday(first_day))", "postgres": "(last_day - first_day)"}
Execute = Callable[[str, Sequence[object]], Any]
MERGED_COLUMNS = ("m.reports, m.articles, m.killed, m.killed_max, m.injured, m.injured_max, m.last_day, m.story,"
                  " m.outlets, m.first_day")


def served(query: EventQuery, window_days: int) -> bool:
    """Whether ``query`` is a day range with, at most, types (a merged event has one type); a story's merged
    events are few and read from their index (``wirewatch.store.merged_table``)."""
    return (window_days == DEFAULT_WINDOW_DAYS and query.limit is not None and query.after is None
            and bool(query.since or query.until)
            and not any((query.country, query.actor, query.lang, query.text, query.bbox, query.story)))


def read_range_rows(execute: Execute, dialect: str, query: EventQuery, offset: int) -> list[Any] | None:
    """The page's rows (those of ``merged_events_sql``), or None when fewer merged events than the page's depth
    begin in the range (then the per-request merge reads them all)."""
    assert query.limit is not None
    wanted = offset + query.limit
    whole, whole_params = _whole_filters(query)
    in_range, range_params = _first_days(query.since, query.until)
    # the longest stored merged event's length asked in the same statement (one round trip less)
    keyed = execute(f"SELECT m.first_event, m.first_day, m.last_day, m.story, m.type, m.place_key,"
                    f" (SELECT MAX({SPAN[dialect]}) FROM merged_events)"
                    f" FROM merged_events m WHERE m.range_shifts = 0{in_range}{whole}"
                    " ORDER BY m.first_day DESC, m.first_event DESC LIMIT ?",
                    [*range_params, *whole_params, wanted]).fetchall()
    if len(keyed) < wanted:
        return None
    day_t = as_date(keyed[-1][1])
    assert day_t is not None
    longest = keyed[-1][6]
    reach = day_t - dt.timedelta(days=int(longest or 0))
    until = query.until.isoformat() if query.until else None
    # a merged event whose lowest key is after its first day (1) keeps its first day in a range that holds it: it
    # reaches the page only if that day is day_t or later
    since = query.since.isoformat() if query.since else None
    kept_day = "(m.range_shifts = 2 OR m.first_day >= ?" + (" OR m.first_day < ?)" if since else ")")
    shifting = ("SELECT m.story, m.type, m.place_key FROM merged_events m WHERE m.range_shifts > 0"
                " AND m.first_day >= ?" + (" AND m.first_day <= ?" if until else "")
                + f" AND m.last_day >= ? AND {kept_day}{whole}")
    params = [reach.isoformat(), *([until] if until else []), day_t.isoformat(), day_t.isoformat(),
              *([since] if since else []), *whole_params]
    if query.since and reach < query.since:  # and those begun before the range (in the same round trip)
        shifting += (" UNION ALL SELECT m.story, m.type, m.place_key FROM merged_events m WHERE m.range_shifts = 0"
                     f" AND m.first_day >= ? AND m.first_day < ? AND m.last_day >= ?{whole}")
        params += [reach.isoformat(), query.since.isoformat(), day_t.isoformat(), *whole_params]
    reaching = execute(shifting, params).fetchall()  # the partitions a range may change that reach day_t
    cut = [r[3:6] for r in keyed if query.until and as_date(r[2]) is not None and as_date(r[2]) > query.until]  # type: ignore[operator]
    partitions = {(str(s), str(t), str(p)) for s, t, p in [*reaching, *cut]}
    kept = [int(r[0]) for r in keyed if (str(r[3]), str(r[4]), str(r[5])) not in partitions]
    stored = SQL(f"SELECT {EVENT_COLUMNS}, {MERGED_COLUMNS} FROM merged_events m"
                 " JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id"
                 f" WHERE m.first_event IN ({_marks(kept)})", list(kept))
    rows = _merged_again(execute, dialect, query, sorted(partitions), day_t, wanted, stored if kept else None)
    rows = sorted(rows, key=lambda r: (str(r[38]), int(r[0])), reverse=True)
    return rows[offset:wanted]


def _whole_filters(query: EventQuery) -> tuple[str, list[object]]:
    """The filter a merged event carries whole: its type."""
    if not query.types:
        return "", []
    return f" AND m.type IN ({_marks(query.types)})", [t.upper() for t in query.types]


def _first_days(since: dt.date | None, until: dt.date | None) -> tuple[str, list[object]]:
    clauses, params = " AND m.first_day IS NOT NULL", list[object]()
    if since:
        clauses += " AND m.first_day >= ?"
        params.append(since.isoformat())
    if until:
        clauses += " AND m.first_day <= ?"
        params.append(until.isoformat())
    return clauses, params


def _merged_again(execute: Execute, dialect: str, query: EventQuery, partitions: Sequence[tuple[str, str, str]],
                  day_t: dt.date, wanted: int, stored: SQL | None) -> list[Any]:
    """The ``wanted`` newest merged events from ``day_t`` on of the query's reports in these (story, type, place)
    partitions (a story of its own: ``article-<key>``), merged per request, and the rows of ``stored`` (the page's
    stored merged events kept as they are), in one statement."""
    if not partitions:
        return list(execute(stored.text, stored.params).fetchall()) if stored else []
    stories = sorted({s for s, _, _ in partitions})
    members: dict[str, list[int]] = {s: [int(s.removeprefix("article-"))] for s in stories if s.startswith("article-")}
    named = [s for s in stories if not s.startswith("article-")]
    if named:
        for story, article in execute(f"SELECT story_id, article_id FROM story_articles WHERE story_id IN"
                                      f" ({_marks(named)})", named).fetchall():
            members.setdefault(str(story), []).append(int(article))
    where = event_where(query)
    keys = sorted({a for articles in members.values() for a in articles})
    # the reports of the partitions are told by their article, type and place before they are joined to their
    # articles and stories: the partitions' articles hold ~14 times more reports than the partitions (a week at
    # 10M events: 9,349 reports joined twice each for 676 kept, 82,000 buffers)
    reports = sorted({f"{a}|{t}|{p}" for s, t, p in partitions for a in members.get(s, [])})
    report_of = "CAST(e.article_id AS TEXT) || '|' || e.type || '|' || COALESCE(e.place_country, '')"
    # a merged event beginning on day_t or later is told from one begun earlier by the reports of the window before
    # it (as a slice of the newest reports is, wirewatch.store.merged_events); its partition as one text (type and
    # place are codes without '|', the story is the rest), a list PostgreSQL looks up in a hash
    partition_of = ("e.type || '|' || COALESCE(e.place_country, '') || '|' || COALESCE(s.story_id, 'article-' ||"
                    " CAST(a.id AS TEXT))")
    listing = dialect if TELL_REPORTS_FIRST else "sqlite"
    in_articles, article_params = _listed(listing, "e.article_id", "BIGINT", keys)
    in_reports, report_params = _listed(listing, report_of, "TEXT", reports)
    in_partitions, partition_params = _listed(listing, partition_of, "TEXT",
                                              [f"{t}|{p}|{s}" for s, t, p in partitions])
    if not TELL_REPORTS_FIRST:
        in_reports, report_params = "1 = 1", []
    text = f"{where.text} AND e.day >= ? AND {in_articles} AND {in_reports} AND {in_partitions}"
    order = " ORDER BY m.first_day DESC, m.first_event DESC"
    sql = PLANNED_EACH_TIME + merged_groups_sql(text, DIALECTS[dialect]) + (
        f" SELECT {EVENT_COLUMNS}, {MERGED_COLUMNS}"
        f" FROM (SELECT * FROM merged m WHERE m.first_day >= ?{order} LIMIT ?) m"
        " JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id")
    bound = (day_t - dt.timedelta(days=DEFAULT_WINDOW_DAYS)).isoformat()
    params = [*where.params, bound, *article_params, *report_params, *partition_params, DEFAULT_WINDOW_DAYS,
              day_t.isoformat(), wanted]
    if stored:  # the stored rows of the page in the same statement (one round trip less)
        sql, params = f"{sql} UNION ALL {stored.text}", [*params, *stored.params]
    return list(execute(sql, params).fetchall())


def _listed(dialect: str, expression: str, kind: str, values: Sequence[object]) -> tuple[str, list[object]]:
    """``expression`` in ``values``: on PostgreSQL one array parameter (a list of thousands planned as one
    value) — texts as one text split by the server (sending ~4,500 texts as an array cost a fifth of the
    statement's time at load 17) unless one holds the separator — else a list of parameters."""
    if dialect != "postgres":
        return f"{expression} IN ({_marks(values)})", list(values)
    if kind == "TEXT" and not any(_SEPARATOR in str(v) for v in values):
        return f"{expression} = ANY(string_to_array(?, chr(31)))", [_SEPARATOR.join(str(v) for v in values)]
    return f"{expression} = ANY(CAST(? AS {kind}[]))", [list(values)]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)
