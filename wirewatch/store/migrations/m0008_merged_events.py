"""Events merged by story, stored (``wirewatch.store.merged_table``): ``merged_events`` holds one row per merged
event — its first report's key, story, type, place key, first and last day, counts, tolls and outlets — kept by
the store as articles are saved and placed in stories. ``merged_events_list (first_day DESC, first_event DESC)``
is the merged list's order, ``merged_events_type_list`` the same by type, ``merged_events_story`` serves the
story filter and the refresh of a story's rows. ``event_map_countries (country, events)`` counts the whole store's
events by map country (kept with the day counters, ``wirewatch.store.event_rollups``): the map of ``/stats``
without a day range reads some forty rows, not 44,000 day counters.

An existing store is brought up to date by the migration itself (one pass merging every report); a bulk load
that writes the events' table directly runs the same statements after it.
"""

from __future__ import annotations

from wirewatch.store.merged_table import COLUMNS_0008, merged_backfill

NAME = "0008_merged_events"

_TYPES = {"sqlite": {"key": "INTEGER", "date": "TEXT"}, "postgres": {"key": "BIGINT", "date": "DATE"}}


def statements(dialect: str) -> list[str]:
    types = _TYPES[dialect]
    return [
        f"CREATE TABLE merged_events (first_event {types['key']} PRIMARY KEY, story TEXT NOT NULL,"
        f" type TEXT NOT NULL, place_key TEXT NOT NULL, first_day {types['date']}, last_day {types['date']},"
        " reports INTEGER NOT NULL, articles INTEGER NOT NULL, killed INTEGER, killed_max INTEGER, injured INTEGER,"
        " injured_max INTEGER, outlets TEXT)",
        *merged_backfill(dialect, COLUMNS_0008),
        "CREATE INDEX merged_events_list ON merged_events (first_day DESC, first_event DESC)",
        "CREATE INDEX merged_events_type_list ON merged_events (type, first_day DESC, first_event DESC)",
        "CREATE INDEX merged_events_story ON merged_events (story)",
        "CREATE TABLE event_map_countries (country TEXT PRIMARY KEY, events BIGINT NOT NULL)",
        *map_countries_backfill(),
    ]


def map_countries_backfill() -> list[str]:
    """The whole store's events by map country (``''``: none), from the day counters of migration 0006."""
    return ["DELETE FROM event_map_countries",
            "INSERT INTO event_map_countries (country, events) SELECT country, SUM(events) FROM event_day_countries"
            " GROUP BY country ORDER BY country"]
