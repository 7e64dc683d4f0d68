"""Actor name indexes that cover their reads (docs/scale.md): PostgreSQL reads an index only — without visiting
the events' rows — when every column the query names is in the index, and an index on an expression
(``LOWER(source_name)``) does not count as holding the column it is computed from. So a name's range in
``events_<role>_name_list`` (migration 0006) and ``events_<role>_name_type_list`` (migration 0007) fetched each
of its events from the table to read its day and key: at 10 million events an actor filter with one type on a
first name found in 89 names read ~3,500 pages (index and table) for its 178 ranges, and over a second cold.

This migration builds those four indexes again with the name itself included (``INCLUDE (<role>_name, …)``):
the same keys and order, the ranges read from the index alone. SQLite reads an actor filter in page order, not
by name ranges (its name indexes of 0006 serve the entity page), so nothing changes there: the migration is
recorded and does nothing.
"""

from __future__ import annotations

NAME = "0009_covering_names"

_COUNTRIES = "source_country, target_country, place_country"
# (index, its keys after the name, what it includes besides the name) — the keys and includes of 0006 and 0007
_NAME_INDEXES = (
    ("name_list", "day DESC, id DESC", f"type, {_COUNTRIES}, lat, lon, article_id"),
    ("name_type_list", "type, day DESC, id DESC", f"{_COUNTRIES}, article_id"),
)


def covering_name_indexes() -> list[str]:
    """The statements replacing each name index by the same index with the name included (PostgreSQL)."""
    statements: list[str] = []
    for role in ("source", "target"):
        for suffix, keys, included in _NAME_INDEXES:
            index = f"events_{role}_{suffix}"
            statements += [f"DROP INDEX IF EXISTS {index}",
                           f"CREATE INDEX {index} ON events (LOWER({role}_name), {keys})"
                           f" INCLUDE ({role}_name, {included})"]
    return statements


def statements(dialect: str) -> list[str]:
    return covering_name_indexes() if dialect == "postgres" else []
