"""Exports of a store: JSON Lines records, flat event tables (CSV, Parquet), GeoJSON, and GDELT- and
ACLED-shaped event tables. Formats and columns are documented in ``docs/exports.md``.

The GDELT- and ACLED-shaped tables give one row per real-world event by default (reports merged by story,
:mod:`wirewatch.store.merged_events`): its number of reports and sources, its toll the lowest stated, the range
in ``notes`` and ``tags`` when reports disagree. ``per_report`` gives one row per report instead."""

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
from wirewatch.store.merged_events import MergedEventRow
from wirewatch.store.queries import EventQuery, EventRow

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "geojson", "gdelt", "acled")
MERGED_FORMATS: frozenset[str] = frozenset({"gdelt", "acled"})  # one row per event unless per_report
_ACLED_SOURCE, _ACLED_NOTES, _ACLED_FATALITIES, _ACLED_TAGS = (ACLED_COLUMNS.index(c) for c in
                                                              ("source", "notes", "fatalities", "tags"))
_GDELT_MENTIONS = 31  # NumMentions, NumSources, NumArticles
EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow))


def export(store: Store, fmt: str, out: Path | IO[str], query: EventQuery | None = None,
           *, now: dt.datetime | None = None, per_report: bool = False) -> int:
    """Write the store's records (``jsonl``) or events (the other formats) to ``out``; return the rows written.

    ``query`` selects events (and, for ``jsonl``, the articles having one); its ``limit`` is ignored.
    ``gdelt`` and ``acled`` give one row per event (reports merged by story) unless ``per_report``.
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
            return _write_text(store, fmt, stream, query, added, per_report)
    return _write_text(store, fmt, out, query, added, per_report)


def _events(store: Store, query: EventQuery | None) -> list[EventRow]:
    return store.events(dataclasses.replace(query or EventQuery(), limit=None))


def _write_text(store: Store, fmt: str, out: IO[str], query: EventQuery | None, added: dt.datetime,
                per_report: bool = False) -> int:
    if fmt == "jsonl":
        count = 0
        for _, record in store.records(query):
            out.write(record.model_dump_json() + "\n")
            count += 1
        return count
    events: list[EventRow] = (list(store.merged_events(dataclasses.replace(query or EventQuery(), limit=None)))
                              if fmt in MERGED_FORMATS and not per_report else _events(store, query))
    if fmt == "geojson":
        return write_geojson(events, out)
    writer = csv.writer(out, delimiter="\t" if fmt == "gdelt" else ",", lineterminator="\n")
    if fmt == "csv":
        writer.writerow(EVENT_COLUMNS)
        writer.writerows([csv_cell(v) for v in dataclasses.astuple(e)] for e in events)
        return len(events)
    codes = CountryCodes.load()
    if fmt == "gdelt":  # GDELT's own files have no header row; docs/exports.md lists the 61 columns
        writer.writerows([csv_cell(v) for v in _gdelt_counts(gdelt_row(e, codes, added), e)] for e in events)
        return len(events)
    writer.writerow(ACLED_COLUMNS)
    rows = [_acled_merged(row, e) for e in events if (row := acled_row(e, codes, added)) is not None]
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return len(rows)


def _gdelt_counts(row: list[object], event: EventRow) -> list[object]:
    """NumMentions, NumSources and NumArticles of a merged event."""
    if isinstance(event, MergedEventRow):
        row[_GDELT_MENTIONS:_GDELT_MENTIONS + 3] = [event.reports, max(1, len(event.sources)), event.articles]
    return row


def _acled_merged(row: list[object], event: EventRow) -> list[object]:
    """A merged event's sources, and its toll's range (when reports disagree) in notes and tags."""
    if not isinstance(event, MergedEventRow):
        return row
    if event.sources:
        row[_ACLED_SOURCE] = "; ".join(event.sources)
    notes, tags = [str(row[_ACLED_NOTES])], [f"reports={event.reports}"]
    for name, low, high in (("fatalities", event.killed, event.killed_max),
                            ("injuries", event.injured, event.injured_max)):
        if low is not None and high is not None and low != high:
            notes.append(f"Reports disagree on {name}: {low} to {high} (lowest kept).")
            tags.append(f"{name} {low}-{high}")
    row[_ACLED_NOTES] = " ".join(notes)
    row[_ACLED_TAGS] = "; ".join(tags)
    return row


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


def csv_cell(value: object) -> object:
    """A value as a CSV cell: empty for None, ISO dates, text neutralised against formulas."""
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
