"""The background extraction thread of the ingest job: order, bounded depth, and failures reaching the caller."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from wirewatch.ingest.article_input import InputError
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extraction_worker import ExtractionWorker
from wirewatch.store.synthetic import SyntheticExtractor

TEXTS = ["The council met in Oslo on Monday.", "Le conseil s'est réuni à Oslo lundi.", "Talks resumed in Doha."]


def submitted(worker: ExtractionWorker) -> list[str]:
    for number, text in enumerate(TEXTS):
        worker.submit(Article(id=f"a{number}", text=text, lang="en"))
    worker.close()
    taken = []
    while (done := worker.take(wait=True)) is not None:
        taken.append(done[0].id)
    return taken


class FailingExtractor:
    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for _ in items:
            raise ValueError("model crashed")
        yield from ()


class SilentExtractor:
    """Consumes its input and returns no record: a broken extractor."""

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        list(items)
        yield from ()


def test_records_come_back_in_submission_order() -> None:
    with ExtractionWorker(SyntheticExtractor(), depth=2) as worker:
        assert submitted(worker) == ["a0", "a1", "a2"]


def test_an_extractor_error_is_raised_in_the_calling_thread() -> None:
    with pytest.raises(ValueError, match="model crashed"), ExtractionWorker(FailingExtractor(), depth=2) as worker:
        submitted(worker)


def test_missing_records_are_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="no record for 3 article"), \
            ExtractionWorker(SilentExtractor(), depth=2) as worker:
        submitted(worker)


def test_the_worker_reports_full_at_its_depth() -> None:
    with ExtractionWorker(SyntheticExtractor(), depth=2) as worker:
        worker.submit(Article(id="a", text=TEXTS[0], lang="en"))
        worker.submit(Article(id="b", text=TEXTS[2], lang="en"))
        assert worker.full
        worker.close()
        while worker.take(wait=True) is not None:
            pass
