"""Live watch and alerts (docs/watch.md): each feed's conditional-request state and backoff, the feed items
already seen (by GUID, else URL), saved alerts with their high-water mark, and the matches delivered."""

from __future__ import annotations

NAME = "0004_watch"

_SCHEMA = """
CREATE TABLE watch_feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    retry_after TEXT,
    last_status TEXT,
    checked_at TEXT
);
CREATE TABLE watch_items (
    item_key TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    link TEXT,
    seen_at TEXT NOT NULL
);
CREATE INDEX watch_items_link ON watch_items (link);
CREATE TABLE alerts (
    name TEXT PRIMARY KEY,
    filters TEXT NOT NULL,
    webhook TEXT,
    secret TEXT,
    due_within_days INTEGER,
    last_event_key BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE alert_matches (
    alert_name TEXT NOT NULL REFERENCES alerts (name) ON DELETE CASCADE,
    match_key TEXT NOT NULL,
    summary TEXT NOT NULL,
    matched_at TEXT NOT NULL,
    delivered TEXT,
    PRIMARY KEY (alert_name, match_key)
);
CREATE INDEX alert_matches_recent ON alert_matches (alert_name, matched_at);
"""


def statements(dialect: str) -> list[str]:
    return [s.strip() for s in _SCHEMA.split(";") if s.strip()]
