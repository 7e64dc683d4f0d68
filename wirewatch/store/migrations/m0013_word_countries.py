"""The months in which an evidence word is found in events involving a country, so that a page of the event list
with a text filter and a country reads only those months (docs/scale.md).

``event_word_countries`` (PostgreSQL): a row per (word, country, month) — ``word`` as in ``event_word_days``
(migration 0012), ``country`` each country the event involves (place, target or source; once an event), ``month``
as the month words of 0010 write it (``202512``; ``''`` undated) — with its number of events. A text filter's page
with a country walks, newest first, only the months where one of the fragment's words meets the country
(:mod:`wirewatch.store.pg_text_pages`), instead of every month of the store. Kept by the store as it writes, in the
statement after the word counter's (:mod:`wirewatch.store.word_counts`); an existing store is counted here. SQLite
keeps its scan: the migration is recorded and does nothing there.
"""

from __future__ import annotations

from wirewatch.store.migrations.m0012_word_counts import EVENT_WORDS

NAME = "0013_word_countries"

# an event's countries, each once (the empty and missing ones left out), and its month as 0010's words write it
EVENT_COUNTRIES = ("ARRAY(SELECT DISTINCT c FROM unnest(ARRAY[{place}, {target}, {source}]) AS c"
                   " WHERE c IS NOT NULL AND c <> '')")
EVENT_MONTH = "COALESCE((EXTRACT(YEAR FROM day) * 100 + EXTRACT(MONTH FROM day))::INTEGER::TEXT, '')"
WORD_COUNTRIES_BACKFILL = (
    "INSERT INTO event_word_countries (word, country, month, events)"
    f" SELECT w, c, {EVENT_MONTH}, COUNT(*) FROM events, unnest({EVENT_WORDS}) AS w,"
    f" unnest({EVENT_COUNTRIES.format(place='place_country', target='target_country', source='source_country')})"
    f" AS c GROUP BY w, c, {EVENT_MONTH} ORDER BY 1, 2, 3")


def word_countries_backfill(dialect: str) -> list[str]:
    """The statements counting the stored events into the (empty) table (PostgreSQL; none on SQLite)."""
    return [WORD_COUNTRIES_BACKFILL] if dialect == "postgres" else []


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return ["CREATE TABLE event_word_countries (word TEXT NOT NULL, country TEXT NOT NULL, month TEXT NOT NULL,"
            " events BIGINT NOT NULL)",
            "SET LOCAL work_mem = '256MB'",  # the backfill's grouping and sort (this transaction only)
            "SET LOCAL maintenance_work_mem = '512MB'",
            WORD_COUNTRIES_BACKFILL,
            "ALTER TABLE event_word_countries ADD PRIMARY KEY (word, country, month)",
            "ANALYZE event_word_countries"]
