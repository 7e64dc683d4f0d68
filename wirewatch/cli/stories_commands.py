"""Story commands: ``stories`` (article id → story id, CONTRACT.md) and ``deadlines`` (tracked threats and
demands). Thin shells over :mod:`wirewatch.stories` for an INPUT file, and over the store's stories (built as
articles are ingested) with ``--db``; the lead's group registers them with :func:`register`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import cast

import click

from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode, exit_with, outcome
from wirewatch.cli.options import db_option, lang_option, parse_day
from wirewatch.cli.output_files import write_text
from wirewatch.cli.store_commands import opened_store
from wirewatch.cli.tables import echo_table
from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.read import read_input
from wirewatch.records import Article, ArticleRecord
from wirewatch.settings import Settings
from wirewatch.store import DeadlineQuery, StoryQuery
from wirewatch.stories import (
    Deadline,
    SpacySentenceParser,
    Story,
    build_stories,
    capital_countries,
    find_deadlines,
    follow,
    merge_deadlines,
    track,
)
from wirewatch.stories.models import DEADLINE_STATUSES, DeadlineStatus


def _warn(message: str) -> None:
    click.echo(f"wirewatch: {message}", err=True)


def _read_records(path: Path) -> tuple[list[ArticleRecord], int]:
    """The records of ``path`` and the number of lines that are not one (each named on stderr, then skipped)."""
    records, failed = [], 0
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    records.append(ArticleRecord.model_validate_json(line))
                except ValueError as error:
                    _warn(f"{path}:{number}: not an extraction record ({str(error).splitlines()[0]})")
                    failed += 1
    return records, failed


def _articles_and_records(input_path: str, records_path: Path | None, lang: str | None
                          ) -> tuple[dict[str, Article], list[ArticleRecord], ExitCode]:
    """The input articles (by id), their records (read from ``records_path``, else extracted now), and the exit
    code their reading and extraction earn."""
    items = list(read_input(input_path))
    failed = 0
    for item in items:
        if isinstance(item, InputError):
            _warn(str(item))
            failed += 1
    articles = {a.id: a for a in items if isinstance(a, Article)}
    if records_path is not None:
        records, bad_records = _read_records(records_path)
        return articles, records, outcome(len(records), failed + bad_records)
    from wirewatch.run.extractor import Extractor

    extractor = Extractor(Settings.from_env(default_lang=lang), warn=_warn)
    records = list(extractor.extract([a for a in items if isinstance(a, Article)]))  # input errors: said above
    errors = sum(r.error is not None for r in records)
    return articles, [r for r in records if r.error is None], outcome(len(records) - errors, errors + failed)


def _write(payload: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(payload + "\n")
    else:
        write_text(output, payload + "\n")


_records_option = click.option(
    "--records", "records_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extraction records of INPUT (from `wirewatch extract`): skip extraction.")


def _source(input_path: str | None, db: str | None, store_only: list[str]) -> str | None:
    """The store to read (None: read INPUT): exactly one of INPUT and --db (WIREWATCH_DB counts only without
    INPUT); options that only make sense with a store are refused without one."""
    source = click.get_current_context().get_parameter_source("db")
    if input_path is not None and source is click.core.ParameterSource.ENVIRONMENT:
        db = None
    if (input_path is None) == (db is None):
        raise click.UsageError("give INPUT.jsonl, or --db to read the stories of a store (not both)")
    if db is None and store_only:
        raise click.UsageError(f"{store_only[0]} reads a store: give --db")
    return db


@click.command("stories", epilog=EXIT_CODES_HELP)
@click.argument("input_path", metavar="[INPUT.jsonl]", required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON object article id → story id here (default: standard output).")
@click.option("--details", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the stories with their merged events (sources, figures, disagreements) here.")
@_records_option
@lang_option
@db_option
@click.option("--since", metavar="YYYY-MM-DD", help="With --db: stories active on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="With --db: stories active on or before this day.")
@click.option("--list", "as_list", is_flag=True, help="With --db: a table of the stories instead of the mapping.")
def stories_command(input_path: str | None, output: Path | None, details: Path | None, records_path: Path | None,
                    lang: str | None, db: str | None, since: str | None, until: str | None, as_list: bool) -> None:
    """Cluster the articles of INPUT into stories: articles from any outlet or language about the same events;
    or, with --db, read the stories the store built as articles were ingested.

    INPUT takes the same lines as `wirewatch extract`. Articles go through the clusterer oldest first, as a
    stream would; each joins the most similar story active within a week, or starts one.

    \b
    Examples:
      wirewatch stories samples/articles.jsonl -o stories.json
      wirewatch extract news.jsonl -o records.jsonl && wirewatch stories news.jsonl --records records.jsonl
      wirewatch stories --db wirewatch.sqlite --since 2025-08-01 --list
    """
    store_only = [name for name, given in (("--since", since), ("--until", until), ("--list", as_list)) if given]
    db = _source(input_path, db, store_only)
    if input_path is None:
        _stories_of_store(db, output, details, StoryQuery(since=parse_day(since), until=parse_day(until),
                                                          limit=None), as_list)
        return
    _, records, code = _articles_and_records(input_path, records_path, lang)
    stories = build_stories(records)
    mapping = {article_id: story.id for story in stories for article_id in story.article_ids}
    _write(json.dumps({r.id: mapping[r.id] for r in records if r.id in mapping}, ensure_ascii=False, indent=1),
           output)
    if details is not None:
        _write_details(stories, details)
    exit_with(code)


def _write_details(stories: list[Story], details: Path) -> None:
    write_text(details, json.dumps([s.model_dump(mode="json") for s in stories], ensure_ascii=False, indent=1)
               + "\n")


def _stories_of_store(db: str | None, output: Path | None, details: Path | None, query: StoryQuery,
                      as_list: bool) -> None:
    with opened_store(db) as store:
        summaries = store.stories(query)
        if as_list:
            echo_table(["story", "first", "last", "articles", "languages", "title"], [
                (s.id, s.first_day, s.last_day, s.articles, ",".join(s.langs), s.title) for s in summaries])
            return
        full = [d.story for s in summaries if (d := store.story(s.id)) is not None]
    _write(json.dumps({a: story.id for story in full for a in story.article_ids}, ensure_ascii=False, indent=1),
           output)
    if details is not None:
        _write_details(full, details)


@click.command("deadlines", epilog=EXIT_CODES_HELP)
@click.argument("input_path", metavar="[INPUT.jsonl]", required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON list of deadlines here (default: standard output).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Today, for expiry (default: the real today).")
@click.option("--merged", is_flag=True,
              help="One item per deadline (its statements merged), not one per article stating it.")
@click.option("--per-article", is_flag=True, hidden=True, help="The default: one item per article and deadline.")
@_records_option
@lang_option
@db_option
@click.option("--status", type=click.Choice(DEADLINE_STATUSES),
              help="With --db: only deadlines of this status.")
@click.option("--actor", help="With --db: part of the issuer's or target's name, or their ISO3 country.")
@click.option("--due-from", "due_from", metavar="YYYY-MM-DD", help="With --db: due on or after this day.")
@click.option("--due-until", "due_until", metavar="YYYY-MM-DD", help="With --db: due on or before this day.")
def deadlines_command(input_path: str | None, output: Path | None, as_of: str | None, merged: bool, per_article: bool,
                      records_path: Path | None, lang: str | None, db: str | None, status: str | None,
                      actor: str | None, due_from: str | None, due_until: str | None) -> None:
    """Track the ultimatums, demands and pledges of INPUT (or, with --db, of the store) that have a due time:
    who demands (or promises) what of whom, by when, or else what; each followed through later articles (open,
    extended, met, fulfilled, withdrawn or expired, with its history).

    INPUT gives one item per article that states a deadline, with that article's own sentence (``evidence``);
    the statements of one deadline across articles share their ``id``.

    \b
    Examples:
      wirewatch deadlines news.jsonl --as-of 2025-08-09 -o deadlines.json
      wirewatch deadlines --db wirewatch.sqlite --status open --actor USA
    """
    store_only = [name for name, given in (("--status", status), ("--actor", actor), ("--due-from", due_from),
                                           ("--due-until", due_until)) if given]
    db = _source(input_path, db, store_only)
    try:
        today = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        raise click.BadParameter(f"{as_of!r} is not a YYYY-MM-DD date", param_hint="--as-of") from None
    if input_path is None:
        query = DeadlineQuery(status=cast(DeadlineStatus | None, status), actor=actor, due_from=parse_day(due_from),
                              due_until=parse_day(due_until), as_of=today, limit=None)
        with opened_store(db) as store:
            tracked = [d.deadline for d in store.deadlines(query)]
        _write_deadlines(tracked, output)
        return
    articles, records, code = _articles_and_records(input_path, records_path, lang)
    capitals = capital_countries()
    parse = SpacySentenceParser(Settings.from_env(default_lang=lang).models)
    found = [d for r in records if r.id in articles
             for d in find_deadlines(r, articles[r.id].text, capitals, parse=parse)]
    if merged:
        _write_deadlines([track(d, records, today) for d in merge_deadlines(found)], output)
        exit_with(code)
        return
    story_of = {a: story.id for story in build_stories(records) for a in story.article_ids}
    _write_deadlines(follow(found, records, today, story_of), output)
    exit_with(code)


def _write_deadlines(deadlines: list[Deadline], output: Path | None) -> None:
    _write(json.dumps([d.model_dump(mode="json") for d in deadlines], ensure_ascii=False, indent=1), output)


COMMANDS: dict[str, click.Command] = {"stories": stories_command, "deadlines": deadlines_command}


def register(group: click.Group) -> None:
    """Add the story commands to the ``wirewatch`` group."""
    for name, command in COMMANDS.items():
        group.add_command(command, name=name)
