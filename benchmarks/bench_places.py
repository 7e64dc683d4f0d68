"""Cost of the places layer (``ww_places``) against the rest of the pipeline, and the gazetteer's build.

Run on demand: ``python benchmarks/bench_places.py [--repeat N] [--rebuild]``. Prints the gazetteer build time
(``--rebuild`` forces one into a fresh directory) and its size, then runs every article through the full wirewatch
pipeline of its language one component at a time and sums each component's time. Printed: the time of
``ww_places``, the time of the pipeline without it, and their ratio (target < 0.05). Texts: the gold dev texts
(news, geoparsing_gritta) when ../shared/eval/dev exists, else the bundled samples. One process (see
../shared/DEPENDENCIES.md: two were not faster here).
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections import defaultdict
from pathlib import Path

from wirewatch.extract import Extractor
from wirewatch.kb.actors import ActorKB
from wirewatch.kb.gazetteer import INDEX_FILE, Gazetteer
from wirewatch.nlp.resources import Resources
from wirewatch.records import Article
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_SETS = ("news", "geoparsing_gritta")
LAYER = "ww_places"
TARGET = 0.05
DATA_DIR = Path("/tmp/wirewatch-bench-places")


def load_articles() -> list[Article]:
    rows = [json.loads(p.read_text(encoding="utf-8"))
            for name in DEV_SETS if (DEV / name).is_dir() for p in sorted((DEV / name).glob("*.json"))]
    if not rows:
        rows = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    return [Article(id=r["id"], text=r["text"], lang=r.get("lang") or "en", published=r.get("published"))
            for r in rows]


def open_gazetteer(settings: Settings, rebuild: bool) -> Gazetteer:
    if rebuild:
        shutil.rmtree(settings.data_dir, ignore_errors=True)
    start = time.perf_counter()
    gazetteer = Gazetteer.open(settings)
    seconds = time.perf_counter() - start
    places, names = gazetteer.size()
    size_mb = (settings.data_dir / INDEX_FILE).stat().st_size / 1e6
    print(f"gazetteer: opened in {seconds:.2f} s (a build when absent or stale); {places} places, {names} names, "
          f"{size_mb:.1f} MB")
    return gazetteer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts (default 1)")
    parser.add_argument("--rebuild", action="store_true", help="time a fresh gazetteer build")
    args = parser.parse_args()
    settings = Settings(data_dir=DATA_DIR)
    resources = Resources(actors=ActorKB.load(), gazetteer=open_gazetteer(settings, args.rebuild))
    articles = load_articles() * args.repeat
    extractor = Extractor(settings, resources)
    pipelines = {lang: extractor.nlp(lang) for lang in sorted({a.lang for a in articles if a.lang})}
    seconds: dict[str, float] = defaultdict(float)
    n_places = 0
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
        n_places += sum(len(p.mentions) for p in doc._.ww_places or [])
    layer = seconds.pop(LAYER, 0.0)
    rest = sum(seconds.values())
    print(f"articles: {len(articles)}  place mentions: {n_places}")
    for name, secs in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:8.3f} s")
    print(f"{LAYER}: {layer:.3f} s ({1000 * layer / max(len(articles), 1):.2f} ms/article)   "
          f"pipeline without it: {rest:.3f} s")
    ratio = layer / rest if rest else 0.0
    verdict = "ok" if ratio < TARGET else "OVER"
    print(f"ratio {LAYER} / rest of pipeline: {ratio:.3f}  (target < {TARGET:.2f}: {verdict})")


if __name__ == "__main__":
    main()
