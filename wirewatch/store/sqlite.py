"""The embedded default backend: one SQLite file (WAL mode), or ``:memory:`` for tests."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wirewatch.store.base import StoreError
from wirewatch.store.queries import SearchHit, search_words
from wirewatch.store.row_batches import RowsStatement
from wirewatch.store.rows import as_date
from wirewatch.store.sql_store import SQLStore

_PHRASE_OR_WORD = re.compile(r'"([^"]+)"|(\S+)')


def fts5_query(text: str) -> str:
    """A user's search words as an FTS5 query: every word or "quoted phrase" must appear (no FTS5 syntax)."""
    terms = []
    for phrase, word in _PHRASE_OR_WORD.findall(search_words(text)):
        term = (phrase or word).replace('"', "")
        if term.strip():
            terms.append('"' + term + '"')
    return " ".join(terms)


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    like = "LIKE"

    def __init__(self, path: str | Path) -> None:
        super().__init__(str(path))
        in_memory = str(path) == ":memory:"
        if not in_memory:
            file = Path(path)
            if file.is_dir():
                raise StoreError(f"{file} is a folder, not a database file")
            file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0, check_same_thread=False)
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # fails on a file that is not SQLite
            if not in_memory:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path} is not a wirewatch database ({error})") from None
        self._depth = 0
        self.migrate()

    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.url}: {error}") from None

    def _write_rows(self, statement: RowsStatement, rows: Sequence[Sequence[object]]) -> None:
        """One single-row statement run for every row: in-process SQLite pays nothing per statement, and one
        statement text is prepared once (many-row texts cost more to prepare than they save)."""
        if rows:
            try:
                self._conn.executemany(statement.sql(1), [tuple(row) for row in rows])
            except sqlite3.DatabaseError as error:
                raise StoreError(f"{self.url}: {error}") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if getattr(self, "_depth", 0):
            yield
            return
        self._execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        else:
            self._execute("COMMIT")
        finally:
            self._depth = 0

    def _lock_schema(self) -> None:
        """Nothing to do: ``BEGIN IMMEDIATE`` already holds the database's write lock."""

    def _table_names(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _index_text(self, key: int, title: str | None, text: str) -> None:
        self._execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", (key, title or "", text))

    def _unindex_text(self, key: int) -> None:
        self._execute("DELETE FROM articles_fts WHERE rowid = ?", (key,))

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        query = fts5_query(text)
        if not query:
            return []
        rows = self._execute(
            "SELECT a.ext_id, a.url, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 12)"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit),
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], as_date(r[3]), r[4]) for r in rows]

    def close(self) -> None:
        self._conn.close()
