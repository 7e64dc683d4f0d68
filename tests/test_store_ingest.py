"""The ingest job over a real store: idempotence, updates, failures, reprocessing, and a killed run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.ingest_job import ingest, reprocess
from wirewatch.store import EventQuery, open_store
from wirewatch.store.synthetic import SyntheticExtractor

SENTENCES = {
    "fr": ["Les deux ministres se sont rencontrés à Genève pour parler du commerce.",
           "Le maire a reçu les syndicats lundi matin à la mairie."],
    "en": ["The two ministers met in Geneva to discuss trade.",
           "The mayor received the unions at city hall on Monday morning."],
}


def articles(lang: str) -> list[Article]:
    return [Article(id=f"{lang}-{i}", text=text, lang=lang, url=f"https://news.example.org/{lang}/{i}")
            for i, text in enumerate(SENTENCES[lang])]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_stores_every_article(lang: str) -> None:
    store = open_store(":memory:")
    summary = ingest(articles(lang), SyntheticExtractor(), store)
    assert (summary.ingested, store.count_articles()) == (2, 2)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_second_ingest_skips_duplicates_without_extracting(lang: str) -> None:
    store, extractor = open_store(":memory:"), SyntheticExtractor()
    ingest(articles(lang), extractor, store)
    summary = ingest(articles(lang), extractor, store)
    assert (summary.duplicates, extractor.calls, store.count_articles()) == (2, 2, 2)


def test_changed_article_is_updated_in_place() -> None:
    store = open_store(":memory:")
    ingest(articles("en"), SyntheticExtractor(), store)
    edited = [articles("en")[0].model_copy(update={"text": "The two ministers met in Bern to discuss trade."})]
    summary = ingest(edited, SyntheticExtractor(), store)
    assert (summary.updated, store.count_articles()) == (1, 2)


def test_same_content_at_another_url_is_a_duplicate() -> None:
    store = open_store(":memory:")
    first = articles("fr")[0]
    ingest([first], SyntheticExtractor(), store)
    summary = ingest([first.model_copy(update={"url": "https://mirror.example.net/x"})], SyntheticExtractor(), store)
    assert summary.duplicates == 1


def test_duplicates_within_one_batch_are_stored_once() -> None:
    store = open_store(":memory:")
    twice = articles("en")[:1] * 2
    summary = ingest(twice, SyntheticExtractor(), store)
    assert (summary.ingested, summary.duplicates) == (1, 1)


def test_input_errors_are_counted_with_reasons() -> None:
    store = open_store(":memory:")
    summary = ingest([InputError("feed.xml", None, "not a readable RSS/Atom feed"), *articles("fr")],
                     SyntheticExtractor(), store)
    assert summary.failures == ["feed.xml: not a readable RSS/Atom feed"] and summary.ingested == 2


class RepeatingIdsExtractor(SyntheticExtractor):
    """Records whose entity ids repeat: a broken record must fail alone, not stop the run."""

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for record in super().extract(items):
            yield record.model_copy(update={"entities": record.entities * 2})


def test_record_the_store_refuses_is_a_failure_and_the_run_goes_on() -> None:
    store = open_store(":memory:")
    summary = ingest(articles("fr"), RepeatingIdsExtractor(), store)
    assert (summary.failed, store.count_articles()) == (2, 0) and "used twice" in summary.failures[0]


def test_force_re_extracts_duplicates() -> None:
    store = open_store(":memory:")
    ingest(articles("en"), SyntheticExtractor(), store)
    summary = ingest(articles("en"), SyntheticExtractor(), store, force=True)
    assert summary.updated == 2


def test_reprocess_updates_articles_of_older_pipeline() -> None:
    store = open_store(":memory:")
    ingest(articles("fr"), SyntheticExtractor(version="v1"), store)
    summary = reprocess(store, SyntheticExtractor(version="v2"), release="v2")
    assert (summary.updated, {s.pipeline_version for s in store.articles()}) == (2, {"v2"})


def test_reprocess_skips_current_articles() -> None:
    store = open_store(":memory:")
    ingest(articles("en"), SyntheticExtractor(version="v2"), store)
    assert reprocess(store, SyntheticExtractor(version="v2"), release="v2").seen == 0


def test_progress_reports_each_article() -> None:
    seen: list[int] = []
    ingest(articles("en"), SyntheticExtractor(), open_store(":memory:"), progress=lambda s: seen.append(s.seen))
    assert seen[-1] == 2


def test_jsonl_file_to_store(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a.model_dump(mode="json")) + "\n" for a in articles("fr")), "utf-8")
    store = open_store(":memory:")
    ingest(read_sources([str(source)], None), SyntheticExtractor(), store)
    assert len(store.events(EventQuery(types=("CONSULT",)))) == 2


KILLABLE_INGEST = textwrap.dedent("""
    import functools, sys
    from wirewatch.run.extraction_process import ExtractorProcess
    from wirewatch.run.ingest_job import ingest
    from wirewatch.ingest.sources import read_sources
    from wirewatch.store import open_store
    from wirewatch.store.synthetic import SyntheticExtractor

    source, db, where = sys.argv[1], sys.argv[2], sys.argv[3]
    extractor = SyntheticExtractor(delay=0.02)
    if where == "child":  # as the CLI runs it
        extractor = ExtractorProcess(functools.partial(SyntheticExtractor, delay=0.02))
    ingest(read_sources([source], None), extractor, open_store(db), batch_size=4)
""")


@pytest.mark.parametrize("extractor_in", ["thread", "child"])
def test_killed_ingest_then_rerun_stores_each_article_once(tmp_path: Path, db_url: str, extractor_in: str) -> None:
    total = 60
    source, script = tmp_path / "in.jsonl", tmp_path / "run.py"
    source.write_text("".join(json.dumps({"id": f"k{i}", "text": f"Article number {i} was written for this test.",
                                          "lang": "en"}) + "\n" for i in range(total)), "utf-8")
    script.write_text(KILLABLE_INGEST, "utf-8")
    command = [sys.executable, str(script), str(source), db_url, extractor_in]
    marked = {**os.environ, "WIREWATCH_FAULT_TEST": str(tmp_path)}  # inherited by the extraction child
    process = subprocess.Popen(command, env=marked)
    deadline = time.monotonic() + 60
    while _count(db_url, "articles") < 8 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = _count(db_url, "articles")
    subprocess.run(command, check=True, timeout=120)
    ids = _column(db_url, "SELECT ext_id FROM articles")
    assert 0 < killed_at < total and sorted(ids) == sorted(f"k{i}" for i in range(total))
    assert _count(db_url, "events") == total
    assert _processes_ended(f"WIREWATCH_FAULT_TEST={tmp_path}", within=10)  # no orphaned extraction child


def _processes_ended(marker: str, within: float) -> bool:
    """True once no process has ``marker`` in its environment (Linux's /proc), within ``within`` seconds."""
    needle = marker.encode() + b"\0"
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for environ in Path("/proc").glob("[0-9]*/environ"):
            try:
                alive.append(needle in environ.read_bytes())
            except OSError:  # ended meanwhile, or not ours to read
                continue
        if not any(alive):
            return True
        time.sleep(0.1)
    return False


def _rows(db_url: str, sql: str) -> list[tuple[object, ...]]:
    """Rows read with the driver directly (not through the store under test); [] before the schema exists."""
    if db_url.startswith("postgresql://"):
        import psycopg

        try:
            with psycopg.connect(db_url, autocommit=True) as conn:
                return list(conn.execute(sql).fetchall())
        except psycopg.errors.UndefinedTable:
            return []
    if not Path(db_url).exists():
        return []
    try:
        with sqlite3.connect(db_url, timeout=5) as conn:
            return list(conn.execute(sql).fetchall())
    except sqlite3.OperationalError:  # the schema is not there yet
        return []


def _count(db_url: str, table: str) -> int:
    rows = _rows(db_url, f"SELECT COUNT(*) FROM {table}")
    return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]


def _column(db_url: str, sql: str) -> list[str]:
    return [str(row[0]) for row in _rows(db_url, sql)]


def test_processes_opening_a_new_store_at_once_all_succeed(db_url: str) -> None:
    opener = "import sys; from wirewatch.store import open_store; open_store(sys.argv[1]).close()"
    processes = [subprocess.Popen([sys.executable, "-c", opener, db_url]) for _ in range(3)]
    assert [p.wait(timeout=60) for p in processes] == [0, 0, 0]
