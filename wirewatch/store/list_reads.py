"""The lists and counts the API and UI show, each one SQL query on every backend: articles by id and as a filtered
page, events (also merged by story), quotes and entities as filtered pages, the timeline and map counts and the
places of the matching events.

Mixed into :class:`~wirewatch.store.sql_store.SQLStore`; filters are :class:`~wirewatch.store.EventQuery`'s
(:func:`~wirewatch.store.queries.event_where`), pages are ``LIMIT``/``OFFSET``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from wirewatch.store.base import StoredArticle
from wirewatch.store.country_rollups import country_rollup_counts, events_map_counts
from wirewatch.store.event_rollups import rollup_counts
from wirewatch.store.list_queries import ArticleQuery, ArticleSummary, EventCounts, PlaceCount, timeline_of
from wirewatch.store.merged_events import DEFAULT_WINDOW_DAYS, MergedEventRow
from wirewatch.store.merged_table import read_merged
from wirewatch.store.queries import (
    SQL,
    EntityQuery,
    EntityRow,
    EventQuery,
    EventRow,
    QuoteQuery,
    QuoteRow,
    entities_sql,
    event_where,
    events_sql,
    quotes_sql,
)
from wirewatch.store.rows import ARTICLE_COLUMNS, as_date, as_text, as_time, escape_like, stored_article

# where an event is drawn on the map: its place's country, else its target's, else its source's
_MAP_COUNTRY = "COALESCE(NULLIF(e.place_country, ''), NULLIF(e.target_country, ''), NULLIF(e.source_country, ''))"
_EVENTS_FROM = " FROM events e JOIN articles a ON a.id = e.article_id"


def event_row(r: Sequence[Any]) -> EventRow:
    """An :class:`EventRow` from the columns of :data:`~wirewatch.store.queries.EVENT_COLUMNS`."""
    return EventRow(*[*r[:2], as_text(r[2]), as_date(r[3]), as_date(r[4]), *r[5:28], as_time(r[28])])


def _and(where: SQL, clause: str, params: Sequence[object] = ()) -> SQL:
    joined = f"{where.text} AND {clause}" if where.text else f" WHERE {clause}"
    return SQL(joined, [*where.params, *params])


def _paged(sql: SQL, limit: int | None, offset: int) -> SQL:
    if limit is not None:
        sql.text += " LIMIT ? OFFSET ?"
        sql.params += [int(limit), int(offset)]
    elif offset:
        raise ValueError("an offset needs a limit")
    return sql


class ListReads(ABC):
    like: str
    dialect: str

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any: ...

    def _rows(self, sql: SQL) -> list[Any]:
        return list(self._execute(sql.text, sql.params).fetchall())

    # -- articles ------------------------------------------------------------------------------------------
    def article(self, article_id: str) -> StoredArticle | None:
        """The stored article with this id (the latest stored, should two share it)."""
        rows = self._rows(SQL(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE ext_id = ? ORDER BY id DESC LIMIT 1",
                              [article_id]))
        return stored_article(rows[0]) if rows else None

    def article_summaries(self, query: ArticleQuery) -> list[ArticleSummary]:
        """Articles without their text, newest publication first (undated last), then latest stored first."""
        clauses: list[str] = []
        params: list[object] = []
        if query.lang:
            clauses.append("lang = ?")
            params.append(query.lang)
        if query.title:
            clauses.append(f"title {self.like} ? ESCAPE '\\'")
            params.append(f"%{escape_like(query.title)}%")
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        sql = SQL("SELECT id, ext_id, title, url, lang, published, source, LENGTH(text) FROM articles"
                  f"{where} ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id DESC", params)
        return [ArticleSummary(int(r[0]), r[1], r[2], as_text(r[3]), r[4], as_date(r[5]), r[6], int(r[7]))
                for r in self._rows(_paged(sql, query.limit, query.offset))]

    # -- filtered pages ------------------------------------------------------------------------------------
    def events(self, query: EventQuery, *, offset: int = 0) -> list[EventRow]:
        sql = self._events_page(query, offset)
        return [event_row(r) for r in self._execute(sql.text, sql.params).fetchall()]

    def _events_page(self, query: EventQuery, offset: int) -> SQL:
        """The SQL of a page of events (a backend may read some filters from indexes of its own)."""
        return events_sql(query, offset)

    def merged_events(self, query: EventQuery, window_days: int = DEFAULT_WINDOW_DAYS,
                      offset: int = 0) -> list[MergedEventRow]:
        """Events merged by story (one row per real-world event), newest first, filtered and paged in SQL (a page
        of the stored merged events when they answer the query)."""
        return read_merged(self._execute, self.dialect, query, window_days, offset)

    def quotes(self, query: QuoteQuery, *, offset: int = 0) -> list[QuoteRow]:
        sql = quotes_sql(query, self.like, offset)
        return [
            QuoteRow(r[0], r[1], as_date(r[2]), r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10])
            for r in self._execute(sql.text, sql.params).fetchall()
        ]

    def entities(self, query: EntityQuery, *, offset: int = 0) -> list[EntityRow]:
        sql = entities_sql(query, self.like, offset)
        return [EntityRow(*[*r[:6], int(r[6]), int(r[7])]) for r in self._execute(sql.text, sql.params).fetchall()]

    # -- events: counts and places ------------------------------------------------------------------------
    def count_events(self, query: EventQuery) -> int:
        where = event_where(query)
        return int(self._rows(SQL(f"SELECT COUNT(*){_EVENTS_FROM}{where.text}", where.params))[0][0])

    def event_counts(self, query: EventQuery) -> EventCounts:
        """The timeline, map and type counts of the events ``query`` selects (its limit is ignored): from the day
        counters when it filters by days alone, else counted."""
        counted = rollup_counts(self._execute, query) or country_rollup_counts(
            self._execute, query, events_map_counts(self._execute))
        if counted is not None:
            return counted
        where = event_where(query)
        dated = _and(where, "e.day IS NOT NULL")
        days = self._rows(SQL(f"SELECT e.day, e.type, COUNT(*){_EVENTS_FROM}{dated.text}"
                              " GROUP BY e.day, e.type ORDER BY e.day, e.type", dated.params))
        mapped = _and(where, f"{_MAP_COUNTRY} IS NOT NULL")
        countries = self._rows(SQL(f"SELECT {_MAP_COUNTRY}, COUNT(*){_EVENTS_FROM}{mapped.text}"
                                   f" GROUP BY {_MAP_COUNTRY} ORDER BY COUNT(*) DESC, {_MAP_COUNTRY}", mapped.params))
        types = self._rows(SQL(f"SELECT e.type, COUNT(*){_EVENTS_FROM}{where.text}"
                               " GROUP BY e.type ORDER BY COUNT(*) DESC, e.type", where.params))
        total = sum(int(r[1]) for r in types)
        day_counts = [(d, str(r[1]), int(r[2])) for r in days if (d := as_date(r[0])) is not None]
        return EventCounts(total=total, undated=total - sum(c[2] for c in day_counts), timeline=timeline_of(day_counts),
                           countries=[(r[0], int(r[1])) for r in countries], types=[(r[0], int(r[1])) for r in types])

    def event_places(self, query: EventQuery, *, offset: int = 0) -> list[PlaceCount]:
        """Places where the matching events happened, most events first (ties by name), ``query.limit`` of them
        from ``offset``."""
        where = _and(event_where(query), "e.place_name IS NOT NULL AND e.place_name <> ''")
        sql = SQL("SELECT e.place_name, e.place_country, e.lat, e.lon, COUNT(*), MAX(e.day)"
                  f"{_EVENTS_FROM}{where.text} GROUP BY e.place_name, e.place_country, e.lat, e.lon"
                  " ORDER BY COUNT(*) DESC, e.place_name, e.place_country, e.lat, e.lon", where.params)
        return [PlaceCount(r[0], r[1], r[2], r[3], int(r[4]), as_date(r[5]))
                for r in self._rows(_paged(sql, query.limit, offset))]
