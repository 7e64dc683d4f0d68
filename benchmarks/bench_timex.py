"""Cost of the date tagger (``ww_dates``) against the rest of the pipeline, same texts, same run.

Run on demand: ``python benchmarks/bench_timex.py [--repeat N]``. Every article goes through the full wirewatch
pipeline of its language one component at a time; the time of each component is summed. Printed: the time of
``ww_dates``, the time of the pipeline without it (spaCy model + the other wirewatch components), and their
ratio (target < 0.10). Texts: the gold dev texts (news, French TimeBank, TempEval-3) when ../shared/eval/dev
exists, else the bundled samples. One process (see ../shared/DEPENDENCIES.md: two were not faster here).
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
DEV_SETS = ("news", "french_timebank", "tempeval3_platinum")
TAGGER = "ww_dates"


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
    n_dates = 0
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
        n_dates += len(doc._.ww_dates or [])
    tagger = seconds.pop(TAGGER, 0.0)
    rest = sum(seconds.values())
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles: {len(articles)}  words: {words}  dates found: {n_dates}")
    print(f"pipeline without {TAGGER}: {rest:.2f} s  ({words / rest:.0f} words/s)")
    print(f"{TAGGER}: {tagger:.3f} s  ({1000 * tagger / len(articles):.2f} ms/article)")
    print(f"ratio {TAGGER} / rest (target < 0.10): {tagger / rest:.3f}")


if __name__ == "__main__":
    main()
