"""The team backend: PostgreSQL through psycopg 3 (``pip install 'wirewatch[postgres]'``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from wirewatch.store.base import StoreError
from wirewatch.store.queries import SearchHit
from wirewatch.store.sql_store import SQLStore


def _placeholders(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (our SQL holds no literal ``?`` or ``%``)."""
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    dialect = "postgres"
    like = "ILIKE"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
        self._errors = psycopg.Error
        try:
            self._conn = psycopg.connect(url, autocommit=True)
            self.migrate()
        except psycopg.Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise StoreError(f"cannot use PostgreSQL database {_redacted(url)}: {first_line}") from None

    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        with self._driver_errors():
            return self._conn.execute(_placeholders(sql), tuple(params))  # type: ignore[arg-type]

    def _execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self._driver_errors(), self._conn.cursor() as cursor:
            cursor.executemany(_placeholders(sql), [tuple(row) for row in rows])  # type: ignore[arg-type]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # Pipeline mode: statements whose results are not read go out together, so an article's rows cost a
        # few round trips instead of one per statement. Their errors surface when the block ends.
        with self._driver_errors(), self._conn.pipeline(), self._conn.transaction():
            yield

    @contextmanager
    def _driver_errors(self) -> Iterator[None]:
        """psycopg's errors as one-line :class:`StoreError` values (a lost connection, a constraint)."""
        try:
            yield
        except self._errors as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise StoreError(f"{_redacted(self.url)}: {first_line}") from None

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(7347291001)")  # a fixed key: "wirewatch schema"

    def _table_names(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
        return {r[0] for r in rows}

    def _index_text(self, key: int, title: str | None, text: str) -> None:
        """Nothing to do: the ``search`` column is generated from the row."""

    def _unindex_text(self, key: int) -> None:
        """Nothing to do: the ``search`` column is generated from the row."""

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        rows = self._execute(
            "SELECT a.ext_id, a.url, a.title, a.published, ts_headline('simple', a.text, q,"
            " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')"
            " FROM articles a, websearch_to_tsquery('simple', ?) q"
            " WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT ?", (text, limit),
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def close(self) -> None:
        self._conn.close()


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
