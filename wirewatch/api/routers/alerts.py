"""Alerts: the saved alerts with their latest matches, and each alert's matches as an Atom feed."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from wirewatch.alerts.atom import atom_feed
from wirewatch.alerts.matches import current_matches
from wirewatch.api.access import StoreDep, allow_read, held
from wirewatch.store.sql_store import SQLStore

router = APIRouter(prefix="/api/alerts", tags=["alerts"], dependencies=[Depends(allow_read)])

LATEST = 10  # matches shown per alert in the list


class AlertMatchOut(BaseModel):
    key: str = Field(description="event:<key> or deadline:<id>.")
    matched_at: str = Field(description="When the event's article was stored (a deadline: the day it was issued).")
    delivered: str | None = Field(description="sent or failed: … once alerted to a webhook; else null.")
    summary: dict[str, Any] = Field(description="Type, actors, toll, evidence and article of the match.")


class AlertOut(BaseModel):
    """A saved alert (its webhook's URL and secret are not shown)."""

    name: str
    filters: dict[str, Any]
    due_within_days: int | None
    webhook: bool
    signed: bool
    latest: list[AlertMatchOut]


class AlertListOut(BaseModel):
    items: list[AlertOut]


@router.get("", response_model=AlertListOut, summary="Saved alerts and their latest matches")
def list_alerts(store: StoreDep) -> AlertListOut:
    items = []
    with held(store) as inner:
        if not isinstance(inner, SQLStore):
            return AlertListOut(items=[])
        for alert in inner.alerts():
            latest = [AlertMatchOut(key=m.key, matched_at=m.matched_at.isoformat(), delivered=m.delivered,
                                    summary=m.summary) for m in current_matches(inner, alert, limit=LATEST)]
            filters = json.loads(alert.filters.as_json())
            items.append(AlertOut(name=alert.name, filters=filters, due_within_days=alert.due_within_days,
                                  webhook=bool(alert.webhook), signed=bool(alert.secret), latest=latest))
    return AlertListOut(items=items)


@router.get("/{name}.atom", summary="An alert's matches as an Atom feed, newest first",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def alert_feed(name: str, request: Request, store: StoreDep) -> Response:
    with held(store) as inner:
        alert = inner.alert(name) if isinstance(inner, SQLStore) else None
        if alert is None or not isinstance(inner, SQLStore):
            raise HTTPException(404, f"no alert named {name!r}")
        matches = current_matches(inner, alert, limit=50)
    body = atom_feed(name, matches, str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
