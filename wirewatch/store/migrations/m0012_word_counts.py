"""The events counted by evidence word, day, type and map country, so that the counts of a text filter (``GET
/api/events/stats?q=…``) read counters instead of each matching event's table page (docs/scale.md).

``event_word_days`` (PostgreSQL): a row per (word, day, type, map country) — ``word`` a lexeme of the evidence as
the word index of 0006 stores it (``to_tsvector('simple', …)``, each word once an event), ``day`` the ISO day or
``''`` (undated), ``map_country`` the first of the place's, the target's and the source's countries or ``''`` —
with its number of events: exactly the buckets ``/stats`` returns (the timeline by day and type, the map, the
types), for a fragment within words alone or with types and a day range (:mod:`wirewatch.store.word_counts`).
The store keeps it as it writes (each save adds its events' words and takes away those of the events it replaces,
in one statement, last, in key order); an existing store is counted here (at 10 million events: docs/scale.md).
SQLite keeps its scan (its counts are exact already): the migration is recorded and does nothing there.
"""

from __future__ import annotations

NAME = "0012_word_counts"

EVENT_WORDS = "tsvector_to_array(to_tsvector('simple', evidence_text))"  # an event's words, each once
EVENT_DAY = "COALESCE(CAST(day AS TEXT), '')"
MAP_COUNTRY = "COALESCE(NULLIF(place_country, ''), NULLIF(target_country, ''), NULLIF(source_country, ''), '')"
WORD_COUNTS_BACKFILL = (
    "INSERT INTO event_word_days (word, day, type, map_country, events)"
    f" SELECT w, {EVENT_DAY}, type, {MAP_COUNTRY}, COUNT(*) FROM events, unnest({EVENT_WORDS}) AS w"
    f" GROUP BY w, {EVENT_DAY}, type, {MAP_COUNTRY} ORDER BY 1, 2, 3, 4")  # a word's rows together in the table


def word_counts_backfill(dialect: str) -> list[str]:
    """The statements counting the stored events into the (empty) counter (PostgreSQL; none on SQLite)."""
    return [WORD_COUNTS_BACKFILL] if dialect == "postgres" else []


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return ["CREATE TABLE event_word_days (word TEXT NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL,"
            " map_country TEXT NOT NULL, events BIGINT NOT NULL)",
            "SET LOCAL work_mem = '256MB'",  # the backfill's grouping and sort (this transaction only)
            "SET LOCAL maintenance_work_mem = '512MB'",
            WORD_COUNTS_BACKFILL,
            # the key after the rows: one index build rather than an entry a row
            "ALTER TABLE event_word_days ADD PRIMARY KEY (word, day, type, map_country)",
            "ANALYZE event_word_days"]
