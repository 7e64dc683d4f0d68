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
import shutil
import time
from pathlib import Path

from layer_cost import load_articles, report_layer, time_components

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.gazetteer import INDEX_FILE, Gazetteer
from wirewatch.nlp.resources import Resources
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

DEV_SETS = ("news", "geoparsing_gritta")
LAYER = "ww_places"
TARGET = 0.05
DATA_DIR = Path("/tmp/wirewatch-bench-places")


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
    articles = load_articles(DEV_SETS) * args.repeat
    mentions = []
    seconds = time_components(Extractor(settings, resources), articles,
                              lambda doc: mentions.append(sum(len(p.mentions) for p in doc._.ww_places or [])))
    print(f"articles: {len(articles)}  place mentions: {sum(mentions)}")
    report_layer(LAYER, seconds, len(articles), TARGET)


if __name__ == "__main__":
    main()
