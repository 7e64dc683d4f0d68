"""Alerts: saved queries over the store that notify — an Atom feed of matching events, and a webhook that
receives one signed JSON POST per new match (see docs/watch.md)."""

from wirewatch.alerts.atom import atom_feed
from wirewatch.alerts.check import AlertRun, check_alerts
from wirewatch.alerts.matches import current_matches
from wirewatch.alerts.summary import deadline_summary, event_summary
from wirewatch.alerts.webhook import SIGNATURE_HEADER, Webhook, WebhookError, sign, verify

__all__ = ["SIGNATURE_HEADER", "AlertRun", "Webhook", "WebhookError", "atom_feed", "check_alerts",
           "current_matches", "deadline_summary", "event_summary", "sign", "verify"]
