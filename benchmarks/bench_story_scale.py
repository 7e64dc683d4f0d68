"""Story filing as the store grows: time and candidates per filed article at 10,000, 100,000 and 1,000,000
stored articles, on SQLite and PostgreSQL (run on demand, never in CI; one process, big sizes with ``nice``).

    python benchmarks/bench_story_scale.py --stored 10000,100000,1000000 --db sqlite --db postgresql://… \\
        [--sample 300] [--days 365]

For each size and backend: a fresh store (a SQLite file under ``--folder``, or a scratch schema dropped
afterwards) is filled straight through its tables (:func:`wirewatch.store.story_fill.fill_stories`: ``COPY`` on
PostgreSQL, indexes built after the load) with the first N articles of the synthetic stream
(:mod:`wirewatch.store.synthetic_stories`: articles over ``--days`` days whatever N, so a bigger store is a
denser one), then the next ``--sample`` articles of the stream are saved and filed one at a time as ``ingest``
files them (``Store.file_story``, its own transaction). Prints, per size, the mean and p95 wall time of
``file_story`` per article, the mean candidate stories it compared, and how many of the filed articles whose story
was already stored joined it. Target: time per article at 1,000,000 within 2× of 10,000.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from wirewatch.records import Article
from wirewatch.store import Store, open_store
from wirewatch.store.bulk_load import BulkLoader
from wirewatch.store.story_fill import fill_stories
from wirewatch.store.synthetic import scratch_schema
from wirewatch.store.synthetic_stories import spec_record, stream

FILLER = "Filler text of a synthetic article. " * 60  # the offsets of spec_record fall inside it


def file_sample(store: Store, specs: list, story_of_gold: dict[int, str]) -> dict[str, float]:
    """Save and file each article; the figures of its ``file_story`` calls."""
    times: list[float] = []
    candidates: list[int] = []
    known = joined = 0
    for spec in specs:
        article = Article(id=f"new-{spec.number}", text=FILLER, lang="en", published=spec.day,
                          url=f"https://new.example.org/{spec.number}", title=f"New article {spec.number}")
        record = spec_record(spec, article.id)
        store.save(article, record)
        started = time.perf_counter()
        assignment = store.file_story(article, record)
        times.append((time.perf_counter() - started) * 1000)
        assert assignment is not None
        candidates.append(assignment.candidates)
        if spec.story in story_of_gold:
            known += 1
            joined += assignment.story_id == story_of_gold[spec.story]
    return {"mean": statistics.mean(times), "p95": statistics.quantiles(times, n=20)[-1],
            "candidates": statistics.mean(candidates), "known": known, "joined": joined}


def bench_one(db: str, stored: int, args: argparse.Namespace, folder: Path) -> dict[str, float]:
    with ExitStack() as stack:
        url = stack.enter_context(scratch_schema(db)) if db.startswith("postgres") else str(folder / f"s{stored}.db")
        open_store(url).close()  # the schema
        specs = stream(stored + args.sample, days=args.days, seed=args.seed)
        started = time.perf_counter()
        loader = BulkLoader(url)
        fill = fill_stories(loader, itertools.islice(specs, stored))
        loader.close()
        filled = time.perf_counter() - started
        store = open_store(url)
        stack.callback(store.close)
        figures = file_sample(store, list(specs), fill.story_of_gold)
        figures["fill"] = filled
        figures["stories"] = fill.stories
        if not db.startswith("postgres"):
            Path(url).unlink()
        return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored", default="10000,100000,1000000", help="sizes, comma-separated")
    parser.add_argument("--db", action="append", help="'sqlite' (a file under --folder) or a postgresql:// URL "
                                                      "(a scratch schema, dropped after); repeatable")
    parser.add_argument("--sample", type=int, default=300, help="new articles filed at each size")
    parser.add_argument("--days", type=int, default=365, help="days the stored articles spread over")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", default=None, help="where SQLite stores are made (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.stored.split(",")]
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        for db in args.db or ["sqlite"]:
            name = "PostgreSQL" if db.startswith("postgres") else "SQLite"
            base = None
            print(f"{name}: {'stored':>9} {'stories':>8} {'fill s':>7} {'mean ms':>8} {'p95 ms':>7} "
                  f"{'× 1st':>6} {'candidates':>10} {'joined its stored story':>24}", flush=True)
            for stored in sizes:
                f = bench_one(db, stored, args, Path(folder))
                base = base or f["mean"]
                print(f"{'':>{len(name) + 1}} {stored:>9,} {int(f['stories']):>8,} {f['fill']:>7.0f} "
                      f"{f['mean']:>8.2f} {f['p95']:>7.2f} {f['mean'] / base:>6.2f} {f['candidates']:>10.1f} "
                      f"{int(f['joined']):>13}/{int(f['known'])}", flush=True)


if __name__ == "__main__":
    main()
