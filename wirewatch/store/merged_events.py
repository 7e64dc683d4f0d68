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


DIALECTS = {
    "sqlite": Dialect(day_number="julianday({})", joined="GROUP_CONCAT({})"),
    "postgres": Dialect(day_number="({} - DATE '1970-01-01')", joined="STRING_AGG({}, ',')"),
}


def merged_events_sql(query: EventQuery, dialect: Dialect, window_days: int = DEFAULT_WINDOW_DAYS,
                      offset: int = 0) -> SQL:
    """Merged events, newest first, ``query.limit`` of them from ``offset``."""
    where = event_where(query)
    day = "COALESCE(e.day, a.published)"
    number = dialect.day_number.format(day)
    partition = "PARTITION BY story, type, place_key"
    text = (
        "WITH reports AS ("
        f" SELECT e.id AS event_id, e.type AS type, {day} AS report_day, {number} AS day_number,"
        " COALESCE(s.story_id, 'article-' || CAST(a.id AS TEXT)) AS story, COALESCE(e.place_country, '') AS place_key,"
        " e.killed AS killed, e.injured AS injured, a.id AS article_key, COALESCE(a.source, a.url, a.ext_id) AS outlet"
        f" FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN story_articles s ON s.article_id = a.id"
        f"{where.text}),"
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
        " MIN(event_id) AS first_event FROM grouped GROUP BY story, type, place_key, run)"
        f" SELECT {EVENT_COLUMNS}, m.reports, m.articles, m.killed, m.killed_max, m.injured, m.injured_max,"
        " m.last_day, m.story, m.outlets, m.first_day"
        " FROM merged m JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id"
        " ORDER BY m.first_day DESC, e.id DESC"
    )
    sql = SQL(text, [*where.params, window_days])
    if query.limit is not None:
        sql.text += " LIMIT ? OFFSET ?"
        sql.params += [int(query.limit), int(offset)]
    return sql


def read_merged_events(execute: Callable[[str, list[object]], Any], dialect: str, query: EventQuery,
                       window_days: int = DEFAULT_WINDOW_DAYS, offset: int = 0) -> list[MergedEventRow]:
    """Run :func:`merged_events_sql` with a store's ``execute`` (its dialect named ``sqlite`` or ``postgres``)."""
    sql = merged_events_sql(query, DIALECTS[dialect], window_days, offset)
    rows = []
    for r in execute(sql.text, sql.params).fetchall():
        base = [*r[:2], as_text(r[2]), as_date(r[3]), as_date(r[38]) or as_date(r[4]), *r[5:20], r[31], r[33],
                *r[22:28],
                as_time(r[28])]
        outlets = tuple(sorted(o for o in str(r[37] or "").split(",") if o))
        report = dict(zip(_REPORT_FIELDS, base, strict=True))
        rows.append(MergedEventRow(**report, reports=int(r[29]), articles=int(r[30]), killed_max=r[32],
                                   injured_max=r[34], last_day=as_date(r[35]), story=r[36], sources=outlets))
    return rows
