"""``wirewatch ingest --records``: records made elsewhere into the store, without extracting again."""

from __future__ import annotations

import sys

import click

from wirewatch.cli.exit_codes import ExitCode, exit_with, outcome
from wirewatch.cli.store_commands import _opened, _ProgressLine, _report
from wirewatch.run.load_records import load_records
from wirewatch.run.record_files import read_record_files


def ingest_records(sources: tuple[str, ...], db: str | None, *, force: bool, as_json: bool) -> None:
    """Load the records of ``sources`` (files, folders) into the store of ``db``; exit with the table's code."""
    with _opened(db, create=True) as store:
        progress = _ProgressLine(sys.stderr.isatty())
        try:
            summary = load_records(read_record_files(sources), store, force=force, progress=progress)
        except KeyboardInterrupt:
            progress.done()
            _report(progress.summary, as_json)
            click.echo("interrupted: every article counted above is stored; run again to continue", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        progress.done(summary)
    if (line := summary.version_line()) is not None:
        click.echo(f"wirewatch: {line}", err=True)
    _report(summary, as_json)
    exit_with(outcome(summary.ingested + summary.updated + summary.duplicates, summary.failed))
