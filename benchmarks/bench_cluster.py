"""Scaling of ``wirewatch batch --db`` on a dask.distributed LocalCluster of 1 and 2 workers (run on demand).

    python benchmarks/bench_cluster.py [--articles 48] [--workers 1 2]

Each run extracts the same articles (``samples/articles.jsonl`` repeated with distinct ids, URLs and texts) into
a fresh SQLite store through the cluster's scheduler address, as ``--scheduler tcp://…`` does; every worker (one
process, one thread) has loaded its models before the clock starts. Reports articles per second for each
cluster size, per worker, the speed-up of 2 workers over 1, and the articles a day a 16-core machine would
extract at the measured per-worker rate (one worker per core; the driver's SQLite writer and the scheduler
share this machine's cores with the workers, so the 2-worker figure here is a floor).
Needs the ``batch`` extra (Dask with ``distributed``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from wirewatch.records import Article
from wirewatch.run.batch import worker_extractor
from wirewatch.run.batch_store import batch_into_store
from wirewatch.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"
SECONDS_A_DAY = 86_400


def write_corpus(path: Path, count: int) -> None:
    base = [Article.model_validate_json(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            article = base[i % len(base)]
            out.write(article.model_copy(update={"id": f"{article.id}-{i}", "url": f"https://bench.example.org/{i}",
                                                 "text": f"{article.text} ({i})"}).model_dump_json() + "\n")


def warm(settings_json: str) -> str:
    """Load the models on a worker (the Extractor is cached per worker process)."""
    extractor = worker_extractor(settings_json)
    return ",".join(extractor.version_for(lang) for lang in ("fr", "en"))


def run(workers: int, corpus: Path, folder: Path, settings: Settings) -> float:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(warm, settings.model_dump_json())
        start = time.perf_counter()
        summary = batch_into_store([str(corpus)], str(folder / f"store-{workers}.sqlite"), settings,
                                   scheduler=cluster.scheduler_address, workers=workers,
                                   blocksize=str(max(1, corpus.stat().st_size // (4 * workers))))
        seconds = time.perf_counter() - start
    if summary.failed:
        raise SystemExit(f"{summary.failed} failures: {summary.failures[:3]}")
    return summary.ingested / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    settings = Settings.from_env()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        rates = {workers: run(workers, corpus, folder, settings) for workers in args.workers}
    per_worker = {workers: rate / workers for workers, rate in rates.items()}
    report: dict[str, object] = {
        "articles": args.articles,
        "articles_per_second": {w: round(r, 2) for w, r in rates.items()},
        "per_worker_per_second": {w: round(r, 2) for w, r in per_worker.items()},
        # one worker per core at each measured per-worker rate: the largest cluster measured is the floor
        "projected_articles_a_day_16_cores": {w: round(r * 16 * SECONDS_A_DAY) for w, r in per_worker.items()},
    }
    if 1 in rates and 2 in rates:
        report["speedup_2_over_1"] = round(rates[2] / rates[1], 2)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
