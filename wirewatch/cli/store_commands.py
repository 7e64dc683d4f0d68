"""Store commands: ``ingest``, ``reprocess``, ``events``, ``quotes``, ``entities``, ``search``, ``export``.

A thin shell over :mod:`wirewatch.store` and :mod:`wirewatch.run.ingest_job`: tables for people, ``--json`` for
programs. The lead's group registers them with :func:`register`. Tests inject a fake extractor by passing a
:class:`StoreServices` as click's ``obj``.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import click

from wirewatch import __version__
from wirewatch.cli.api_filters import entity_query, event_query, extra_event_options, extra_quote_options, quote_query
from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode, NothingRead, exit_with, outcome
from wirewatch.cli.options import batch_size_option, lang_option, min_confidence_option
from wirewatch.cli.options import db_option as _db_option  # the names every command here decorates with
from wirewatch.cli.options import event_filters as _event_filters
from wirewatch.cli.options import json_option as _json_option
from wirewatch.cli.output_files import output_text, staged_path
from wirewatch.cli.progress import time_left
from wirewatch.cli.tables import actor_label, echo_json, echo_table
from wirewatch.ingest.sources import read_sources
from wirewatch.run.extraction_process import EchoWarning, ExtractorProcess
from wirewatch.run.ingest_job import ArticleExtractor, IngestSummary, ingest, reprocess
from wirewatch.settings import Settings
from wirewatch.store import EventQuery, Store, StoreError, is_postgres_url, open_store
from wirewatch.store.export import FORMATS, export
from wirewatch.store.merged_events import MergedEventRow


def _default_extractor(settings: Settings) -> ArticleExtractor:
    """The full pipeline, in a process of its own: the store's driver then never waits for the GIL (see
    :mod:`wirewatch.run.extraction_process`)."""
    from wirewatch.run.extractor import Extractor

    return ExtractorProcess(functools.partial(Extractor, settings, warn=EchoWarning("wirewatch: ")))


@dataclass(frozen=True)
class StoreServices:
    """What the commands build from settings; replaceable in tests."""

    make_extractor: Callable[[Settings], ArticleExtractor] = _default_extractor


def _services() -> StoreServices:
    ctx = click.get_current_context()
    return ctx.find_object(StoreServices) or StoreServices()


@contextmanager
def _extractor(settings: Settings) -> Iterator[ArticleExtractor]:
    """The extractor the services make, closed afterwards when it holds a process."""
    extractor = _services().make_extractor(settings)
    try:
        yield extractor
    finally:
        if isinstance(extractor, ExtractorProcess):
            extractor.close()


@contextmanager
def _opened(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """The store of ``--db``; a missing SQLite file is created only with ``create`` (ingest), else it is an
    error (exit code 3), as is a store that cannot be opened or read."""
    url = Settings.from_env(db=db).db_url()
    if not create and not is_postgres_url(url) and url != ":memory:" and not Path(url).is_file():
        raise NothingRead(f"no store at {url}: ingest articles first, or give --db")
    try:
        store = open_store(url)
    except StoreError as error:
        raise NothingRead(str(error)) from None
    try:
        yield store
    except StoreError as error:
        raise NothingRead(str(error)) from None
    finally:
        store.close()


class _ProgressLine:
    """Each failure as one stderr line as soon as it happens; counts and rate on one refreshed stderr line, at
    most twice a second, only on a terminal."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total  # articles to go through, when known: the line then says the time left
        self.last = 0.0
        self.reported = 0  # failures already printed
        self.summary = IngestSummary()  # the latest counts, for a report after an interruption

    def __call__(self, summary: IngestSummary) -> None:
        self.summary = summary
        self._failures()
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.5:
            self.last = now
            done = f"{summary.seen}/{self.total}" if self.total else f"{summary.seen}"
            left = time_left(summary.seen, self.total, summary.rate())
            click.echo(f"\r\033[K{done} articles: {summary.line()}{left}", err=True, nl=False)

    def _failures(self) -> None:
        new = self.summary.failures[self.reported:]
        if new:
            if self.enabled and self.last:
                click.echo("\r\033[K", err=True, nl=False)
            for failure in new:
                click.echo(f"wirewatch: failed: {failure}", err=True)
            self.reported += len(new)

    def done(self, summary: IngestSummary | None = None) -> None:
        self.summary = summary or self.summary
        self._failures()
        if self.enabled and self.last:
            click.echo("\r\033[K", err=True, nl=False)


_offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                              help="Skip this many rows first (the API's offset: the next page).")


SummaryT = TypeVar("SummaryT", bound=IngestSummary)


def _report(summary: IngestSummary, as_json: bool) -> None:
    """The summary on standard output (the failures went to stderr as they happened; --json lists them too)."""
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    click.echo(summary.line())


def _with_progress(run: Callable[[_ProgressLine], SummaryT], as_json: bool) -> SummaryT:
    """``run`` with a progress line on a terminal; on Ctrl-C, what was stored is reported and the command exits
    with the interrupted code (every article counted is stored: a new run goes on from there)."""
    progress = _ProgressLine(sys.stderr.isatty())
    try:
        summary = run(progress)
    except KeyboardInterrupt:
        progress.done()
        _report(progress.summary, as_json)
        click.echo("interrupted: every article counted above is stored; run again to continue", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    progress.done(summary)
    return summary


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@_db_option
@lang_option
@click.option("--force", is_flag=True, help="Re-extract articles already stored with the same content.")
@click.option("--records", is_flag=True, help="SOURCEs are records (extract -o, batch -o): store them as they are, "
                                              "without extracting.")
@click.option("--allow-private-urls", is_flag=True, help="Fetch URLs on private and loopback addresses too.")
@batch_size_option
@min_confidence_option
@_json_option
def ingest_command(sources: tuple[str, ...], db: str | None, lang: str | None, force: bool, records: bool,
                   allow_private_urls: bool, batch_size: int | None, min_confidence: float | None,
                   as_json: bool) -> None:
    """Extract articles from files, folders, URLs, RSS/Atom feeds or WARC files into the store.

    Articles already stored with the same content are skipped; changed ones are updated. Each article is
    saved in one transaction, so an interrupted run loses nothing and the next run continues.

    \b
    Examples:
      wirewatch ingest samples/articles.jsonl
      wirewatch ingest news/ crawl.warc.gz https://example.org/rss.xml --db team.sqlite
      wirewatch ingest https://example.org/story.html --db postgresql://wirewatch@db/news
      wirewatch ingest news/ --min-confidence 0.3   # also events less sure than the default keeps
      wirewatch ingest --records records/ --db team.sqlite   # records of extract -o / batch -o
    """
    if records:
        from wirewatch.cli.records_command import ingest_records

        ingest_records(sources, db, force=force, as_json=as_json)
        return
    from wirewatch.ingest.fetch import Fetcher, make_client

    settings = Settings.from_env(db=db, default_lang=lang, batch_size=batch_size, min_event_confidence=min_confidence,
                                 allow_private_urls=True if allow_private_urls else None)
    with _opened(db, create=True) as store, make_client(settings) as client, _extractor(settings) as extractor:
        fetcher = Fetcher.from_settings(settings, client)
        summary = _with_progress(lambda progress: ingest(
            read_sources(sources, fetcher), extractor, store, batch_size=settings.batch_size, force=force,
            progress=progress, max_chars=settings.max_chars), as_json)
    _report(summary, as_json)
    exit_with(outcome(summary.ingested + summary.updated + summary.duplicates, summary.failed))


@click.command(epilog=EXIT_CODES_HELP)
@_db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only older ones.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many articles.")
@_json_option
def reprocess_command(db: str | None, everything: bool, limit: int | None, as_json: bool) -> None:
    """Re-run the current pipeline over stored articles made by another version (or that failed).

    \b
    Examples:
      wirewatch reprocess
      wirewatch reprocess --all --db postgresql://wirewatch@db/news
    """
    settings = Settings.from_env(db=db)
    with _opened(db) as store, _extractor(settings) as extractor:
        release = None if everything else f"wirewatch-{__version__}"
        total = store.count_articles(stale_for=release)
        progress = _ProgressLine(sys.stderr.isatty(), min(total, limit) if limit is not None else total)
        summary = reprocess(store, extractor, release=release,
                            batch_size=settings.batch_size, limit=limit, progress=progress)
        progress.done(summary)
    _report(summary, as_json)
    exit_with(outcome(summary.seen - summary.failed, summary.failed) if summary.seen else ExitCode.OK)


def _event_query(types: tuple[str, ...], country: str | None, since: str | None, until: str | None,
                 limit: int | None, **extra: str | None) -> EventQuery:
    return event_query(types, country, since, until, limit, **extra)


@click.command(epilog=EXIT_CODES_HELP)
@_db_option
@_event_filters
@extra_event_options
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many events.")
@_offset_option
@click.option("--merged", is_flag=True, help="One row per real-world event: its reports merged by story (as the "
                                             "API's merged=true), with the number of reports.")
@_json_option
def events_command(db: str | None, types: tuple[str, ...], country: str | None, since: str | None,
                   until: str | None, limit: int, offset: int, merged: bool, as_json: bool,
                   **extra: str | None) -> None:
    """Stored events, newest first, filtered as the API filters them (type, country, days, actor, text,
    language, box).

    \b
    Examples:
      wirewatch events --type ASSAULT --country UKR --since 2025-08-01
      wirewatch events --type PROTEST --type COERCE --json
      wirewatch events --actor police --lang fr --box 2,48,3,49
    """
    query = _event_query(types, country, since, until, limit, **extra)
    with _opened(db) as store:
        rows = store.merged_events(query, offset=offset) if merged else store.events(query, offset=offset)
    if as_json:
        echo_json(rows)
        return
    echo_table(("day", "type", "source", "target", "place", "killed", "article", *(("reports",) if merged else ())), [
        (r.day, r.type, actor_label(r.source_name, r.source_country), actor_label(r.target_name, r.target_country),
         actor_label(r.place_name, r.place_country), r.killed, r.article,
         *((r.reports,) if isinstance(r, MergedEventRow) else ())) for r in rows])


@click.command(epilog=EXIT_CODES_HELP)
@_db_option
@click.option("--speaker", help="Part of the speaker's name (or of their canonical name).")
@click.option("--text", help="Part of the quote.")
@extra_quote_options
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@_offset_option
@_json_option
def quotes_command(db: str | None, speaker: str | None, text: str | None, limit: int, offset: int, as_json: bool,
                   **extra: str | None) -> None:
    """Stored quotes, newest articles first.

    \b
    Examples:
      wirewatch quotes --speaker Zelensky
      wirewatch quotes --text ceasefire --json
    """
    query = quote_query(speaker, text, limit, **extra)
    with _opened(db) as store:
        rows = store.quotes(query, offset=offset)
    if as_json:
        echo_json(rows)
        return
    echo_table(("published", "speaker", "quote", "article"),
                [(r.published, r.speaker_entity or r.speaker, r.text, r.article) for r in rows])


@click.command(epilog=EXIT_CODES_HELP)
@_db_option
@click.option("--type", "entity_type", type=click.Choice(["PER", "ORG", "LOC", "MISC"], case_sensitive=False))
@click.option("--country", help="ISO 3166 alpha-3 country, e.g. FRA.")
@click.option("--name", help="Part of the canonical name.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@_offset_option
@_json_option
def entities_command(db: str | None, entity_type: str | None, country: str | None, name: str | None, limit: int,
                     offset: int, as_json: bool) -> None:
    """Entities across articles (one row per canonical identity), most cited first.

    \b
    Examples:
      wirewatch entities --type PER
      wirewatch entities --country RUS --json
    """
    query = entity_query(entity_type, country, name, limit)
    with _opened(db) as store:
        rows = store.entities(query, offset=offset)
    if as_json:
        echo_json(rows)
        return
    echo_table(("name", "type", "country", "kb_id", "articles", "mentions"),
                [(r.name, r.type, r.country, r.kb_id, r.articles, r.mentions) for r in rows])


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("query")
@_db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@_json_option
def search_command(query: str, db: str | None, limit: int, as_json: bool) -> None:
    """Full-text search over stored articles (every word must appear; "quote" a phrase).

    \b
    Examples:
      wirewatch search "glide bombs"
      wirewatch search 'ceasefire "Black Sea"' --json
    """
    with _opened(db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        echo_json(hits)
        return
    echo_table(("published", "title", "snippet", "article"), [(h.published, h.title, h.snippet, h.article)
                                                                 for h in hits])


@click.command(epilog=EXIT_CODES_HELP)
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: records; csv/parquet: events; geojson: events with coordinates; gdelt/acled: tables "
                   "shaped like theirs (docs/exports.md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (default: standard output; parquet needs a file).")
@click.option("--per-report", is_flag=True,
              help="gdelt/acled: one row per report instead of one per event (reports merged by story).")
@_event_filters
def export_command(db: str | None, fmt: str, output: Path | None, per_report: bool, types: tuple[str, ...],
                   country: str | None, since: str | None, until: str | None) -> None:
    """Export the store: records, event tables, GeoJSON, or GDELT/ACLED-shaped tables.

    The GDELT- and ACLED-shaped tables give one row per real-world event: its reports across outlets and
    languages merged by story (their number, the lowest toll stated, the range in notes and tags, the
    sources); --per-report gives one row per report.

    \b
    Examples:
      wirewatch export --format jsonl -o records.jsonl
      wirewatch export --format acled --country UKR --since 2025-08-01 -o ukraine.csv
      wirewatch export --format geojson -o events.geojson
    """
    filters = any((types, country, since, until))
    query = _event_query(types, country, since, until, None) if filters else None
    with _opened(db) as store:
        if output is None:
            count = export(store, fmt, sys.stdout, query, per_report=per_report)
        elif fmt == "parquet":
            with staged_path(output) as path:
                count = export(store, fmt, path, query, per_report=per_report)
        else:
            with output_text(output) as stream:
                count = export(store, fmt, stream, query, per_report=per_report)
    click.echo(f"{count} {'records' if fmt == 'jsonl' else 'rows'} exported", err=True)


COMMANDS: dict[str, click.Command] = {
    "ingest": ingest_command, "reprocess": reprocess_command, "events": events_command, "quotes": quotes_command,
    "entities": entities_command, "search": search_command, "export": export_command,
}


def register(group: click.Group) -> None:
    """Add the store commands to the ``wirewatch`` group."""
    for name, command in COMMANDS.items():
        group.add_command(command, name=name)


# -- shared with the story commands (wirewatch.cli.stories_commands) ---------------------------------------------
db_option = _db_option
opened_store = _opened
