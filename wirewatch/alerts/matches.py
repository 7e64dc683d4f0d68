"""What an alert matches now: the latest matching events in the store (or, for a deadline alert, the open
deadlines due within its days), each with its webhook delivery status when it was alerted. The Atom feed, the
API and the UI show these; :mod:`wirewatch.alerts.check` alerts the new ones."""

from __future__ import annotations

import datetime as dt

from wirewatch.alerts.summary import deadline_summary, event_summary
from wirewatch.store import DeadlineQuery
from wirewatch.store.rows import utc_now
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import Alert, AlertMatch


def deadline_query(alert: Alert, today: dt.date, limit: int | None = None) -> DeadlineQuery:
    """Open deadlines due from ``today`` to ``alert.due_within_days`` days later, by the alert's actor."""
    return DeadlineQuery(status="open", actor=alert.filters.actor, due_from=today,
                         due_until=today + dt.timedelta(days=alert.due_within_days or 0), as_of=today, limit=limit)


def current_matches(store: SQLStore, alert: Alert, *, today: dt.date | None = None,
                    limit: int = 50) -> list[AlertMatch]:
    """The alert's latest matches, newest first (events by the time their article was stored)."""
    found: list[tuple[str, dict[str, object], dt.datetime]] = []
    if alert.due_within_days is not None:
        for row in store.deadlines(deadline_query(alert, today or dt.date.today(), limit)):
            issued = row.deadline.issued
            found.append((f"deadline:{row.deadline.id}", deadline_summary(alert.name, row.deadline),
                          dt.datetime(issued.year, issued.month, issued.day, tzinfo=dt.UTC) if issued else utc_now()))
    else:
        for event in store.events_matching(alert.filters, limit=limit, newest_first=True):
            found.append((f"event:{event.event_key}", event_summary(alert.name, event), event.added or utc_now()))
    delivered = store.deliveries(alert.name, [key for key, _, _ in found])
    return [AlertMatch(alert.name, key, summary, when, delivered.get(key)) for key, summary, when in found]
