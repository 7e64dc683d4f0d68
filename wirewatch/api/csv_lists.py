"""Lists of the API as CSV (``?format=csv``): the rows matching the same filters, every page of them, in the
columns of ``wirewatch export --format csv`` for events and of the list's own rows for quotes, entities and
deadlines; every text cell guarded against spreadsheet formulas as the export guards it."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Sequence
from typing import Literal

from fastapi.responses import Response

from wirewatch.store import EntityRow, QuoteRow
from wirewatch.store.export import EVENT_COLUMNS, csv_cell
from wirewatch.store.queries import EventRow
from wirewatch.store.story_queries import StoredDeadline

ListFormat = Literal["json", "csv"]
CSV_MAX_ROWS = 100_000  # one download's rows at most
MERGED_COLUMNS: tuple[str, ...] = ("reports", "articles", "killed_max", "injured_max", "last_day", "story",
                                   "sources")
QUOTE_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(QuoteRow))
ENTITY_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EntityRow))
DEADLINE_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "story_id", "kind", "status", "issued", "due", "issuer", "issuer_country", "issuer_also",
    "target", "target_country", "condition", "measures", "evidence", "reported_by", "settled_by")


def csv_response(name: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Response:
    """A ``text/csv`` download named ``wirewatch-<name>.csv``: a header row, then ``rows``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([csv_cell(_joined(v)) for v in row] for row in rows)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="wirewatch-{name}.csv"'})


def _joined(value: object) -> object:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def event_rows(rows: Iterable[EventRow], merged: bool) -> tuple[tuple[str, ...], list[list[object]]]:
    """The columns and cells of events (a merged list adds its reports, tolls' range and sources)."""
    columns = EVENT_COLUMNS + (MERGED_COLUMNS if merged else ())
    return columns, [[getattr(row, c, None) for c in columns] for row in rows]


def field_rows(columns: Sequence[str], rows: Iterable[object]) -> list[list[object]]:
    return [[getattr(row, c) for c in columns] for row in rows]


def deadline_rows(rows: Iterable[StoredDeadline]) -> list[list[object]]:
    out: list[list[object]] = []
    for row in rows:
        d = row.deadline
        out.append([d.id, d.article_id, row.story_id, d.kind, d.status, d.issued, d.due,
                    d.issuer.name if d.issuer else None, d.issuer.country if d.issuer else None, d.issuer_also,
                    d.target.name if d.target else None, d.target.country if d.target else None, d.condition,
                    d.measures, d.evidence, d.reported_by, d.settled_by.article_id if d.settled_by else None])
    return out
