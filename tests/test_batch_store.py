"""`wirewatch batch --db`: Dask workers extract and the store gets what `ingest` gives for the same input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirewatch.cli import main
from wirewatch.ingest.sources import read_sources
from wirewatch.run.batch_store import batch_into_store
from wirewatch.run.ingest_job import ingest
from wirewatch.settings import Settings
from wirewatch.store import EventQuery, open_store
from wirewatch.store.synthetic import SyntheticExtractor

SENTENCES = {
    "fr": ["Les deux délégations se sont rencontrées à Lisbonne pour parler de pêche.",
           "Le conseil municipal a reçu les commerçants du marché mercredi."],
    "en": ["The two delegations met in Lisbon to discuss fishing rights.",
           "The city council received the market traders on Wednesday."],
}


def synthetic(settings_json: str) -> SyntheticExtractor:
    return SyntheticExtractor()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": f"{lang}-{n}-{i}", "text": f"{text} ({n})", "lang": lang,
                         "url": f"https://news.example.org/{lang}/{n}/{i}"})
             for n in range(6) for lang, texts in SENTENCES.items() for i, text in enumerate(texts)]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([*lines, "{broken"]) + "\n", encoding="utf-8")
    return path


def events_of(url: str) -> list[tuple[object, ...]]:
    store = open_store(url)
    try:
        return sorted((e.article, e.type, e.evidence) for e in store.events(EventQuery(limit=None)))
    finally:
        store.close()


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_batch_stores_the_events_of_ingest(corpus: Path, tmp_path: Path, db_url: str, settings: Settings,
                                           scheduler: str) -> None:
    ingested = str(tmp_path / "ingested.sqlite")
    expected = ingest(read_sources([str(corpus)], None), SyntheticExtractor(), open_store(ingested))
    summary = batch_into_store([str(corpus)], db_url, settings, scheduler=scheduler, workers=2, blocksize="600B",
                               make_extractor=synthetic)
    assert (summary.ingested, summary.failed) == (expected.ingested, expected.failed) == (24, 1)
    assert events_of(db_url) == events_of(ingested)


def test_batch_twice_stores_nothing_new(corpus: Path, db_url: str, settings: Settings) -> None:
    batch_into_store([str(corpus)], db_url, settings, scheduler="threads", workers=2, make_extractor=synthetic)
    again = batch_into_store([str(corpus)], db_url, settings, scheduler="threads", workers=2,
                             make_extractor=synthetic)
    assert (again.ingested, again.duplicates) == (0, 24)


def test_batch_without_dask_says_to_install_the_extra(corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    result = CliRunner().invoke(main, ["batch", str(corpus), "--db", str(tmp_path / "s.sqlite")])
    assert (result.exit_code, result.output.strip().splitlines()) == (
        2, ["Error: wirewatch batch needs Dask: pip install 'wirewatch[batch]'"])


def test_batch_needs_an_output_or_a_store(corpus: Path) -> None:
    assert CliRunner().invoke(main, ["batch", str(corpus)]).exit_code == 2


def test_batch_on_a_distributed_scheduler_address(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = batch_into_store([str(corpus)], str(tmp_path / "s.sqlite"), settings,
                                   scheduler=cluster.scheduler_address, make_extractor=synthetic)
    assert (summary.ingested, summary.failed) == (24, 1)
