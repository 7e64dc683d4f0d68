"""Indexes for the event list at millions of events (docs/scale.md): pages newest first read in index order,
deep pages and filters on type, countries and box from the index alone, text and actor searches by trigram.

``events_list`` is the page order (``day DESC, id DESC``); on PostgreSQL it carries the columns the common filters
test (``INCLUDE``), so that a filtered or deep page is an index-only scan. ``(type, day, id)`` (with the countries,
on PostgreSQL) replaces ``(type, day)`` (a type's page in order, with ties), ``(lat, lon)`` serves small boxes.
PostgreSQL also gets trigram indexes (``pg_trgm``, a trusted extension: the database owner may create it) for
the case-insensitive substring filters on the evidence text and the actors' names; SQLite scans for those, as before.
"""

from __future__ import annotations

NAME = "0005_event_list"

_COMMON = [
    "DROP INDEX IF EXISTS events_day",
    "DROP INDEX IF EXISTS events_type_day",
    "CREATE INDEX events_lat_lon ON events (lat, lon)",
]
_SQLITE = ["CREATE INDEX events_list ON events (day DESC, id DESC)",
           "CREATE INDEX events_type_list ON events (type, day DESC, id DESC)"]
_POSTGRES = [
    "CREATE INDEX events_list ON events (day DESC, id DESC)"
    " INCLUDE (type, source_country, target_country, place_country, lat, lon, article_id)",
    "CREATE INDEX events_type_list ON events (type, day DESC, id DESC)"
    " INCLUDE (source_country, target_country, place_country, article_id)",
    # a role that may not create the extension keeps a working store, without the trigram indexes
    "DO $$ BEGIN"
    " CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;"
    " EXECUTE 'CREATE INDEX events_evidence_trgm ON events USING GIN (LOWER(evidence_text) public.gin_trgm_ops)';"
    " EXECUTE 'CREATE INDEX events_actors_trgm ON events USING GIN"
    " (LOWER(source_name) public.gin_trgm_ops, LOWER(target_name) public.gin_trgm_ops)';"
    " EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN"
    " RAISE NOTICE 'wirewatch: no pg_trgm (%), substring filters scan', SQLERRM;"
    " END $$",
]


def statements(dialect: str) -> list[str]:
    return [*_COMMON, *(_POSTGRES if dialect == "postgres" else _SQLITE)]
