"""Many rows in one statement (``INSERT … VALUES (…), (…), …``), shared by the SQL backends.

Each statement costs a client–server exchange and work on the server: an article's ~250 rows (mentions, events,
story keys…) written one statement a row made most of PostgreSQL's store cost. A :class:`RowsStatement` writes
them a table at a time, in statements of a power-of-two number of rows (34 rows: 32 + 2): the same few statement
texts come back article after article, so psycopg prepares each once and the server does not parse and plan it
again for every article. (SQLite, in-process, runs the single-row statement for every row instead: see
``sqlite.py``.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

MAX_PARAMETERS = 30_000  # per statement: below SQLite's 32,766 and PostgreSQL's 65,535
MAX_ROWS = 256  # per statement


@dataclass(frozen=True)
class RowsStatement:
    """``{head} VALUES {row}, {row}, … {tail}`` with ``?`` placeholders in ``row`` (e.g. ``(?, ?, 1)``)."""

    head: str
    row: str
    tail: str = ""

    def chunks(self, rows: Sequence[Sequence[object]]) -> Iterator[tuple[str, list[object]]]:
        """The statements (SQL and flat parameters) writing ``rows``, in order; none for no rows."""
        most = _power_of_two_at_most(min(MAX_ROWS, MAX_PARAMETERS // max(self.row.count("?"), 1)))
        start = 0
        while start < len(rows):
            size = min(most, _power_of_two_at_most(len(rows) - start))
            chunk = rows[start:start + size]
            yield self.sql(size), [value for row in chunk for value in row]
            start += size

    def sql(self, rows: int) -> str:
        tail = f" {self.tail}" if self.tail else ""
        return f"{self.head} VALUES {', '.join([self.row] * rows)}{tail}"


def _power_of_two_at_most(count: int) -> int:
    return 1 << (max(count, 1).bit_length() - 1)


def in_list(count: int) -> str:
    """``?, ?, …`` for an ``IN (…)`` of ``count`` values."""
    return ", ".join("?" * count)
