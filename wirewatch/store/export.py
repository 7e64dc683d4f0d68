"""Exports of a store: JSON Lines records, flat event tables (CSV, Parquet), GeoJSON, and GDELT- and
ACLED-shaped event tables. Formats and columns are documented in ``docs/exports.md``."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import IO

from wirewatch.store.base import Store, StoreError
from wirewatch.store.event_tables import ACLED_COLUMNS, CountryCodes, acled_row, gdelt_row
from wirewatch.store.queries import EventQuery, EventRow

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "geojson", "gdelt", "acled")
EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow))


def export(store: Store, fmt: str, out: Path | IO[str], query: EventQuery | None = None,
           *, now: dt.datetime | None = None) -> int:
    """Write the store's records (``jsonl``) or events (the other formats) to ``out``; return the rows written.

    ``query`` selects events (and, for ``jsonl``, the articles having one); its ``limit`` is ignored.
    ``parquet`` needs a file path and pyarrow (``pip install 'wirewatch[parquet]'``).
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    added = now or dt.datetime.now(dt.UTC)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise StoreError("parquet needs an output file (-o FILE.parquet)")
        return write_parquet(_events(store, query), out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return _write_text(store, fmt, stream, query, added)
    return _write_text(store, fmt, out, query, added)


def _events(store: Store, query: EventQuery | None) -> list[EventRow]:
    return store.events(dataclasses.replace(query or EventQuery(), limit=None))


def _write_text(store: Store, fmt: str, out: IO[str], query: EventQuery | None, added: dt.datetime) -> int:
    if fmt == "jsonl":
        count = 0
        for _, record in store.records(query):
            out.write(record.model_dump_json() + "\n")
            count += 1
        return count
    events = _events(store, query)
    if fmt == "geojson":
        return write_geojson(events, out)
    writer = csv.writer(out, delimiter="\t" if fmt == "gdelt" else ",", lineterminator="\n")
    if fmt == "csv":
        writer.writerow(EVENT_COLUMNS)
        writer.writerows([_cell(v) for v in dataclasses.astuple(e)] for e in events)
        return len(events)
    codes = CountryCodes.load()
    if fmt == "gdelt":  # GDELT's own files have no header row; docs/exports.md lists the 61 columns
        writer.writerows([_cell(v) for v in gdelt_row(e, codes, added)] for e in events)
        return len(events)
    writer.writerow(ACLED_COLUMNS)
    rows = [row for row in (acled_row(e, codes, added) for e in events) if row is not None]
    writer.writerows([_cell(v) for v in row] for row in rows)
    return len(rows)


def write_geojson(events: list[EventRow], out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates (Point, [lon, lat] as GeoJSON orders them)."""
    features = [
        {"type": "Feature", "id": e.event_key,
         "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
         "properties": {k: _json_value(v) for k, v in dataclasses.asdict(e).items() if k not in ("lat", "lon")}}
        for e in events if e.lat is not None and e.lon is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_parquet(events: list[EventRow], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("parquet export needs pyarrow: pip install 'wirewatch[parquet]'") from None
    columns = {name: [getattr(e, name) for e in events] for name in EVENT_COLUMNS}
    pq.write_table(pa.table(columns), str(path))
    return len(events)


_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralised(value)
    return value


def neutralised(text: str) -> str:
    """``text`` safe in a spreadsheet (OWASP's rule against CSV injection): a cell starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so it is never run as a formula; a plain number
    (``-3.5``) is left as it is."""
    if text.startswith(_FORMULA_LEAD) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value
