"""Keys that make the event list's country and actor filters, with types, index ranges, and counters that count the
events of a country (docs/scale.md).

- ``events_source_country_list``, ``events_target_country_list``, ``events_place_country_list`` (PostgreSQL):
  ``(<role>_country, type, day DESC, id DESC)``, the other roles' countries included. A country filter with
  types reads, for each role and type, that range's newest events (``wirewatch.store.pg_event_pages``): an exact
  range even when few events match, where the page order read the list to its end.
- ``events_source_name_type_list``, ``events_target_name_type_list`` (PostgreSQL): ``(LOWER(<role>_name), type,
  day DESC, id DESC)``: an actor filter with types reads each (matching name, type) range's newest events.
- ``event_country_days (country, type, day, events)``, ``event_country_maps (country, day, map_country, events)``
  and ``event_country_type_maps (country, type, map_country, events)``: the events counted by each country they
  involve (source, target or place; an event counted once per country), by day (``''``: undated) and type, by day
  and map country, and by type and map country (no day: a table of a few thousand rows); kept by the store as it
  writes (``wirewatch.store.event_rollups``), for the counts of a country filter with types or days.

Existing stores are brought up to date by the migration itself (:func:`country_keys_backfill`: a pass over the
events); a bulk load that writes the events' table directly runs the same statements after it.
"""

from __future__ import annotations

NAME = "0007_country_keys"

ROLES = ("source", "target", "place")
_TABLES = [
    "CREATE TABLE event_country_days (country TEXT NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL,"
    " events BIGINT NOT NULL, PRIMARY KEY (country, type, day))",
    "CREATE TABLE event_country_maps (country TEXT NOT NULL, day TEXT NOT NULL, map_country TEXT NOT NULL,"
    " events BIGINT NOT NULL, PRIMARY KEY (country, day, map_country))",
    "CREATE TABLE event_country_type_maps (country TEXT NOT NULL, type TEXT NOT NULL, map_country TEXT NOT NULL,"
    " events BIGINT NOT NULL, PRIMARY KEY (country, type, map_country))",
]
_MAP = "COALESCE(NULLIF(place_country, ''), NULLIF(target_country, ''), NULLIF(source_country, ''), '')"


def _index(role: str) -> str:
    others = ", ".join(f"{other}_country" for other in ROLES if other != role)
    return (f"CREATE INDEX IF NOT EXISTS events_{role}_country_list ON events ({role}_country, type, day DESC,"
            f" id DESC) INCLUDE ({others}, article_id)")


def _involved(dialect: str) -> str:
    """Each event once per country it involves: (country, type, day, map country)."""
    day = "COALESCE(CAST(day AS TEXT), '')" if dialect == "postgres" else "COALESCE(day, '')"
    distinct = {"source": "", "target": " AND target_country IS DISTINCT FROM source_country",
                "place": " AND place_country IS DISTINCT FROM source_country"
                         " AND place_country IS DISTINCT FROM target_country"}
    if dialect != "postgres":
        distinct = {role: clause.replace("IS DISTINCT FROM", "IS NOT") for role, clause in distinct.items()}
    return " UNION ALL ".join(
        f"SELECT {role}_country AS country, type, {day} AS day, {_MAP} AS map_country FROM events"
        f" WHERE {role}_country IS NOT NULL AND {role}_country <> ''{distinct[role]}" for role in ROLES)


def country_keys_backfill(dialect: str) -> list[str]:
    """The statements counting the stored events into the (empty) country counters, written in key order (a
    country's rows then lie on a few pages, not one page a row)."""
    involved = _involved(dialect)
    return [f"INSERT INTO event_country_days (country, type, day, events) SELECT country, type, day, COUNT(*)"
            f" FROM ({involved}) i GROUP BY country, type, day ORDER BY country, type, day",
            f"INSERT INTO event_country_maps (country, day, map_country, events) SELECT country, day, map_country,"
            f" COUNT(*) FROM ({involved}) i GROUP BY country, day, map_country ORDER BY country, day, map_country",
            f"INSERT INTO event_country_type_maps (country, type, map_country, events) SELECT country, type,"
            f" map_country, COUNT(*) FROM ({involved}) i GROUP BY country, type, map_country"
            " ORDER BY country, type, map_country"]


def day_counters_in_key_order(dialect: str) -> list[str]:
    """PostgreSQL: the day counters of migration 0006 rewritten in key order — backfilled in the order of a hash
    aggregate, a day range read one page a row (a whole store's timeline: 17,500 pages)."""
    if dialect != "postgres":
        return []
    return [f"CLUSTER {table} USING {table}_pkey" for table in ("event_day_types", "event_day_countries")]


# an actor's name with types: each (name, type) an index range in page order (PostgreSQL)
_NAME_TYPE_INDEXES = [
    f"CREATE INDEX IF NOT EXISTS events_{role}_name_type_list ON events (LOWER({role}_name), type, day DESC,"
    " id DESC) INCLUDE (source_country, target_country, place_country, article_id)" for role in ("source", "target")]


def statements(dialect: str) -> list[str]:
    indexes = [*(_index(role) for role in ROLES), *_NAME_TYPE_INDEXES] if dialect == "postgres" else []
    return [*indexes, *_TABLES, *country_keys_backfill(dialect), *day_counters_in_key_order(dialect)]
