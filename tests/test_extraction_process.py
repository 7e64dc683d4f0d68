"""The extractor in a child process: the same records as in this one, failures raised here, a dead child
replaced, and the ingest job storing through it."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from wirewatch.cli.store_commands import register
from wirewatch.ingest.article_input import InputError
from wirewatch.nlp.resources import Resources
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extraction_process import ExtractionProcessError, ExtractorProcess
from wirewatch.run.extractor import Extractor
from wirewatch.run.ingest_job import ingest
from wirewatch.settings import Settings
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor

from .test_extraction_worker import FailingExtractor

SENTENCES = {
    "en": "Officials in Kharkiv said on Tuesday that two people were killed when a drone hit a school.",
    "fr": "Deux personnes ont été tuées mardi à Kharkiv par un drone, a déclaré le gouverneur Oleh Synehoubov.",
}
ARTICLES = [Article(id=f"a{number}", text=f"The council met in Oslo on day {number}.", lang="en")
            for number in range(5)]


class DyingExtractor:
    """Ends its process on the first article, as an out-of-memory kill would."""

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for _ in items:
            os._exit(3)
        yield from ()


def failing_factory() -> SyntheticExtractor:
    raise OSError("model fr_core_news_md not installed")


@pytest.fixture(scope="module")
def synthetic_process() -> Iterator[ExtractorProcess]:
    with ExtractorProcess(SyntheticExtractor) as process:
        yield process


def ids(records: Iterable[ArticleRecord]) -> list[str]:
    return [record.id for record in records]


def test_records_come_back_in_input_order(synthetic_process: ExtractorProcess) -> None:
    assert ids(synthetic_process.extract(ARTICLES)) == ["a0", "a1", "a2", "a3", "a4"]


def test_records_are_those_of_the_extractor_in_this_process(synthetic_process: ExtractorProcess) -> None:
    assert list(synthetic_process.extract(ARTICLES)) == list(SyntheticExtractor().extract(ARTICLES))


def test_an_input_error_travels_to_the_extractor(synthetic_process: ExtractorProcess) -> None:
    records = list(synthetic_process.extract([InputError("in.jsonl", 3, "not JSON", id="bad")]))
    assert [(r.id, r.error) for r in records] == [("bad", "in.jsonl:3: not JSON")]


def test_a_call_abandoned_midway_leaves_the_next_call_intact(synthetic_process: ExtractorProcess) -> None:
    abandoned = synthetic_process.extract(ARTICLES)
    next(abandoned)
    abandoned.close()
    assert ids(synthetic_process.extract(ARTICLES[:2])) == ["a0", "a1"]


def test_an_extractor_error_is_raised_in_the_caller() -> None:
    with ExtractorProcess(FailingExtractor) as process, \
            pytest.raises(ExtractionProcessError, match="ValueError: model crashed"):
        list(process.extract(ARTICLES))


def broken_source() -> Iterator[Article]:
    yield ARTICLES[0]
    raise ValueError("feed went away")


def test_an_error_reading_the_items_is_raised_after_the_records_before_it(
        synthetic_process: ExtractorProcess) -> None:
    records: list[ArticleRecord] = []
    with pytest.raises(ValueError, match="feed went away"):
        records.extend(synthetic_process.extract(broken_source()))
    assert ids(records) == ["a0"]


class FussyExtractor(SyntheticExtractor):
    """Fails on an article whose text is "crash"."""

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for item in items:
            if isinstance(item, Article) and item.text == "crash":
                raise ValueError("cannot read this one")
            yield from super().extract([item])


def test_a_failed_call_leaves_the_process_usable() -> None:
    crash = Article(id="c", text="crash", lang="en")
    with ExtractorProcess(FussyExtractor) as process:
        with pytest.raises(ExtractionProcessError, match="cannot read this one"):
            list(process.extract([crash, *ARTICLES]))
        assert ids(process.extract(ARTICLES[:2])) == ["a0", "a1"]


def test_a_factory_error_is_raised_in_the_caller() -> None:
    with ExtractorProcess(failing_factory) as process, \
            pytest.raises(ExtractionProcessError, match="model fr_core_news_md not installed"):
        list(process.extract(ARTICLES))


def test_a_dead_child_is_an_error_not_a_hang() -> None:
    with ExtractorProcess(DyingExtractor) as process, pytest.raises(ExtractionProcessError, match="exit code 3"):
        list(process.extract(ARTICLES))


def test_a_dead_child_is_replaced_at_the_next_call() -> None:
    with ExtractorProcess(functools.partial(SyntheticExtractor)) as process:
        list(process.extract(ARTICLES[:1]))
        assert process._process is not None
        process._process.kill()
        process._process.wait()
        assert ids(process.extract(ARTICLES[:2])) == ["a0", "a1"]


def test_ingest_stores_through_a_child_process(synthetic_process: ExtractorProcess) -> None:
    store = open_store(":memory:")
    summary = ingest(ARTICLES, synthetic_process, store, batch_size=2)
    assert (summary.ingested, store.count_articles()) == (5, 5)


@pytest.fixture(scope="module")
def pipeline_process(settings: Settings) -> Iterator[ExtractorProcess]:
    with ExtractorProcess(functools.partial(Extractor, settings)) as process:
        yield process


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pipeline_in_a_child_gives_the_records_of_this_process(
        lang: str, pipeline_process: ExtractorProcess, extractor: Extractor) -> None:
    article = Article(id=f"p-{lang}", text=SENTENCES[lang], lang=lang, published="2025-08-06")
    assert list(pipeline_process.extract([article])) == list(extractor.extract([article]))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_ingest_command_stores_what_the_pipeline_extracts(
        lang: str, tmp_path: Path, settings: Settings, resources: Resources, extractor: Extractor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's default: the full pipeline in a child process (which reads settings from the environment)."""
    monkeypatch.setenv("WIREWATCH_DATA_DIR", str(settings.data_dir))  # the gazetteer the session built
    article = Article(id=f"cli-{lang}", text=SENTENCES[lang], lang=lang, published="2025-08-06")
    source, db = tmp_path / "in.jsonl", str(tmp_path / "store.sqlite")
    source.write_text(article.model_dump_json() + "\n", encoding="utf-8")
    group = click.Group("wirewatch")
    register(group)
    CliRunner().invoke(group, ["ingest", str(source), "--db", db], catch_exceptions=False)
    store = open_store(db)
    stored = [store.record(s.key) for s in store.articles()]
    expected = [e.name for e in extractor.extract_one(article).entities]
    assert [[e.name for e in r.entities] for r in stored if r] == [expected]
