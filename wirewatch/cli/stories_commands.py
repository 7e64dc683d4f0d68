"""Story commands: ``stories`` (article id → story id, CONTRACT.md) and ``deadlines`` (tracked threats and
demands). Thin shells over :mod:`wirewatch.stories`; the lead's group registers them with :func:`register`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.read import read_input
from wirewatch.records import Article, ArticleRecord
from wirewatch.settings import Settings
from wirewatch.stories import build_stories, capital_countries, find_deadlines, merge_deadlines, track


def _warn(message: str) -> None:
    click.echo(f"wirewatch: {message}", err=True)


def _read_records(path: Path) -> Iterator[ArticleRecord]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield ArticleRecord.model_validate_json(line)
                except ValueError as error:
                    raise click.ClickException(f"{path}:{number}: not an extraction record ({error})") from None


def _articles_and_records(input_path: str, records_path: Path | None, lang: str | None
                          ) -> tuple[dict[str, Article], list[ArticleRecord]]:
    """The input articles (by id) and their records: read from ``records_path``, else extracted now."""
    items = list(read_input(input_path))
    for item in items:
        if isinstance(item, InputError):
            _warn(str(item))
    articles = {a.id: a for a in items if isinstance(a, Article)}
    if records_path is not None:
        return articles, list(_read_records(records_path))
    from wirewatch.extract import Extractor

    extractor = Extractor(Settings.from_env(default_lang=lang), warn=_warn)
    return articles, list(extractor.extract(items))


def _write(payload: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(payload + "\n")
    else:
        output.write_text(payload + "\n", encoding="utf-8")


_records_option = click.option(
    "--records", "records_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extraction records of INPUT (from `wirewatch extract`): skip extraction.")
_lang_option = click.option("--lang", help="Language of every input article that does not state one.")


@click.command("stories")
@click.argument("input_path", metavar="INPUT.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON object article id → story id here (default: standard output).")
@click.option("--details", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the stories with their merged events (sources, figures, disagreements) here.")
@_records_option
@_lang_option
def stories_command(input_path: str, output: Path | None, details: Path | None, records_path: Path | None,
                    lang: str | None) -> None:
    """Cluster the articles of INPUT into stories: articles from any outlet or language about the same events.

    INPUT takes the same lines as `wirewatch extract`. Articles go through the clusterer oldest first, as a
    stream would; each joins the most similar story active within a week, or starts one.

    \b
    Examples:
      wirewatch stories samples/articles.jsonl -o stories.json
      wirewatch extract news.jsonl -o records.jsonl && wirewatch stories news.jsonl --records records.jsonl
    """
    _, records = _articles_and_records(input_path, records_path, lang)
    stories = build_stories(records)
    mapping = {article_id: story.id for story in stories for article_id in story.article_ids}
    _write(json.dumps({r.id: mapping[r.id] for r in records if r.id in mapping}, ensure_ascii=False, indent=1),
           output)
    if details is not None:
        details.write_text(json.dumps([s.model_dump(mode="json") for s in stories], ensure_ascii=False, indent=1)
                           + "\n", encoding="utf-8")


@click.command("deadlines")
@click.argument("input_path", metavar="INPUT.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON list of deadlines here (default: standard output).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Today, for expiry (default: the real today).")
@click.option("--per-article", is_flag=True, help="One item per statement, not merged across sentences and articles.")
@_records_option
@_lang_option
def deadlines_command(input_path: str, output: Path | None, as_of: str | None, per_article: bool,
                      records_path: Path | None, lang: str | None) -> None:
    """Track the threats and demands of INPUT that have a due date or a condition: who demands what of whom, by
    when, or else what; each settled against later articles (open, expired, fulfilled or withdrawn).

    \b
    Example:
      wirewatch deadlines news.jsonl --as-of 2025-08-09 -o deadlines.json
    """
    try:
        today = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        raise click.BadParameter(f"{as_of!r} is not a YYYY-MM-DD date", param_hint="--as-of") from None
    articles, records = _articles_and_records(input_path, records_path, lang)
    capitals = capital_countries()
    found = [d for r in records if r.id in articles for d in find_deadlines(r, articles[r.id].text, capitals)]
    tracked = [track(d, records, today) for d in (found if per_article else merge_deadlines(found))]
    _write(json.dumps([d.model_dump(mode="json") for d in tracked], ensure_ascii=False, indent=1), output)


COMMANDS: dict[str, click.Command] = {"stories": stories_command, "deadlines": deadlines_command}


def register(group: click.Group) -> None:
    """Add the story commands to the ``wirewatch`` group."""
    for name, command in COMMANDS.items():
        group.add_command(command, name=name)
