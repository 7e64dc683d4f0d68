"""``wirewatch batch``: a large corpus on Dask, records as JSON Lines part files."""

from __future__ import annotations

from pathlib import Path

import click

from wirewatch.cli.exit_codes import EXIT_CODES_HELP, NothingRead, exit_with, outcome
from wirewatch.run.batch import MissingDask, extract_corpus
from wirewatch.settings import Settings


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the part-*.jsonl record files (old parts there are replaced).")
@click.option("--scheduler", type=click.Choice(["processes", "threads", "synchronous"]), default="processes",
              show_default=True, help="Dask scheduler.")
@click.option("--workers", type=int, default=None, help="Worker processes or threads (default: one per core).")
@click.option("--blocksize", default="64MiB", show_default=True, help="Bytes of JSON Lines per partition.")
def batch(sources: tuple[str, ...], out_dir: Path, scheduler: str, workers: int | None, blocksize: str) -> None:
    """Extract a large corpus of SOURCES (JSON Lines, text, HTML or WARC files, folders) on Dask.

    Every partition runs the same pipeline as `wirewatch extract`, models loaded once per worker; bad articles
    become records with "error" and the batch goes on.

    \b
    Example:
      wirewatch batch crawl/ news-2025-08.jsonl -o records/ --workers 4
    """
    try:
        summary = extract_corpus(list(sources), out_dir, Settings.from_env(), blocksize=blocksize,
                                 scheduler=scheduler, workers=workers,
                                 warn=lambda message: click.echo(f"wirewatch: failed: {message}", err=True))
    except (ValueError, MissingDask) as error:  # MissingDask: one line saying which extra to install
        raise NothingRead(str(error)) from None
    click.echo(f"wirewatch: {summary.records} records in {summary.parts} parts under {summary.out_dir} "
               f"({summary.errors} with errors)", err=True)
    exit_with(outcome(summary.records - summary.errors, summary.errors))
