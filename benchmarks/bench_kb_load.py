"""Loading time of the actor KB against baselines measured in the same run. Timed: the KB read from its cache
(``kb_cache.load_cached``, what a pipeline does at start-up), the KB built (``ActorKB.load``: actors.jsonl, the
Phoenix extension, the alias index), the same build with Python's cyclic garbage collector running throughout (how
the KB was built before it paused the collector: the "before"), the bare JSON parsing of the same files, and the
spaCy model of English (the rest of a pipeline's start-up). Run on demand:
``python benchmarks/bench_kb_load.py [--rounds N]``. Each side is timed in alternating rounds and keeps its best
round, so other load on the machine weighs on all alike.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from wirewatch.kb.actor_kb import EXTENSION_FILES, ActorKB, default_actor_file
from wirewatch.kb.kb_cache import load_cached
from wirewatch.settings import Settings


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def parse_files() -> int:
    """The baseline: every KB file read and parsed, nothing built."""
    path = default_actor_file()
    rows = 0
    for file in (path, *(path.with_name(name) for name in EXTENSION_FILES)):
        rows += sum(1 for line in file.read_text(encoding="utf-8").splitlines() if line.strip() and json.loads(line))
    return rows


def load_with_collector() -> ActorKB:
    """The KB built as before: the garbage collector left running."""
    return ActorKB._load(default_actor_file(), extensions=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    args = parser.parse_args()
    model = Settings().models["en"]
    cache_dir = Path(tempfile.mkdtemp(prefix="bench-kb-"))
    load_cached(cache_dir)  # written once; the timed side reads it
    sides: dict[str, Callable[[], object]] = {
        "JSON parsing of the KB files": parse_files,
        "KB read from its cache": lambda: load_cached(cache_dir),
        "ActorKB.load() (collector paused)": ActorKB.load,
        "ActorKB load, collector running": load_with_collector,
        f"spacy.load({model!r})": lambda: spacy.load(model),
    }
    best = {name: float("inf") for name in sides}
    for _ in range(args.rounds):
        for name, run in sides.items():
            best[name] = min(best[name], timed(run))
    base = best["JSON parsing of the KB files"]
    for name, seconds in best.items():
        print(f"{name:<40} {seconds:7.3f} s   x{seconds / base:5.2f} of JSON parsing")
    cached, build = best["KB read from its cache"], best["ActorKB.load() (collector paused)"]
    before = best["ActorKB load, collector running"]
    print(f"KB read from cache / KB built as before: {cached / before:.2f}")
    print(f"KB built now / KB built as before: {build / before:.2f}")
    print(f"KB read from cache / spaCy model load: {cached / best[f'spacy.load({model!r})']:.2f}")
    for stale in cache_dir.iterdir():
        stale.unlink()
    cache_dir.rmdir()


if __name__ == "__main__":
    main()
