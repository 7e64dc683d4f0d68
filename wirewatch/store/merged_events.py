"""Events merged by story: one row per real-world event however many reports (articles, outlets, languages)
tell it, with its number of reports, its toll and its sources, filtered and paged in SQL.

Reports of one event: events of the same story (articles the store placed in one story; an article outside
any story is a story of its own), of the same type and place (the place's country; none stated is a place of
its own), whose days follow each other by at most ``window_days``. The row shows the first report (the
lowest key) with ``reports`` and ``articles`` counted, ``killed`` / ``injured`` the
lowest figure stated (the ACLED rule) and ``killed_max`` / ``injured_max`` the highest, ``last_day`` the
latest day, and ``sources`` the outlets (else URLs) of its articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wirewatch.store.queries import EVENT_COLUMNS, SQL, EventQuery, EventRow, event_where
from wirewatch.store.rows import as_date, as_text, as_time

DEFAULT_WINDOW_DAYS = 3
_REPORT_FIELDS = tuple(f.name for f in dataclasses.fields(EventRow))


@dataclass(frozen=True)
class MergedEventRow(EventRow):
    """An event merged from every report of it (the fields of :class:`EventRow` are the first stored report's,
    but ``day``: the first day, and ``killed`` / ``injured``: the lowest stated)."""

    reports: int = 1
    articles: int = 1
    killed_max: int | None = None
    injured_max: int | None = None
    last_day: dt.date | None = None
    story: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def disputed(self) -> list[str]:
        """The figures on which reports disagree."""
        return [name for name, low, high in (("killed", self.killed, self.killed_max),
                                             ("injured", self.injured, self.injured_max))
                if low is not None and high is not None and low != high]


@dataclass(frozen=True)
class Dialect:
    """What differs between backends: a day as a number of days, and joining texts of a group."""

    day_number: str  # format with the column: "julianday({})"
    joined: str  # format with the column: "GROUP_CONCAT({})" (texts joined with commas)
    nulls_first: bool  # whether NULL comes first in a descending order


DIALECTS = {
    "sqlite": Dialect(day_number="julianday({})", joined="GROUP_CONCAT({})", nulls_first=False),
    "postgres": Dialect(day_number="({} - DATE '1970-01-01')", joined="STRING_AGG({}, ',')", nulls_first=True),
}


def merged_events_sql(query: EventQuery, dialect: Dialect, window_days: int = DEFAULT_WINDOW_DAYS,
                      offset: int = 0, from_day: dt.date | None = None) -> SQL:
    """Merged events, newest first, ``query.limit`` of them from ``offset``; with ``from_day``, only those whose
    first day is ``from_day`` or later (or undated), merged from the reports of ``window_days`` before it on."""
    where = event_where(query)
    if from_day is not None:  # every report a merged event from from_day on can have (see read_merged_events)
        bound = (from_day - dt.timedelta(days=window_days)).isoformat()
        # dated reports through the filters' and the day's indexes; undated ones (their article's day) through
        # their articles
        joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
        filters = f"{where.text} AND " if where.text else " WHERE "
        where = SQL(f"{filters}e.id IN (SELECT e.id FROM events e{joined}{filters}e.day >= ?"
                    " UNION ALL SELECT e.id FROM articles a JOIN events e ON e.article_id = a.id"
                    f"{filters}(a.published >= ? OR a.published IS NULL) AND e.day IS NULL)",
                    [*where.params, *where.params, bound, *where.params, bound])
    # the page is chosen among the merged events alone, then joined to its first reports: a slice merges
    # thousands of events for a page of 50 (7,194 joined for 51 kept, a week at 10M events)
    order = " ORDER BY m.first_day DESC, m.first_event DESC"
    page = ("SELECT * FROM merged m"
            + (" WHERE m.first_day >= ? OR m.first_day IS NULL" if from_day is not None else "") + order)
    params = [*where.params, window_days, *([from_day.isoformat()] if from_day is not None else [])]
    if query.limit is not None:
        page += " LIMIT ? OFFSET ?"
        params += [int(query.limit), int(offset)]
    text = merged_groups_sql(where.text, dialect) + (
        f" SELECT {EVENT_COLUMNS}, m.reports, m.articles, m.killed, m.killed_max, m.injured, m.injured_max,"
        " m.last_day, m.story, m.outlets, m.first_day"
        f" FROM ({page}) m JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id{order}"
    )
    return SQL(text, params)


def merged_groups_sql(where: str, dialect: Dialect) -> str:
    """``WITH … merged AS (…)``: the matching reports (``where``, a WHERE clause on ``e`` and ``a``, possibly
    empty) grouped into merged events, one row of ``merged`` each (its ``story``, ``type``, ``place_key``,
    ``first_day``, ``last_day``, counts, tolls, ``outlets``, ``first_event`` and ``undated_reports``: those
    without a day of their own). Its parameters: ``where``'s,
    then ``window_days``."""
    day = "COALESCE(e.day, a.published)"
    number = dialect.day_number.format(day)
    partition = "PARTITION BY story, type, place_key"
    return (
        "WITH reports AS ("
        f" SELECT e.id AS event_id, e.type AS type, {day} AS report_day, {number} AS day_number,"
        " COALESCE(s.story_id, 'article-' || CAST(a.id AS TEXT)) AS story, COALESCE(e.place_country, '') AS place_key,"
        " e.killed AS killed, e.injured AS injured, a.id AS article_key, COALESCE(a.source, a.url, a.ext_id) AS outlet,"
        " CASE WHEN e.day IS NULL THEN 1 ELSE 0 END AS undated"
        f" FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN story_articles s ON s.article_id = a.id"
        f"{where}),"
        " marked AS (SELECT reports.*, CASE WHEN day_number IS NULL"
        f" OR LAG(day_number) OVER ({partition} ORDER BY day_number, event_id) IS NULL"
        f" OR day_number - LAG(day_number) OVER ({partition} ORDER BY day_number, event_id) > ?"
        " THEN 1 ELSE 0 END AS opens FROM reports),"
        f" grouped AS (SELECT marked.*, SUM(opens) OVER ({partition} ORDER BY day_number, event_id"
        " ROWS UNBOUNDED PRECEDING) AS run FROM marked),"
        " merged AS (SELECT story, type, place_key, run, MIN(report_day) AS first_day, MAX(report_day) AS last_day,"
        " COUNT(*) AS reports, COUNT(DISTINCT article_key) AS articles, MIN(killed) AS killed,"
        " MAX(killed) AS killed_max, MIN(injured) AS injured, MAX(injured) AS injured_max,"
        f" {dialect.joined.format('DISTINCT outlet')} AS outlets,"
        " MIN(event_id) AS first_event, SUM(undated) AS undated_reports"
        " FROM grouped GROUP BY story, type, place_key, run)"
    )

def read_merged_events(execute: Callable[[str, list[object]], Any], dialect: str, query: EventQuery,
                       window_days: int = DEFAULT_WINDOW_DAYS, offset: int = 0) -> list[MergedEventRow]:
    """Run :func:`merged_events_sql` with a store's ``execute`` (its dialect named ``sqlite`` or ``postgres``).

    A page merges only the newest reports it needs, not every matching one: from the day of the
    ``SLICE_REPORTS``·(offset + limit)-th newest matching report (found in the ``events_list`` index), widened
    fourfold until the slice holds the page. Exact: a merged event whose first day is in the slice has all its
    reports within it (they follow each other by at most ``window_days``, and the slice reaches that far back),
    and one that began earlier is merged with an earlier report, so it is left out (docs/scale.md)."""
    raw = _sliced_rows(execute, DIALECTS[dialect], query, window_days, offset)
    if raw is None:
        sql = merged_events_sql(query, DIALECTS[dialect], window_days, offset)
        raw = execute(sql.text, sql.params).fetchall()
    return [merged_row(r) for r in raw]


SLICE_REPORTS = 2  # reports looked at per merged event wanted, at first


def _sliced_rows(execute: Callable[[str, list[object]], Any], dialect: Dialect, query: EventQuery,
                 window_days: int, offset: int) -> list[Any] | None:
    """The page's rows merged from a slice of the newest reports; None when no slice is smaller than all."""
    if query.limit is None:
        return None
    wanted = offset + query.limit
    reports = SLICE_REPORTS * wanted
    where = event_where(query)
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    with_day = f"{where.text} AND e.day IS NOT NULL" if where.text else " WHERE e.day IS NOT NULL"
    while True:
        found = execute(f"SELECT e.day FROM events e{joined}{with_day} ORDER BY e.day DESC, e.id DESC LIMIT 1 OFFSET ?",
                        [*where.params, reports]).fetchall()
        if not found:
            return None  # fewer matching reports than that: merge them all
        cutoff = as_date(found[0][0])
        assert cutoff is not None
        page = dataclasses.replace(query, limit=wanted)
        sql = merged_events_sql(page, dialect, window_days, 0, from_day=cutoff)
        rows = execute(sql.text, sql.params).fetchall()
        dated = sum(1 for r in rows if r[38] is not None)
        # undated merged events (all in every slice) come first in PostgreSQL's order: the page is the slice's
        # first rows once it holds enough; they come last in SQLite's: enough dated ones are needed
        if (len(rows) if dialect.nulls_first else dated) >= wanted:
            return rows[offset:]
        reports *= 4


def merged_row(r: Any) -> MergedEventRow:
    """A :class:`MergedEventRow` from a row of :func:`merged_events_sql`."""
    base = [*r[:2], as_text(r[2]), as_date(r[3]), as_date(r[38]) or as_date(r[4]), *r[5:20], r[31], r[33],
            *r[22:28],
            as_time(r[28])]
    outlets = tuple(sorted(o for o in str(r[37] or "").split(",") if o))
    report = dict(zip(_REPORT_FIELDS, base, strict=True))
    return MergedEventRow(**report, reports=int(r[29]), articles=int(r[30]), killed_max=r[32],
                          injured_max=r[34], last_day=as_date(r[35]), story=r[36], sources=outlets)
