"""``wirewatch extract``: articles in, one JSON record per article out (CONTRACT.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click

from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode, exit_with, outcome
from wirewatch.cli.options import batch_size_option, lang_option, min_confidence_option
from wirewatch.cli.output_files import output_text
from wirewatch.cli.progress import TerminalProgress, count_input_articles
from wirewatch.ingest.read import read_input
from wirewatch.run.extractor import Extractor
from wirewatch.run.record_files import records_with_articles
from wirewatch.settings import Settings


def warn(message: str) -> None:
    click.echo(f"wirewatch: {message}", err=True)


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSON Lines here (default: standard output).")
@lang_option
@batch_size_option
@min_confidence_option
def extract(input_path: str, output: Path | None, lang: str | None, batch_size: int | None,
            min_confidence: float | None) -> None:
    """Extract entities, quotes, dates, places and events from INPUT.

    INPUT is a JSON Lines file (one article a line: {"id", "text", "lang", "published", "url", "title"}, only
    "text" required), a plain-text or HTML file, or - for standard input. Output: one record a line, in input
    order. Bad lines give a one-line warning on stderr and a record with "error"; the rest go on. -o FILE is
    replaced atomically once complete (a symlink is written through; a device or pipe is written to directly).

    \b
    Examples:
      wirewatch extract samples/articles.jsonl -o records.jsonl
      curl -s https://example.org/story.html | wirewatch extract -
      wirewatch extract samples/articles.jsonl --min-confidence 0   # every event found, however unsure
    """
    settings = Settings.from_env(default_lang=lang, batch_size=batch_size, min_event_confidence=min_confidence)
    progress = TerminalProgress(count_input_articles(input_path))
    extractor = Extractor(settings, warn=lambda message: _warn_above(progress, message))
    items = read_input(input_path)
    if output is None:
        code = _write(extractor, items, sys.stdout, progress)
    else:
        with output_text(output) as out:
            code = _write(extractor, items, out, progress)
    exit_with(code)


def _warn_above(progress: TerminalProgress, message: str) -> None:
    progress.clear()
    warn(message)


def _write(extractor: Extractor, items: object, out: TextIO, progress: TerminalProgress | None = None) -> ExitCode:
    """Records to ``out``; the progress line (on a terminal) and the closing line to stderr only."""
    count = errors = 0
    for record in records_with_articles(extractor, items):  # type: ignore[arg-type]
        out.write(record.model_dump_json(exclude_none=False) + "\n")
        count += 1
        errors += record.error is not None
        if progress is not None:
            progress.update(count)
    if progress is not None:
        progress.clear()
    if progress is not None and progress.enabled:
        warn(progress.summary(f"{count} records written, {errors} with errors"))
    elif errors:
        warn(f"{count} records written, {errors} with errors")
    return outcome(count - errors, errors)
