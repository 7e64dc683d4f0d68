"""Shared parts of the layer benchmarks: the texts, per-component timing, and the printed ratio.

Each ``bench_<layer>.py`` runs every article through the full wirewatch pipeline of its language one component
at a time, sums each component's time, and prints the layer's time against the rest of the pipeline measured
in the same run. Texts: the gold dev texts when ../shared/eval/dev exists, else the bundled samples. One
process (see ../shared/DEPENDENCIES.md: two were not faster on this 2-core machine).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc

from wirewatch.records import Article
from wirewatch.run.extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def load_articles(dev_sets: Iterable[str]) -> list[Article]:
    """Articles of the named dev sets, else the bundled samples."""
    rows = [json.loads(p.read_text(encoding="utf-8"))
            for name in dev_sets if (DEV / name).is_dir() for p in sorted((DEV / name).glob("*.json"))]
    if not rows:
        rows = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    return [Article(id=r["id"], text=r["text"], lang=r.get("lang") or "en", published=r.get("published"))
            for r in rows]


def time_components(extractor: Extractor, articles: list[Article],
                    on_doc: Callable[[Doc], None] | None = None) -> dict[str, float]:
    """Seconds spent in each pipeline component (and the tokenizer) over ``articles``."""
    pipelines = {lang: extractor.nlp(lang) for lang in sorted({a.lang for a in articles if a.lang})}
    seconds: dict[str, float] = defaultdict(float)
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
        if on_doc is not None:
            on_doc(doc)
    return dict(seconds)


def report_layer(layer: str, seconds: dict[str, float], articles: int, target: float, of_whole: bool = False) -> float:
    """Print every component's time and the layer's ratio to the rest of the pipeline (or, ``of_whole``, its share
    of the whole pipeline); return the ratio."""
    rest_parts = {k: v for k, v in seconds.items() if k != layer}
    layer_s, rest = seconds.get(layer, 0.0), sum(rest_parts.values())
    for name, secs in sorted(rest_parts.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:8.3f} s")
    print(f"{layer}: {layer_s:.3f} s ({1000 * layer_s / max(articles, 1):.2f} ms/article)   "
          f"pipeline without it: {rest:.3f} s")
    base = rest + layer_s if of_whole else rest
    ratio = layer_s / base if base else 0.0
    verdict = "ok" if ratio < target else "OVER"
    what = "whole pipeline" if of_whole else "rest of pipeline"
    print(f"ratio {layer} / {what}: {ratio:.3f}  (target < {target:.2f}: {verdict})")
    return ratio
