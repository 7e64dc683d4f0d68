"""Exports of the matching events (or records) in the store's export formats (docs/exports.md)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import Response
from pydantic import Field

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.filters import EventFilters
from wirewatch.store import StoreError
from wirewatch.store.export import export

router = APIRouter(prefix="/api/exports", tags=["exports"], dependencies=[Depends(allow_read)])

ExportFormat = Literal["jsonl", "csv", "parquet", "geojson", "gdelt", "acled"]
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson", "csv": "text/csv", "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json", "gdelt": "text/tab-separated-values", "acled": "text/csv",
}
SUFFIXES = {"gdelt": "tsv", "acled": "csv"}


class ExportParams(EventFilters):
    """Event filters, and for the GDELT- and ACLED-shaped tables one row per report instead of per event."""

    per_report: bool = Field(default=False, description="gdelt/acled: one row per report, not one per event "
                                                        "(reports merged by story).")


@router.get("/{fmt}", summary="Download the matching events (jsonl: their articles' records)",
            response_class=Response, responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}},
                                                 400: {"description": "Export not possible (e.g. no pyarrow)"}})
def export_events(fmt: Annotated[ExportFormat, Path()], filters: Annotated[ExportParams, Query()],
                  store: StoreDep) -> Response:
    query = filters.sql_query(None)
    name = f"wirewatch-events.{SUFFIXES.get(fmt, fmt)}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    try:
        if fmt == "parquet":
            with tempfile.TemporaryDirectory() as folder:
                path = FilePath(folder) / name
                export(store, fmt, path, query)
                body: bytes | str = path.read_bytes()
        else:
            buffer = io.StringIO()
            export(store, fmt, buffer, query, per_report=filters.per_report)
            body = buffer.getvalue()
    except StoreError as error:
        raise HTTPException(400, str(error)) from None
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)
