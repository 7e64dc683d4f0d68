"""Rows written straight into a store's tables, for benchmarks that need millions of them in minutes.

PostgreSQL gets ``COPY … FROM STDIN``, SQLite ``executemany`` in one transaction; no layer of the store runs
(no identity, no full-text row, no story filing), so the caller writes consistent rows itself. The store is
opened first (its migrations applied) by the caller; the loader then uses a connection of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from wirewatch.store import is_postgres_url
from wirewatch.store.merged_table import merged_backfill
from wirewatch.store.migrations.m0006_event_keys import event_keys_backfill
from wirewatch.store.migrations.m0007_country_keys import country_keys_backfill, day_counters_in_key_order
from wirewatch.store.migrations.m0008_merged_events import map_countries_backfill
from wirewatch.store.migrations.m0012_word_counts import word_counts_backfill
from wirewatch.store.migrations.m0013_event_sample import sample_backfill

_BATCH = 10_000  # rows per executemany call (SQLite)


class BulkLoader:
    """Writes rows table by table over its own connection to the store at ``url``."""

    def __init__(self, url: str) -> None:
        self.url = str(url)
        self.postgres = is_postgres_url(self.url)
        self._conn: Any
        if self.postgres:
            import psycopg

            self._conn = psycopg.connect(self.url, autocommit=True)
        else:
            import sqlite3

            self._conn = sqlite3.connect(self.url, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = OFF")

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """Append ``rows`` (values in ``columns`` order) to ``table``; the number of rows written."""
        count = 0
        names = ", ".join(columns)
        if self.postgres:
            with self._conn.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        statement = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"
        with self._transaction():
            for batch in _batches(rows, _BATCH):
                self._conn.executemany(statement, batch)
                count += len(batch)
        return count

    @contextmanager
    def indexes_dropped(self, tables: Sequence[str]) -> Iterator[None]:
        """The tables' secondary indexes dropped while the body loads rows, then built again (an index built once
        costs far less than one kept up row by row); constraint indexes (primary keys, unique) stay."""
        definitions: list[str] = []
        for table in tables:
            if self.postgres:
                found = self.execute(
                    "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s"
                    " AND i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                    " WHERE c.conname = i.indexname)", (table,))
            else:
                found = self.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                     " AND sql IS NOT NULL", (table,))
            for name, definition in found:
                self.execute(f"DROP INDEX {name}")
                definitions.append(definition)
        try:
            yield
        finally:
            if self.postgres:
                self.execute("SET maintenance_work_mem = '1GB'")
            for definition in definitions:
                self.execute(definition)

    def derive_event_keys(self) -> None:
        """What the store derives from the events as it writes them (the actors' names, the evidence's words:
        migration 0006), for the events loaded here."""
        dialect = "postgres" if self.postgres else "sqlite"
        for statement in [*event_keys_backfill(dialect), *country_keys_backfill(dialect),
                          *day_counters_in_key_order(dialect), *merged_backfill(dialect),
                          *map_countries_backfill(), *word_counts_backfill(dialect),
                          *sample_backfill(dialect)]:
            self.execute(statement)

    def execute(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        """One statement (this backend's own SQL and placeholders); its rows, if any."""
        cursor = self._conn.execute(sql, tuple(params))
        return list(cursor.fetchall()) if cursor.description else []

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()


def _batches(rows: Iterable[Sequence[object]], size: int) -> Iterator[list[Sequence[object]]]:
    batch: list[Sequence[object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
