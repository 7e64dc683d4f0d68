"""Large corpora on Dask: the same :class:`~wirewatch.run.extractor.Extractor` on every partition, its models loaded
once per worker process, records written as JSON Lines part files.

Sources are files and folders (JSON Lines, text, HTML, feeds saved as files, WARC). A JSON Lines file is split
into blocks of ``blocksize`` bytes, so one huge file spreads over every worker; other files are whole units.
Each partition yields one record per article, in the order read; a bad article becomes a record with ``error``
and never stops the batch. Records carry their article, so ``wirewatch ingest --records`` loads them into a
store; ``wirewatch batch --db`` stores them itself (:mod:`wirewatch.run.batch_store`).

On one 2-core machine one process is as fast as two (../shared/DEPENDENCIES.md); Dask pays off on a cluster or
a larger machine (``scheduler="processes"`` or a ``distributed`` client the caller has set up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.read import article_from_json_line
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.batch_progress import TaskReport, reporting_tasks
from wirewatch.run.extractor import Extractor
from wirewatch.run.record_files import RecordMaker, records_with_articles
from wirewatch.settings import Settings

ArticleOrError = Article | InputError


@dataclass(frozen=True)
class BatchSummary:
    out_dir: Path
    parts: int
    records: int
    errors: int


@lru_cache(maxsize=2)
def worker_extractor(settings_json: str) -> Extractor:
    """One Extractor per worker process and settings: models load once, whatever the number of partitions."""
    return Extractor(Settings.model_validate_json(settings_json))


ExtractorFactory = Callable[[str], RecordMaker]


def extract_partition(items: Iterable[ArticleOrError], settings_json: str,
                      make_extractor: ExtractorFactory = worker_extractor) -> Iterator[str]:
    """Records of one partition, as JSON lines, each carrying its article (loadable with ``ingest --records``)."""
    for record in records_with_articles(make_extractor(settings_json), items):
        yield record.model_dump_json()


class MissingDask(RuntimeError):
    """Dask (the ``batch`` extra) is not installed."""


def require_dask() -> None:
    try:
        import dask
        import dask.bag  # noqa: F401
    except ImportError as exc:
        raise MissingDask("wirewatch batch needs Dask: pip install 'wirewatch[batch]'") from exc


@contextmanager
def dask_scheduler(scheduler: str, workers: int | None) -> Iterator[None]:
    """Dask computes on ``scheduler``: processes, threads, synchronous, or a ``tcp://`` dask.distributed
    scheduler's address (the cluster's workers then read the inputs: they must see the same paths)."""
    import dask

    if "://" in scheduler:  # tcp://, tls://, inproc:// …
        try:
            from distributed import Client
        except ImportError as exc:
            raise MissingDask("a tcp:// scheduler needs dask.distributed: pip install 'wirewatch[batch]'") from exc
        with Client(scheduler) as client, dask.config.set(scheduler=client.get):
            yield
        return
    with dask.config.set(scheduler=scheduler, num_workers=workers):
        yield


def items_bag(sources: list[str], *, blocksize: str, workers: int | None) -> Any:
    """A Dask bag of the articles (or input errors) of ``sources``; ValueError when there is no input."""
    import dask.bag as db

    jsonl, other = _expand(sources)
    bags = []
    for path in jsonl:
        lines = db.read_text(path, blocksize=blocksize).filter(lambda line: bool(line.strip()))
        bags.append(lines.map(_jsonl_line_to_item, path))
    if other:
        files = db.from_sequence(other, npartitions=max(1, min(len(other), (workers or 2) * 4)))
        bags.append(files.map_partitions(lambda part: list(read_sources(part, None))))
    if not bags:
        raise ValueError("no input: give JSON Lines files, other files or folders")
    return db.concat(bags)


def _jsonl_line_to_item(line: str, source: str) -> ArticleOrError:
    return article_from_json_line(line, source, None)


def _expand(sources: Iterable[str]) -> tuple[list[str], list[str]]:
    """(JSON Lines files, other files and folders)."""
    jsonl, other = [], []
    for source in sources:
        path = Path(source)
        if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
            jsonl.append(str(path))
        else:
            other.append(source)
    return jsonl, other


def extract_corpus(sources: list[str], out_dir: Path, settings: Settings, *, blocksize: str = "64MiB",
                   scheduler: str = "processes", workers: int | None = None,
                   warn: Callable[[str], None] | None = None,
                   make_extractor: ExtractorFactory = worker_extractor,
                   progress: TaskReport | None = None) -> BatchSummary:
    """Extract every article of ``sources`` into ``out_dir/part-*.jsonl`` on Dask; ``warn`` gets one line per
    record with an error (the workers' own output is not the caller's); ``progress`` the tasks done, as they
    finish (local schedulers)."""
    require_dask()
    settings_json = settings.model_dump_json()
    items = items_bag(sources, blocksize=blocksize, workers=workers)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("part-*.jsonl"):
        old.unlink()
    records = items.map_partitions(extract_partition, settings_json, make_extractor)
    with dask_scheduler(scheduler, workers), reporting_tasks(progress):
        written = records.to_textfiles(str(out_dir / "part-*.jsonl"), last_endline=True)
    count = errors = 0
    for name in written:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            count += 1
            error = ArticleRecord.model_validate_json(line).error
            if error is not None:
                errors += 1
                if warn is not None:
                    warn(error)
    return BatchSummary(out_dir=out_dir, parts=len(written), records=count, errors=errors)
