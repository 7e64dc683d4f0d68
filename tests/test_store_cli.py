"""The store commands through click, on a SQLite file, with a synthetic extractor (no models)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from wirewatch.cli.exit_codes import ExitCode
from wirewatch.cli.store_commands import COMMANDS, StoreServices, register
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor, make_article, make_record

ARTICLES = {
    "fr": {"id": "cli-fr", "text": "Des manifestants ont défilé à Rennes contre la réforme des retraites.",
           "lang": "fr", "published": "2025-08-06", "url": "https://news.example.org/fr"},
    "en": {"id": "cli-en", "text": "Protesters marched in Leeds against the pension reform.",
           "lang": "en", "published": "2025-08-06", "url": "https://news.example.org/en"},
}


def run(*args: str, stdin: str | None = None) -> Result:
    group = click.Group("wirewatch")
    register(group)
    services = StoreServices(make_extractor=lambda settings: SyntheticExtractor())
    return CliRunner().invoke(group, list(args), obj=services, input=stdin, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.sqlite")


def write_input(tmp_path: Path, lang: str) -> str:
    path = tmp_path / f"{lang}.jsonl"
    path.write_text(json.dumps(ARTICLES[lang]) + "\n", encoding="utf-8")
    return str(path)


def filled(db: str) -> str:
    store = open_store(db)
    for lang in ("fr", "en"):
        article = make_article(lang, ident=f"a-{lang}", url=f"https://news.example.org/{lang}")
        store.save(article, make_record(article))
    store.close()
    return db


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_summary_as_json(tmp_path: Path, db: str, lang: str) -> None:
    result = run("ingest", write_input(tmp_path, lang), "--db", db, "--json")
    assert json.loads(result.output)["ingested"] == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_twice_reports_duplicate(tmp_path: Path, db: str, lang: str) -> None:
    source = write_input(tmp_path, lang)
    run("ingest", source, "--db", db)
    assert "0 ingested, 0 updated, 1 duplicates" in run("ingest", source, "--db", db).output


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_from_standard_input(db: str, lang: str) -> None:
    result = run("ingest", "-", "--db", db, "--json", stdin=json.dumps(ARTICLES[lang]) + "\n")
    assert json.loads(result.output)["ingested"] == 1


def test_ingest_of_missing_file_fails_with_reason(db: str) -> None:
    result = run("ingest", "/nonexistent/input.jsonl", "--db", db)
    assert result.exit_code == ExitCode.NOTHING_READ and "no such file" in result.output


def test_events_table_lists_filtered_events(db: str) -> None:
    output = run("events", "--db", filled(db), "--type", "ASSAULT", "--country", "UKR", "--since", "2025-08-01").output
    assert output.count("ASSAULT") == 2


def test_events_json_is_one_object_a_line(db: str) -> None:
    lines = run("events", "--db", filled(db), "--json").output.splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["ASSAULT", "ASSAULT"]


def test_events_bad_date_is_a_usage_error(db: str) -> None:
    result = run("events", "--db", filled(db), "--since", "last week")
    assert result.exit_code == 2 and "not a date" in result.output


@pytest.mark.parametrize(("speaker", "quote"),
                         [("Dupont", "Nous ne céderons pas."), ("dupont", "We will not give in.")])
def test_quotes_by_speaker(db: str, speaker: str, quote: str) -> None:
    assert quote in run("quotes", "--db", filled(db), "--speaker", speaker).output


def test_entities_by_type(db: str) -> None:
    output = run("entities", "--db", filled(db), "--type", "PER", "--json").output
    rows = [json.loads(line) for line in output.splitlines()]
    assert [(r["name"], r["articles"]) for r in rows] == [("Jean Dupont", 2)]


@pytest.mark.parametrize(("words", "article"), [("Kharkiv ville", "a-fr"), ("overnight drones", "a-en")])
def test_search(db: str, words: str, article: str) -> None:
    hits = [json.loads(line) for line in run("search", words, "--db", filled(db), "--json").output.splitlines()]
    assert [h["article"] for h in hits] == [article]


def test_export_geojson_to_file(tmp_path: Path, db: str) -> None:
    out = tmp_path / "events.geojson"
    run("export", "--db", filled(db), "--format", "geojson", "-o", str(out))
    assert len(json.loads(out.read_text("utf-8"))["features"]) == 2


def test_corrupt_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list: bread, milk\n" * 50, encoding="utf-8")
    result = run("events", "--db", str(path))
    assert result.exit_code == ExitCode.NOTHING_READ
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_help_shows_an_example(name: str) -> None:
    assert f"wirewatch {name}" in run(name, "--help").output


def test_exports_doc_names_every_format() -> None:
    from wirewatch.store.export import FORMATS

    doc = (Path(__file__).parents[1] / "docs" / "exports.md").read_text("utf-8")
    assert [fmt for fmt in FORMATS if f"`{fmt}`" not in doc] == []


def test_exports_doc_lists_every_gdelt_and_acled_column() -> None:
    from wirewatch.store.event_tables import ACLED_COLUMNS, GDELT_COLUMNS

    doc = (Path(__file__).parents[1] / "docs" / "exports.md").read_text("utf-8")
    assert [c for c in (*GDELT_COLUMNS, *ACLED_COLUMNS) if f"`{c}`" not in doc] == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_store_doc_names_every_command_option(name: str) -> None:
    doc = (Path(__file__).parents[1] / "docs" / "store.md").read_text("utf-8")
    options = [opt for param in COMMANDS[name].params for opt in param.opts if opt.startswith("--")]
    assert [opt for opt in options if opt not in doc] == []
