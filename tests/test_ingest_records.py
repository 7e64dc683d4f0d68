"""`wirewatch ingest --records`: records made elsewhere give the store what ingesting the articles gives."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirewatch.cli import main
from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.run.ingest_job import ingest
from wirewatch.run.load_records import load_records
from wirewatch.run.record_files import read_record_files, records_with_articles
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.story_queries import StoryQuery
from wirewatch.store.synthetic import SyntheticExtractor

TEXTS = {
    "fr": ["Les ministres des Finances se sont rencontrés mardi à Vienne pour négocier un accord commercial.",
           "Le syndicat a manifesté jeudi devant le ministère du Travail contre la réforme des retraites.",
           "Les ministres des Finances ont signé mercredi à Vienne l'accord commercial négocié mardi."],
    "en": ["The finance ministers met in Vienna on Tuesday to negotiate a trade agreement.",
           "The union protested on Thursday outside the labour ministry against the pension reform.",
           "The finance ministers signed the trade agreement in Vienna on Wednesday after Tuesday's talks."],
}
SEARCH = {"fr": "commercial", "en": "agreement"}


def articles(lang: str) -> list[Article]:
    return [Article(id=f"{lang}-{i}", text=text, lang=lang, published="2025-05-06", title=f"Title {i}",
                    url=f"https://news.example.org/{lang}/{i}", source="Example Wire")
            for i, text in enumerate(TEXTS[lang])]


def snapshot(store: Store, query: str) -> dict[str, object]:
    """What a user sees of a store: articles, events, search hits, stories and their members."""
    stored_by_the_store = {"event_key", "added"}  # the row's key and the time it was stored: the store's own
    events = [{k: v for k, v in dataclasses.asdict(e).items() if k not in stored_by_the_store}
              for e in store.events(EventQuery())]
    stories = []
    for summary in store.stories(StoryQuery(limit=None)):
        detail = store.story(summary.id)
        assert detail is not None
        members = sorted(a.id for a in detail.articles)
        stories.append((members, summary.articles, summary.title, summary.langs, summary.outlets))
    return {"articles": sorted((s.article.model_dump_json(), s.pipeline_version) for s in store.articles()),
            "events": sorted(json.dumps(e, default=str, sort_keys=True) for e in events),
            "search": sorted(hit.article for hit in store.search(query)),
            "stories": sorted(stories)}


def write_records(path: Path, extractor: object, items: list[Article]) -> Path:
    lines = [r.model_dump_json() for r in records_with_articles(extractor, items)]  # type: ignore[arg-type]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_records_give_the_store_of_ingest_synthetic(lang: str, tmp_path: Path) -> None:
    ingested = open_store(":memory:")
    ingest(articles(lang), SyntheticExtractor(), ingested)
    records = write_records(tmp_path / "records.jsonl", SyntheticExtractor(), articles(lang))
    result = run("ingest", "--records", str(records), "--db", str(tmp_path / "loaded.sqlite"), "--json")
    assert result.exit_code == 0, result.output
    loaded = open_store(str(tmp_path / "loaded.sqlite"))
    assert snapshot(loaded, SEARCH[lang]) == snapshot(ingested, SEARCH[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_records_give_the_store_of_ingest_real_pipeline(lang: str, extractor: Extractor, tmp_path: Path) -> None:
    ingested, loaded = open_store(":memory:"), open_store(":memory:")
    ingest(articles(lang), extractor, ingested)
    records = write_records(tmp_path / "records.jsonl", extractor, articles(lang))
    summary = load_records(read_record_files([str(tmp_path)]), loaded)
    assert (summary.ingested, summary.other_version) == (3, 0)
    assert snapshot(loaded, SEARCH[lang]) == snapshot(ingested, SEARCH[lang])
    assert records.is_file()


def test_loading_twice_stores_nothing_new(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records.jsonl", SyntheticExtractor(), articles("en"))
    store = open_store(":memory:")
    load_records(read_record_files([str(records)]), store)
    again = load_records(read_record_files([str(records)]), store)
    assert (again.duplicates, again.ingested, store.count_articles()) == (3, 0, 3)


def test_records_of_another_version_are_said_and_kept(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records.jsonl", SyntheticExtractor(version="wirewatch-0.0.1"), articles("fr"))
    db = tmp_path / "store.sqlite"
    result = CliRunner().invoke(main, ["ingest", "--records", str(records), "--db", str(db), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["other_version"] == 3
    assert [line for line in result.stderr.splitlines() if "another pipeline version" in line] != []
    assert {s.pipeline_version for s in open_store(str(db)).articles()} == {"wirewatch-0.0.1"}


def test_bad_lines_are_counted_failures(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records.jsonl", SyntheticExtractor(), articles("en")[:1])
    no_text = {"id": "x1", "lang": "en", "events": []}
    with records.open("a", encoding="utf-8") as out:
        out.write("{broken\n" + json.dumps(no_text) + "\n" + json.dumps({"id": "x2", "unknown": 1}) + "\n")
    result = run("ingest", "--records", str(records), "--db", str(tmp_path / "s.sqlite"), "--json")
    assert (result.exit_code, json.loads(result.output.splitlines()[-1])["failed"]) == (1, 3)


def test_nothing_loadable_exits_3(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text("{broken\n", encoding="utf-8")
    assert run("ingest", "--records", str(records), "--db", str(tmp_path / "s.sqlite")).exit_code == 3
