"""An alert's matches as an Atom 1.0 feed (RFC 4287), newest first, built with the standard library."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote
from xml.etree import ElementTree as ET

from wirewatch.alerts.summary import title_of
from wirewatch.store.watch_tables import AlertMatch

ATOM = "http://www.w3.org/2005/Atom"


def article_page(base_url: str, article_id: str) -> str:
    """The web UI's page of an article."""
    return f"{base_url.rstrip('/')}/#/article?id={quote(article_id, safe='')}"


def atom_feed(name: str, matches: list[AlertMatch], base_url: str, *, updated: dt.datetime | None = None) -> bytes:
    """The feed of alert ``name``: one entry per match (type, actors, toll, evidence, a link to the article)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ordered = sorted(matches, key=_newest, reverse=True)
    stamp = updated or (ordered[0].matched_at if ordered else dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    _text(feed, "id", f"urn:wirewatch:alert:{quote(name, safe='')}")
    _text(feed, "title", f"wirewatch alert: {name}")
    _text(feed, "updated", _time(stamp))
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = "wirewatch"
    for match in ordered:
        summary = match.summary
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:wirewatch:alert:{quote(name, safe='')}:{quote(match.key, safe='')}")
        _text(entry, "title", title_of(summary))
        _text(entry, "updated", _time(match.matched_at))
        if summary.get("article"):
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate",
                          href=article_page(base_url, str(summary["article"])))
        if summary.get("url"):
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="via", href=str(summary["url"]))
        _text(entry, "summary", _content(summary))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _newest(match: AlertMatch) -> tuple[dt.datetime, int, str]:
    """Matched later first; within one check, the later-stored event (higher key) first."""
    suffix = match.key.rsplit(":", 1)[-1]
    return match.matched_at, int(suffix) if suffix.isdigit() else 0, match.key


def _content(summary: dict[str, object]) -> str:
    lines = [f"{label}: {summary[key]}" for key, label in (
        ("type", "Type"), ("day", "Day"), ("source", "Source"), ("target", "Target"), ("place", "Place"),
        ("killed", "Killed"), ("injured", "Injured"), ("condition", "Condition"), ("outlet", "Outlet"))
        if summary.get(key) not in (None, "")]
    lines.append(f"Evidence: {summary.get('evidence') or ''}")
    return "\n".join(lines)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _time(value: dt.datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
