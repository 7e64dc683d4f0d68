"""Merged events by day range from the stored ones (``wirewatch.store.merged_ranges``, docs/scale.md).

A day range selects reports, so the list merged by story with ``since`` / ``until`` was merged per request from
a slice of the newest reports and the window before it (a week's page at 10 million events: 36,000 reports, over
a second). A stored merged event keeps its key (first day, lowest report key) and stays whole under a range that
holds its first day when every report of it has a day of its own (a day filter drops the others) and its lowest
key is on its first day. ``merged_events.range_shifts`` is 0 for those, 1 when the lowest key is on a later day
(a range keeps the first day, and the merged event whole), 2 when a report has no day of its own (a range may
split it, or begin it later): 8% at 10M events. The store writes it with each merged event
(``wirewatch.store.merged_table``). ``merged_events_shifting`` lists the others by first day, and
``merged_events_span`` the merged events by their length in days (its last entry bounds how far before a range a
merged event reaching into it can begin).

An existing store is brought up to date by the migration itself: the merged events whose lowest key is not on
their first day are marked 1, then those holding a report without a day of its own (found from those reports: their
story, type, place and article's day) 2.
"""

from __future__ import annotations

from wirewatch.store.merged_ranges import SPAN

NAME = "0011_merged_ranges"

_STORY = {dialect: "COALESCE(s.story_id, 'article-' || CAST(a.id AS TEXT))" for dialect in ("sqlite", "postgres")}


def statements(dialect: str) -> list[str]:
    columns = "(first_day) INCLUDE (last_day)" if dialect == "postgres" else "(first_day, last_day)"
    return [
        "ALTER TABLE merged_events ADD COLUMN range_shifts INTEGER NOT NULL DEFAULT 0",
        "UPDATE merged_events SET range_shifts = 1 WHERE NOT EXISTS (SELECT 1 FROM events x"
        " WHERE x.id = merged_events.first_event AND x.day = merged_events.first_day)",
        # from the undated reports (2% of the events) to their merged events, not the reverse
        "UPDATE merged_events SET range_shifts = 2 WHERE first_event IN (SELECT m.first_event FROM"
        f" (SELECT {_STORY[dialect]} AS story, e.type AS type, COALESCE(e.place_country, '') AS place_key,"
        " a.published AS day FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN story_articles s ON s.article_id = a.id WHERE e.day IS NULL) u"
        " JOIN merged_events m ON m.story = u.story AND m.type = u.type AND m.place_key = u.place_key"
        " AND u.day BETWEEN m.first_day AND m.last_day)",
        f"CREATE INDEX merged_events_shifting ON merged_events {columns} WHERE range_shifts > 0",
        f"CREATE INDEX merged_events_span ON merged_events ({SPAN[dialect]})",
    ]
