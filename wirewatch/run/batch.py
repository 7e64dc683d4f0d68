"""Large corpora on Dask: the same :class:`~wirewatch.run.extractor.Extractor` on every partition, its models loaded
once per worker process, records written as JSON Lines part files.

Sources are files and folders (JSON Lines, text, HTML, feeds saved as files, WARC). A JSON Lines file is split
into blocks of ``blocksize`` bytes, so one huge file spreads over every worker; other files are whole units.
Each partition yields one record per article, in the order read; a bad article becomes a record with ``error``
and never stops the batch. Load the records into a store afterwards with ``wirewatch ingest`` of the articles,
or use them as they are.

On one 2-core machine one process is as fast as two (../shared/DEPENDENCIES.md); Dask pays off on a cluster or
a larger machine (``scheduler="processes"`` or a ``distributed`` client the caller has set up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.read import article_from_json_line
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extractor import Extractor
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


def extract_partition(items: Iterable[ArticleOrError], settings_json: str) -> Iterator[str]:
    """Records of one partition, as JSON lines."""
    for record in worker_extractor(settings_json).extract(items):
        yield record.model_dump_json()


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


class MissingDask(RuntimeError):
    """Dask (the ``batch`` extra) is not installed."""


def extract_corpus(sources: list[str], out_dir: Path, settings: Settings, *, blocksize: str = "64MiB",
                   scheduler: str = "processes", workers: int | None = None,
                   warn: Callable[[str], None] | None = None) -> BatchSummary:
    """Extract every article of ``sources`` into ``out_dir/part-*.jsonl`` on Dask; ``warn`` gets one line per
    record with an error (the workers' own output is not the caller's)."""
    try:
        import dask
        import dask.bag as db
    except ImportError as exc:
        raise MissingDask("wirewatch batch needs Dask: pip install 'wirewatch[batch]'") from exc

    settings_json = settings.model_dump_json()
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
    items = db.concat(bags)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("part-*.jsonl"):
        old.unlink()
    records = items.map_partitions(extract_partition, settings_json)
    with dask.config.set(scheduler=scheduler, num_workers=workers):
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
