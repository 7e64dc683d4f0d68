"""What an alert says about a match: a small JSON object, the webhook's body and the Atom entry's content."""

from __future__ import annotations

from typing import Any

from wirewatch.store import EventRow
from wirewatch.stories import Deadline


def _actor(name: str | None, country: str | None) -> str | None:
    if not name:
        return None
    return f"{name} ({country})" if country else name


def event_summary(alert: str, row: EventRow) -> dict[str, Any]:
    """One matching event: type, actors, toll, evidence and its article."""
    return {
        "kind": "event", "alert": alert, "event_key": row.event_key, "type": row.type, "mode": row.mode,
        "day": row.day.isoformat() if row.day else None,
        "source": _actor(row.source_name, row.source_country), "target": _actor(row.target_name, row.target_country),
        "place": _actor(row.place_name, row.place_country), "killed": row.killed, "injured": row.injured,
        "evidence": row.evidence, "article": row.article, "url": row.url, "outlet": row.source,
    }


def deadline_summary(alert: str, deadline: Deadline) -> dict[str, Any]:
    """One open deadline due soon: who demands what of whom, by when."""
    return {
        "kind": "deadline", "alert": alert, "deadline": deadline.id, "type": deadline.kind, "day": deadline.due,
        "source": _actor(deadline.issuer.name, deadline.issuer.country) if deadline.issuer else None,
        "target": _actor(deadline.target.name, deadline.target.country) if deadline.target else None,
        "condition": deadline.condition, "evidence": deadline.evidence, "article": deadline.article_id,
    }


def title_of(summary: dict[str, Any]) -> str:
    """``ASSAULT: drones → Kharkiv (UKR), 3 killed`` — one line for a feed reader."""
    actors = " → ".join(str(summary[k]) for k in ("source", "target") if summary.get(k)) or "unnamed actors"
    toll = f", {summary['killed']} killed" if summary.get("killed") else ""
    due = f", due {summary['day']}" if summary.get("kind") == "deadline" and summary.get("day") else ""
    return f"{summary.get('type')}: {actors}{toll}{due}"
