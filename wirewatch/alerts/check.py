"""Checking alerts after new articles are stored: each alert's new matching events (above its high-water mark)
and, for a deadline alert, open deadlines due within its days; each delivered to its webhook and recorded.

Run by ``wirewatch watch`` at the end of every round, so a matching event is alerted in the round that stored it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wirewatch.alerts.matches import deadline_query
from wirewatch.alerts.summary import deadline_summary, event_summary
from wirewatch.alerts.webhook import Webhook, WebhookError
from wirewatch.store.rows import utc_now
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import Alert, AlertMatch


@dataclass
class AlertRun:
    """Counts of one check: matches found, webhook POSTs delivered, and one line per failed delivery."""

    matched: int = 0
    delivered: int = 0
    failures: list[str] = field(default_factory=list)


def check_alerts(store: SQLStore, webhook: Webhook | None, *, today: dt.date | None = None) -> AlertRun:
    """Find, deliver and record the new matches of every alert."""
    run = AlertRun()
    for alert in store.alerts():
        if alert.due_within_days is not None:
            _check_deadlines(store, alert, webhook, today or dt.date.today(), run)
        else:
            _check_events(store, alert, webhook, run)
    return run


def _check_events(store: SQLStore, alert: Alert, webhook: Webhook | None, run: AlertRun) -> None:
    rows = store.events_matching(alert.filters, after_key=alert.last_event_key)
    if not rows:
        return
    summaries = {f"event:{row.event_key}": event_summary(alert.name, row) for row in rows}
    matches = _deliver(alert, summaries, webhook, run)
    store.record_matches(alert.name, matches, max(row.event_key for row in rows))


def _check_deadlines(store: SQLStore, alert: Alert, webhook: Webhook | None, today: dt.date, run: AlertRun) -> None:
    due = store.deadlines(deadline_query(alert, today))
    summaries = {f"deadline:{row.deadline.id}": deadline_summary(alert.name, row.deadline) for row in due}
    fresh = set(summaries) - set(store.deliveries(alert.name, list(summaries)))
    if fresh:
        store.record_matches(alert.name, _deliver(alert, {k: summaries[k] for k in sorted(fresh)}, webhook, run),
                             None)


def _deliver(alert: Alert, summaries: dict[str, dict[str, object]], webhook: Webhook | None,
             run: AlertRun) -> list[AlertMatch]:
    matches = []
    for key, summary in summaries.items():
        status = None
        if alert.webhook and webhook is not None:
            try:
                webhook.post(alert.webhook, summary, alert.secret)
                status = "sent"
                run.delivered += 1
            except WebhookError as error:
                status = f"failed: {error}"
                run.failures.append(f"alert {alert.name}: {error}")
        run.matched += 1
        matches.append(AlertMatch(alert.name, key, summary, utc_now(), status))
    return matches
