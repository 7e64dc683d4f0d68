"""Watch and alert state in the store (migration ``0004_watch``): so a restarted ``wirewatch watch`` resumes.

Per feed: the validators of its last response (ETag, Last-Modified) for conditional requests, and its error
count and next allowed try (backoff). Per feed item: its key (GUID, else URL), so no item is fetched twice.
Per alert: its filters, webhook, and the highest event key already considered; each match is kept with its
delivery status, for the Atom feed, the API and the UI.

Mixed into :class:`~wirewatch.store.sql_store.SQLStore`; the SQL is written once for every backend.
"""

from __future__ import annotations

import datetime as dt
import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from wirewatch.store.queries import EVENT_COLUMNS, EventQuery, EventRow, event_where
from wirewatch.store.rows import as_date, as_text, as_time, utc_now


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of one watched feed."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_after: dt.datetime | None = None  # no request before this time (backoff after errors)
    last_status: str | None = None


@dataclass(frozen=True)
class AlertFilters:
    """Which events an alert matches: every given filter must hold."""

    types: tuple[str, ...] = ()
    country: str | None = None
    actor: str | None = None
    q: str | None = None  # part of the evidence text
    min_killed: int | None = None

    def event_query(self) -> EventQuery:
        return EventQuery(types=self.types, country=self.country, actor=self.actor, text=self.q, limit=None)

    def as_json(self) -> str:
        return json.dumps({"types": list(self.types), "country": self.country, "actor": self.actor, "q": self.q,
                           "min_killed": self.min_killed})

    @classmethod
    def from_json(cls, text: str) -> AlertFilters:
        data = json.loads(text)
        return cls(types=tuple(data.get("types") or ()), country=data.get("country"), actor=data.get("actor"),
                   q=data.get("q"), min_killed=data.get("min_killed"))


@dataclass(frozen=True)
class Alert:
    """A saved query that notifies: matching events (and, with ``due_within_days``, deadlines due soon)."""

    name: str
    filters: AlertFilters = field(default_factory=AlertFilters)
    webhook: str | None = None
    secret: str | None = None
    due_within_days: int | None = None
    last_event_key: int = 0
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class AlertMatch:
    """One event (``event:<key>``) or deadline (``deadline:<id>``) an alert matched, as delivered."""

    alert: str
    key: str
    summary: dict[str, Any]
    matched_at: dt.datetime
    delivered: str | None  # "sent", "failed: …", or None without a webhook


_ALERT_COLUMNS = "name, filters, webhook, secret, due_within_days, last_event_key, created_at"


def _alert(row: Sequence[Any]) -> Alert:
    return Alert(name=row[0], filters=AlertFilters.from_json(row[1]), webhook=row[2], secret=row[3],
                 due_within_days=row[4], last_event_key=int(row[5]), created_at=as_time(row[6]))


class WatchTables(ABC):
    """Feed state, seen items, alerts and their matches over the store's tables."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]: ...

    # -- feeds -------------------------------------------------------------------------------------------
    def feed_state(self, url: str) -> FeedState:
        row = self._execute("SELECT url, etag, last_modified, failures, retry_after, last_status FROM watch_feeds"
                            " WHERE url = ?", (url,)).fetchone()
        if row is None:
            return FeedState(url)
        return FeedState(row[0], row[1], row[2], int(row[3]), as_time(row[4]), row[5])

    def save_feed_state(self, state: FeedState) -> None:
        with self.transaction():
            self._execute("DELETE FROM watch_feeds WHERE url = ?", (state.url,))
            self._execute("INSERT INTO watch_feeds (url, etag, last_modified, failures, retry_after, last_status,"
                          " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (state.url, state.etag, state.last_modified, state.failures,
                           state.retry_after.isoformat() if state.retry_after else None, state.last_status,
                           utc_now().isoformat()))

    def seen_items(self, keys: Sequence[str], links: Sequence[str]) -> set[str]:
        """The keys of ``keys`` and the links of ``links`` already marked as seen (an item seen in one feed under
        one GUID is seen when another feed lists its link)."""
        seen: set[str] = set()
        for column, values in (("item_key", list(keys)), ("link", list(links))):
            for start in range(0, len(values), 400):
                chunk = values[start:start + 400]
                marks = ", ".join("?" for _ in chunk)
                rows = self._execute(f"SELECT {column} FROM watch_items WHERE {column} IN ({marks})", chunk)
                seen.update(r[0] for r in rows.fetchall())
        return seen

    def mark_items_seen(self, feed_url: str, items: Sequence[tuple[str, str | None]]) -> None:
        """Record ``(key, link)`` items of ``feed_url`` as seen (keys already recorded are kept)."""
        now = utc_now().isoformat()
        with self.transaction():
            for key, link in items:
                self._execute("INSERT INTO watch_items (item_key, feed_url, link, seen_at) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (item_key) DO NOTHING", (key, feed_url, link, now))

    # -- alerts ------------------------------------------------------------------------------------------
    def add_alert(self, alert: Alert) -> None:
        """Save ``alert`` (replacing one of the same name); it matches events stored from now on."""
        top = self._execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
        with self.transaction():
            self._execute("DELETE FROM alerts WHERE name = ?", (alert.name,))
            self._execute(f"INSERT INTO alerts ({_ALERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (alert.name, alert.filters.as_json(), alert.webhook, alert.secret, alert.due_within_days,
                           int(top), utc_now().isoformat()))

    def alerts(self) -> list[Alert]:
        return [_alert(r) for r in self._execute(f"SELECT {_ALERT_COLUMNS} FROM alerts ORDER BY name").fetchall()]

    def alert(self, name: str) -> Alert | None:
        row = self._execute(f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE name = ?", (name,)).fetchone()
        return None if row is None else _alert(row)

    def remove_alert(self, name: str) -> bool:
        with self.transaction():
            found = self._execute("SELECT 1 FROM alerts WHERE name = ?", (name,)).fetchone() is not None
            self._execute("DELETE FROM alert_matches WHERE alert_name = ?", (name,))
            self._execute("DELETE FROM alerts WHERE name = ?", (name,))
        return found

    def events_matching(self, filters: AlertFilters, *, after_key: int = 0, limit: int | None = None,
                        newest_first: bool = False) -> list[EventRow]:
        """Events matching ``filters`` with a key above ``after_key``, in the order they were stored (the latest
        first with ``newest_first``)."""
        where = event_where(filters.event_query())
        clauses = [where.text.removeprefix(" WHERE ")] if where.text else []
        params = list(where.params)
        clauses.append("e.id > ?")
        params.append(after_key)
        if filters.min_killed is not None:
            clauses.append("e.killed >= ?")
            params.append(filters.min_killed)
        sql = (f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE {' AND '.join(clauses)} ORDER BY e.id{' DESC' if newest_first else ''}")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [EventRow(*[*r[:2], as_text(r[2]), as_date(r[3]), as_date(r[4]), *r[5:28], as_time(r[28])])
                for r in self._execute(sql, params).fetchall()]

    def deliveries(self, name: str, keys: Sequence[str]) -> dict[str, str | None]:
        """For each key of ``keys`` already alerted by ``name``: what its webhook delivery came to."""
        found: dict[str, str | None] = {}
        for start in range(0, len(keys), 400):
            chunk = list(keys[start:start + 400])
            marks = ", ".join("?" for _ in chunk)
            rows = self._execute(f"SELECT match_key, delivered FROM alert_matches WHERE alert_name = ?"
                                 f" AND match_key IN ({marks})", [name, *chunk]).fetchall()
            found.update((r[0], r[1]) for r in rows)
        return found

    def record_matches(self, name: str, matches: Sequence[AlertMatch], last_event_key: int | None) -> None:
        """Record delivered ``matches`` of alert ``name`` and move its high-water mark, in one transaction."""
        with self.transaction():
            for match in matches:
                self._execute("INSERT INTO alert_matches (alert_name, match_key, summary, matched_at, delivered)"
                              " VALUES (?, ?, ?, ?, ?) ON CONFLICT (alert_name, match_key) DO NOTHING",
                              (name, match.key, json.dumps(match.summary, ensure_ascii=False),
                               match.matched_at.isoformat(), match.delivered))
            if last_event_key is not None:
                self._execute("UPDATE alerts SET last_event_key = ? WHERE name = ? AND last_event_key < ?",
                              (last_event_key, name, last_event_key))

    def alert_matches(self, name: str, *, limit: int = 50) -> list[AlertMatch]:
        """The latest matches alert ``name`` has alerted (its delivery log), newest first."""
        rows = self._execute("SELECT alert_name, match_key, summary, matched_at, delivered FROM alert_matches"
                             " WHERE alert_name = ?"
                             " ORDER BY matched_at DESC, LENGTH(match_key) DESC, match_key DESC LIMIT ?",
                             (name, limit)).fetchall()
        return [AlertMatch(r[0], r[1], json.loads(r[2]), as_time(r[3]) or utc_now(), r[4]) for r in rows]
