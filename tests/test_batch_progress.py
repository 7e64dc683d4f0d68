"""Progress of `batch` and `reprocess`: a Dask batch reports its tasks as they finish and shows articles done,
rate and time left on a terminal; `reprocess` knows beforehand how many articles it will go through."""

from __future__ import annotations

import io

import pytest

from tests.test_progress import Clock
from tests.test_store_ingest import articles
from wirewatch.cli.progress import TaskProgress, count_corpus_articles, share_text
from wirewatch.run.batch_progress import reporting_tasks
from wirewatch.run.ingest_job import ingest, reprocess
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor


@pytest.mark.parametrize(("share", "articles", "elapsed", "text"), [
    (0.25, 400, 10.0, "about 100/400 articles, 10.0/s, about 30s left"),
    (0.5, None, 10.0, "50% done, about 10s left"),
    (1.0, 400, 40.0, "about 400/400 articles, 10.0/s"),
])
def test_share_text(share: float, articles: int | None, elapsed: float, text: str) -> None:
    assert share_text(share, articles, elapsed) == text


def test_a_batch_line_on_a_terminal_ends_with_the_last_task() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = TaskProgress(40, enabled=True, stream=stream, clock=clock)
    for done in range(1, 5):
        clock.now += 0.1
        progress.report(done, 4)
    shown = [part for part in stream.getvalue().split("\r\033[K") if part]
    assert (shown, progress.done) == (["about 10/40 articles, 100.0/s, about 0s left",
                                       "about 40/40 articles, 100.0/s"], 40)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_reports_every_task(scheduler: str) -> None:
    import dask
    import dask.bag as db

    reports: list[tuple[int, int]] = []
    with dask.config.set(scheduler=scheduler), reporting_tasks(lambda done, total: reports.append((done, total))):
        assert db.from_sequence(range(12), npartitions=4).map(lambda n: n * 2).sum().compute() == 132
    assert reports[-1][0] == reports[-1][1] > 0 and [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_corpus_count_is_known_only_for_json_lines(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "a.jsonl").write_text('{"text": "Un."}\n{"text": "Deux."}\n', encoding="utf-8")
    (folder / "b.txt").write_text("Plain.", encoding="utf-8")
    assert (count_corpus_articles([str(folder / "a.jsonl")] * 2),
            count_corpus_articles([str(folder / "a.jsonl"), str(folder / "b.txt")])) == (4, None)


def test_reprocess_counts_what_it_will_go_through() -> None:
    store = open_store(":memory:")
    ingest(articles("fr"), SyntheticExtractor(version="v1"), store)
    ingest(articles("en"), SyntheticExtractor(version="v2"), store)
    counted = (store.count_articles(stale_for="v2"), store.count_articles(stale_for="v1"), store.count_articles())
    assert counted == (reprocess(store, SyntheticExtractor(version="v2"), release="v2").seen, 2, 4)
