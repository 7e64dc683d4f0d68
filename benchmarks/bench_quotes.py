"""Cost of the quote layer (``ww_quotes``) against the rest of the pipeline, same texts, same run.

Run on demand: ``python benchmarks/bench_quotes.py [--repeat N]``. Every article goes through the full wirewatch
pipeline of its language one component at a time; the time of each component is summed. Printed: the time of
``ww_quotes``, the time of the pipeline without it (spaCy model + the other wirewatch components), and their
ratio (target < 0.10). Texts: the gold dev texts with quotes (news, PolNeAR) when ../shared/eval/dev exists, else
the bundled samples. One process (see ../shared/DEPENDENCIES.md: two were not faster here).
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
DEV_SETS = ("news", "polnear_test")
LAYER = "ww_quotes"
TARGET = 0.10


def load_articles() -> list[Article]:
    rows = [json.loads(p.read_text(encoding="utf-8"))
            for name in DEV_SETS if (DEV / name).is_dir() for p in sorted((DEV / name).glob("*.json"))]
    if not rows:
        rows = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    return [Article(id=r["id"], text=r["text"], lang=r["lang"], published=r.get("published")) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="passes over the texts (default 2)")
    args = parser.parse_args()
    articles = load_articles() * args.repeat
    extractor = Extractor(Settings(data_dir=Path("/tmp/wirewatch-bench")))
    pipelines = {lang: extractor.nlp(lang) for lang in sorted({a.lang for a in articles if a.lang})}
    seconds: dict[str, float] = defaultdict(float)
    n_quotes = 0
    for article in articles:
        nlp = pipelines[article.lang or ""]
        start = time.perf_counter()
        doc = nlp.make_doc(article.text)
        seconds["tokenizer"] += time.perf_counter() - start
        doc._.ww_published = article.published
        doc._.ww_warnings = []
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            seconds[name] += time.perf_counter() - start
        n_quotes += len(doc._.ww_quotes or [])
    layer = seconds.pop(LAYER, 0.0)
    rest = sum(seconds.values())
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles: {len(articles)}  words: {words}  quotes found: {n_quotes}")
    for name, secs in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:8.3f} s")
    print(f"{LAYER}: {layer:.3f} s   pipeline without it: {rest:.3f} s")
    ratio = layer / rest if rest else 0.0
    verdict = "ok" if ratio < TARGET else "OVER"
    print(f"ratio {LAYER} / rest of pipeline: {ratio:.3f}  (target < {TARGET:.2f}: {verdict})")


if __name__ == "__main__":
    main()
