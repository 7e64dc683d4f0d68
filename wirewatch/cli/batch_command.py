"""``wirewatch batch``: a large corpus on Dask, records as JSON Lines part files and/or into a store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode, NothingRead, exit_with, outcome
from wirewatch.cli.progress import TaskProgress, count_corpus_articles
from wirewatch.settings import Settings

SCHEDULERS = ("processes", "threads", "synchronous")


class MissingExtra(click.ClickException):
    """An optional dependency is not installed: one ``Error: …`` line, exit code 2."""

    exit_code = int(ExitCode.USAGE)


def _scheduler(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value in SCHEDULERS or value.startswith(("tcp://", "tls://")):
        return value
    raise click.BadParameter(f"{value!r}: give one of {', '.join(SCHEDULERS)} or a tcp://ADDRESS")


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the part-*.jsonl record files (old parts there are replaced); optional with --db.")
@click.option("--db", metavar="PATH|URL", default=None,
              help="Store the articles and their records here (SQLite file or postgresql:// URL), then file "
                   "stories.")
@click.option("--scheduler", default="processes", show_default=True, callback=_scheduler,
              help="Dask scheduler: processes, threads, synchronous, or tcp://ADDRESS of a dask.distributed "
                   "scheduler.")
@click.option("--workers", type=int, default=None, help="Worker processes or threads (default: one per core).")
@click.option("--blocksize", default="64MiB", show_default=True, help="Bytes of JSON Lines per partition.")
def batch(sources: tuple[str, ...], out_dir: Path | None, db: str | None, scheduler: str, workers: int | None,
          blocksize: str) -> None:
    """Extract a large corpus of SOURCES (JSON Lines, text, HTML or WARC files, folders) on Dask.

    Every partition runs the same pipeline as `wirewatch extract`, models loaded once per worker; bad articles
    become records with "error" and the batch goes on. With --db the articles are stored as `ingest` stores
    them (one transaction each, duplicates skipped): PostgreSQL is written by the workers themselves, SQLite
    by this process alone.

    \b
    Examples:
      wirewatch batch crawl/ news-2025-08.jsonl -o records/ --workers 4
      wirewatch batch crawl/ --db postgresql://wirewatch@db/news --scheduler tcp://10.0.0.5:8786
    """
    from wirewatch.run.batch import MissingDask

    if out_dir is None and db is None:
        raise click.UsageError("give -o FOLDER, --db URL, or both")
    settings = Settings.from_env(db=db)
    progress = TaskProgress(count_corpus_articles(list(sources)))
    try:
        if db is None:
            _records_only(list(sources), out_dir, settings, scheduler, workers, blocksize, progress)
        else:
            _into_store(list(sources), settings.db_url(), out_dir, settings, scheduler, workers, blocksize, progress)
    except MissingDask as error:
        raise MissingExtra(str(error)) from None
    except ValueError as error:
        raise NothingRead(str(error)) from None
    finally:
        progress.clear()


def _warner(progress: TaskProgress) -> Callable[[str], None]:
    def warn(message: str) -> None:
        progress.clear()
        click.echo(f"wirewatch: failed: {message}", err=True)
    return warn


def _records_only(sources: list[str], out_dir: Path | None, settings: Settings, scheduler: str,
                  workers: int | None, blocksize: str, progress: TaskProgress) -> None:
    from wirewatch.run.batch import extract_corpus

    assert out_dir is not None
    summary = extract_corpus(sources, out_dir, settings, blocksize=blocksize, scheduler=scheduler,
                             workers=workers, warn=_warner(progress), progress=progress.report)
    progress.done = summary.records
    progress.clear()
    click.echo("wirewatch: " + progress.summary(f"{summary.records} records in {summary.parts} parts under "
                                                f"{summary.out_dir} ({summary.errors} with errors)"), err=True)
    exit_with(outcome(summary.records - summary.errors, summary.errors))


def _into_store(sources: list[str], db_url: str, out_dir: Path | None, settings: Settings, scheduler: str,
                workers: int | None, blocksize: str, progress: TaskProgress) -> None:
    from wirewatch.run.batch_store import batch_into_store
    from wirewatch.store import StoreError

    try:
        summary = batch_into_store(sources, db_url, settings, out_dir=out_dir, blocksize=blocksize,
                                   scheduler=scheduler, workers=workers, progress=progress.report)
    except StoreError as error:
        raise NothingRead(str(error)) from None
    progress.clear()
    warn = _warner(progress)
    for failure in summary.failures:
        warn(failure)
    if (line := summary.version_line()) is not None:
        click.echo(f"wirewatch: {line}", err=True)
    click.echo(summary.line())
    exit_with(outcome(summary.ingested + summary.updated + summary.duplicates, summary.failed))
