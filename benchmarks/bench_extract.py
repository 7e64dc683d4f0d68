"""Throughput of `wirewatch extract` against bare `nlp.pipe` of the same spaCy models on the same texts, measured
in one run, with peak memory. Run on demand: ``python benchmarks/bench_extract.py [--repeat N] [--layers ...]``.

Texts: the gold dev news texts when ../shared/eval/dev/news exists, else the bundled samples. One process: on
this 2-core machine two CPU-bound processes ran only ~1.2x faster than one (see ../shared/DEPENDENCIES.md).
Both sides are timed in alternating rounds and each keeps its best round, so other load on the machine
weighs on both alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEV_NEWS = ROOT.parent / "shared" / "eval" / "dev" / "news"


def load_articles() -> list[Article]:
    if DEV_NEWS.is_dir():
        rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV_NEWS.glob("*.json"))]
    else:
        rows = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    return [Article(id=r["id"], text=r["text"], lang=r["lang"], published=r.get("published")) for r in rows]


def timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts per round (default 1)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; the best counts (3)")
    parser.add_argument("--layers", nargs="*", help="only these components (e.g. ww_entities ww_dates)")
    args = parser.parse_args()
    articles = load_articles() * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    settings = Settings(data_dir=Path("/tmp/wirewatch-bench"))

    langs = sorted({a.lang for a in articles if a.lang})
    extractor = Extractor(settings, layers=set(args.layers) if args.layers else None)
    for lang in langs:
        extractor.nlp(lang)  # load outside the timed part
    extractor.extract_one(articles[0])

    def run_wirewatch() -> None:
        for _ in extractor.extract(articles):
            pass

    run_wirewatch()  # warm caches (gazetteer look-ups, name normalisation) before timing
    ww_peak = peak_rss_mb()  # wirewatch alone: French and English pipelines, KB, gazetteer
    bare = {lang: spacy.load(settings.models[lang]) for lang in langs}

    def run_bare() -> None:
        for lang, nlp in bare.items():
            for _ in nlp.pipe([a.text for a in articles if a.lang == lang], batch_size=settings.batch_size):
                pass

    run_bare()
    ww_s, bare_s = float("inf"), float("inf")
    for _ in range(args.rounds):  # alternate, keep each side's best: other load on the machine hits both
        ww_s = min(ww_s, timed(run_wirewatch))
        bare_s = min(bare_s, timed(run_bare))

    print(f"articles: {len(articles)}  words: {words}")
    print(f"bare nlp.pipe:      {words / bare_s:8.0f} words/s  ({bare_s:.2f} s)")
    print(f"wirewatch extract:  {words / ww_s:8.0f} words/s  ({ww_s:.2f} s)")
    print(f"ratio (target >= 0.8): {bare_s / ww_s:.2f}")
    print(f"peak RSS of wirewatch extract, French and English loaded (target <= 1500 MB): {ww_peak:.0f} MB")


if __name__ == "__main__":
    main()
