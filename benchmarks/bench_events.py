"""Cost of the event layer (``ww_events``) against the whole pipeline.

Run on demand: ``python benchmarks/bench_events.py [--repeat N]``. Runs every article through the full wirewatch
pipeline of its language one component at a time and sums each component's time. Printed: each component's
time, the time of ``ww_events``, the pipeline's total, and the event layer's share of it (target < 0.20).
Texts: the gold dev texts (news, plover_gsr) when ../shared/eval/dev exists, else the bundled samples. One
process (see ../shared/DEPENDENCIES.md: two were not faster here).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from wirewatch.extract import Extractor
from wirewatch.records import Article
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_SETS = ("news", "plover_gsr")
LAYER = "ww_events"
TARGET = 0.20
DATA_DIR = Path("/tmp/wirewatch-bench-events")


def load_articles() -> list[Article]:
    rows = [json.loads(p.read_text(encoding="utf-8"))
            for name in DEV_SETS if (DEV / name).is_dir() for p in sorted((DEV / name).glob("*.json"))]
    if not rows:
        rows = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    return [Article(id=r["id"], text=r["text"], lang=r.get("lang") or "en", published=r.get("published"))
            for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts (default 1)")
    args = parser.parse_args()
    articles = load_articles() * args.repeat
    extractor = Extractor(Settings(data_dir=DATA_DIR))
    pipelines = {lang: extractor.nlp(lang) for lang in sorted({a.lang for a in articles if a.lang})}
    seconds: dict[str, float] = defaultdict(float)
    n_events = 0
    for article in articles:
        nlp = pipelines[article.lang or "en"]
        start = time.perf_counter()
        doc = nlp.make_doc(article.text)
        seconds["tokenizer"] += time.perf_counter() - start
        doc._.ww_published = article.published
        doc._.ww_warnings = []
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            seconds[name] += time.perf_counter() - start
        n_events += len(doc._.ww_events or [])
    total = sum(seconds.values())
    layer = seconds.get(LAYER, 0.0)
    print(f"articles: {len(articles)}  events: {n_events}")
    for name, secs in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:8.3f} s")
    print(f"{LAYER}: {layer:.3f} s ({1000 * layer / max(len(articles), 1):.2f} ms/article)   "
          f"whole pipeline: {total:.3f} s")
    ratio = layer / total if total else 0.0
    verdict = "ok" if ratio < TARGET else "OVER"
    print(f"ratio {LAYER} / whole pipeline: {ratio:.3f}  (target < {TARGET:.2f}: {verdict})")


if __name__ == "__main__":
    main()
