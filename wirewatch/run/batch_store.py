"""``wirewatch batch --db``: Dask workers extract a corpus and its records go into the store, then stories are filed.

PostgreSQL takes many writers: each partition's worker extracts its articles and saves each one in its own
transaction (duplicates skipped, as ``ingest`` does), through its own connection; the driver then gives the
stories of every placed article a second look. SQLite takes one writer: the workers write records part files
(``-o``, else a temporary folder) and the driver loads them (:func:`wirewatch.run.load_records.load_records`).
With ``-o`` on PostgreSQL the part files are written too, and the driver loads them.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from wirewatch.run.batch import (
    ArticleOrError,
    ExtractorFactory,
    dask_scheduler,
    extract_corpus,
    items_bag,
    require_dask,
    worker_extractor,
)
from wirewatch.run.batch_progress import TaskReport, reporting_tasks
from wirewatch.run.ingest_job import _refine
from wirewatch.run.load_records import LoadSummary, load_records
from wirewatch.run.record_files import read_record_files, records_with_articles
from wirewatch.settings import Settings
from wirewatch.store import ArticleIdentity, StoreError, is_postgres_url, open_store


def batch_into_store(sources: list[str], db_url: str, settings: Settings, *, out_dir: Path | None = None,
                     blocksize: str = "64MiB", scheduler: str = "processes", workers: int | None = None,
                     make_extractor: ExtractorFactory = worker_extractor,
                     warn: Callable[[str], None] | None = None, progress: TaskReport | None = None) -> LoadSummary:
    """Extract every article of ``sources`` on Dask into the store at ``db_url``; the counts of the run."""
    require_dask()
    started = time.monotonic()
    if is_postgres_url(db_url) and out_dir is None:
        summary = _many_writers(sources, db_url, settings, blocksize=blocksize, scheduler=scheduler,
                                workers=workers, make_extractor=make_extractor, progress=progress)
    else:
        with tempfile.TemporaryDirectory(prefix="wirewatch-batch-") as scratch:
            parts = out_dir or Path(scratch)
            extract_corpus(sources, parts, settings, blocksize=blocksize, scheduler=scheduler, workers=workers,
                           make_extractor=make_extractor, warn=warn, progress=progress)
            store = open_store(db_url)
            try:
                summary = load_records(read_record_files([str(parts)]), store)
            finally:
                store.close()
    summary.started = started  # the rate counts extraction too
    return summary


def store_partition(items: Iterable[ArticleOrError], settings_json: str, db_url: str,
                    make_extractor: ExtractorFactory) -> list[dict[str, object]]:
    """Extract one partition and save each article in its own transaction; its counts, as one item."""
    records = records_with_articles(make_extractor(settings_json), items)
    store = open_store(db_url)
    try:
        summary = load_records(records, store, refine=False)
    finally:
        store.close()
    return [{"ingested": summary.ingested, "updated": summary.updated, "duplicates": summary.duplicates,
             "failures": summary.failures, "other_version": summary.other_version,
             "other_versions": sorted(summary.other_versions),
             "placed": [(p.canonical_url, p.content_hash) for p in summary.placed]}]


def _many_writers(sources: list[str], db_url: str, settings: Settings, *, blocksize: str, scheduler: str,
                  workers: int | None, make_extractor: ExtractorFactory,
                  progress: TaskReport | None = None) -> LoadSummary:
    items = items_bag(sources, blocksize=blocksize, workers=workers)
    counts = items.map_partitions(store_partition, settings.model_dump_json(), db_url, make_extractor)
    with dask_scheduler(scheduler, workers), reporting_tasks(progress):
        parts = counts.compute()
    summary = LoadSummary()
    for part in parts:
        summary.ingested += part["ingested"]
        summary.updated += part["updated"]
        summary.duplicates += part["duplicates"]
        summary.failures.extend(part["failures"])
        summary.other_version += part["other_version"]
        summary.other_versions.update(part["other_versions"])
        summary.placed.extend(ArticleIdentity(url, content) for url, content in part["placed"])
    try:
        store = open_store(db_url)
    except StoreError as error:
        summary.failures.append(f"story refinement: {error}")
        return summary
    try:
        _refine(store, summary.placed, summary)
    finally:
        store.close()
    return summary
