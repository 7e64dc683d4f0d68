"""Keys that make the event list's actor and box filters index ranges at millions of events (docs/scale.md).

- ``event_actor_names``: every source or target name of a stored event, lower-cased (the store adds the names of
  each article it writes; a name whose events are gone stays, costing one empty index probe). An actor filter (part
  of a name) first finds the matching names in this small table, then reads each name's newest events in page
  order from ``events_source_name_list`` / ``events_target_name_list`` — on PostgreSQL; SQLite keeps its scan.
- ``event_words`` (PostgreSQL): every word (lexeme of ``to_tsvector('simple', …)``) of a stored event's evidence,
  and ``events_evidence_words``, a GIN index of those words: a text filter whose fragment lies within words reads
  the events holding one of the words that contain it (then tests the fragment itself), when they are few.
- ``events_cell_list``: the one-degree cell of an event's place (``EVENT_CELL``) in page order, so that a box is
  the union of its cells' newest events, each cell an index range (PostgreSQL; it replaces ``events_lat_lon``
  there, SQLite keeps that index).

- ``events_source_entity_list`` / ``events_target_entity_list``: an entity's events in page order (the entity
  page); SQLite also gets the name indexes, for the entity page's events of unresolved actors named as it.
- ``event_day_types`` and ``event_day_countries``: the events counted by day and type and by day and map country
  (``''``: none), kept by the store as it writes (``wirewatch.store.event_rollups``), for the counts of the whole
  store or of a date range.

Existing stores are brought up to date by the migration itself (:func:`event_keys_backfill`: a pass over the
events); a bulk load that writes the events' table directly runs the same statement after it.
"""

from __future__ import annotations

NAME = "0006_event_keys"

# the cell of (lat, lon): 360 one-degree cells a row of latitude; written exactly so in the index and the queries
EVENT_CELL = "(CAST(FLOOR(lat + 90) AS INTEGER) * 360 + CAST(FLOOR(lon + 180) AS INTEGER))"
_POSTGRES_BACKFILL = (
    "INSERT INTO event_actor_names (name) SELECT LOWER(source_name) FROM events WHERE source_name IS NOT NULL"
    " UNION SELECT LOWER(target_name) FROM events WHERE target_name IS NOT NULL ON CONFLICT DO NOTHING")
_SQLITE_BACKFILL = (  # SQLite reads ON CONFLICT after a SELECT as a join clause unless the SELECT has a WHERE
    "INSERT INTO event_actor_names (name) SELECT name FROM (SELECT LOWER(source_name) AS name FROM events"
    " WHERE source_name IS NOT NULL UNION SELECT LOWER(target_name) FROM events WHERE target_name IS NOT NULL)"
    " WHERE true ON CONFLICT DO NOTHING")
_LISTED = "INCLUDE (type, source_country, target_country, place_country, lat, lon, article_id)"

EVIDENCE_WORDS = "to_tsvector('simple', evidence_text)"
WORDS_BACKFILL = (f"INSERT INTO event_words (word) SELECT DISTINCT unnest(tsvector_to_array({EVIDENCE_WORDS}))"
                  " FROM events ON CONFLICT DO NOTHING")
_ROLLUPS = [
    "CREATE TABLE event_day_types (day TEXT NOT NULL, type TEXT NOT NULL, events BIGINT NOT NULL,"
    " PRIMARY KEY (day, type))",
    "CREATE TABLE event_day_countries (day TEXT NOT NULL, country TEXT NOT NULL, events BIGINT NOT NULL,"
    " PRIMARY KEY (day, country))",
]
_MAP = "COALESCE(NULLIF(place_country, ''), NULLIF(target_country, ''), NULLIF(source_country, ''), '')"


def _rollups_backfill(dialect: str) -> list[str]:
    day = "COALESCE(CAST(day AS TEXT), '')" if dialect == "postgres" else "COALESCE(day, '')"
    return [f"INSERT INTO event_day_types (day, type, events) SELECT {day}, type, COUNT(*) FROM events"
            f" GROUP BY {day}, type",
            f"INSERT INTO event_day_countries (day, country, events) SELECT {day}, {_MAP}, COUNT(*) FROM events"
            f" GROUP BY {day}, {_MAP}"]


_POSTGRES = [
    "CREATE TABLE event_actor_names (name TEXT PRIMARY KEY)",
    "CREATE TABLE event_words (word TEXT PRIMARY KEY)",
    WORDS_BACKFILL,
    f"CREATE INDEX events_evidence_words ON events USING GIN ({EVIDENCE_WORDS})",
    _POSTGRES_BACKFILL,
    f"CREATE INDEX events_source_name_list ON events (LOWER(source_name), day DESC, id DESC) {_LISTED}",
    f"CREATE INDEX events_target_name_list ON events (LOWER(target_name), day DESC, id DESC) {_LISTED}",
    f"CREATE INDEX events_cell_list ON events ({EVENT_CELL}, day DESC, id DESC) {_LISTED}",
    "DROP INDEX IF EXISTS events_lat_lon",
    # the names and words matching a fragment, by trigram when the extension is there (migration 0005)
    "DO $$ BEGIN"
    " EXECUTE 'CREATE INDEX event_actor_names_trgm ON event_actor_names USING GIN (name public.gin_trgm_ops)';"
    " EXECUTE 'CREATE INDEX event_words_trgm ON event_words USING GIN (word public.gin_trgm_ops)';"
    " EXCEPTION WHEN undefined_object OR undefined_function THEN"
    " RAISE NOTICE 'wirewatch: no pg_trgm (%), actor names scanned', SQLERRM;"
    " END $$",
]
_SQLITE = [
    "CREATE TABLE event_actor_names (name TEXT PRIMARY KEY)",
    _SQLITE_BACKFILL,
    "CREATE INDEX events_source_name_list ON events (LOWER(source_name), day DESC, id DESC)",
    "CREATE INDEX events_target_name_list ON events (LOWER(target_name), day DESC, id DESC)",
]
# an entity's events (credited to its rows) newest first, for the entity page (identity_events)
_ENTITIES = ["CREATE INDEX events_source_entity_list ON events (source_entity_id, day DESC, id DESC)",
             "CREATE INDEX events_target_entity_list ON events (target_entity_id, day DESC, id DESC)"]



def event_keys_backfill(dialect: str) -> list[str]:
    """The statements adding the names (and on PostgreSQL the evidence's words) of the stored events, and counting
    them into the (empty) counter tables."""
    names = [_POSTGRES_BACKFILL, WORDS_BACKFILL] if dialect == "postgres" else [_SQLITE_BACKFILL]
    return [*names, *_rollups_backfill(dialect)]


def statements(dialect: str) -> list[str]:
    return [*(_POSTGRES if dialect == "postgres" else _SQLITE), *_ENTITIES, *_ROLLUPS, *_rollups_backfill(dialect)]
