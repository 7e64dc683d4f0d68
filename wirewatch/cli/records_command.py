"""``wirewatch ingest --records``: records made elsewhere into the store, without extracting again."""

from __future__ import annotations

import click

from wirewatch.cli.exit_codes import exit_with, outcome
from wirewatch.cli.store_commands import _opened, _report, _with_progress
from wirewatch.run.load_records import load_records
from wirewatch.run.record_files import read_record_files


def ingest_records(sources: tuple[str, ...], db: str | None, *, force: bool, as_json: bool) -> None:
    """Load the records of ``sources`` (files, folders) into the store of ``db``; exit with the table's code."""
    with _opened(db, create=True) as store:
        summary = _with_progress(lambda progress: load_records(read_record_files(sources), store, force=force,
                                                               progress=progress), as_json)
    if (line := summary.version_line()) is not None:
        click.echo(f"wirewatch: {line}", err=True)
    _report(summary, as_json)
    exit_with(outcome(summary.ingested + summary.updated + summary.duplicates, summary.failed))
