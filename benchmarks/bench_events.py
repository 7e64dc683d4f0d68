"""Cost of the event layer (``ww_events``) against the whole pipeline.

Run on demand: ``python benchmarks/bench_events.py [--repeat N]``. Runs every article through the full wirewatch
pipeline of its language one component at a time and sums each component's time. Printed: each component's
time, the time of ``ww_events``, the pipeline's total, and the event layer's share of it (target < 0.20).
Texts: the gold dev texts (news, plover_gsr) when ../shared/eval/dev exists, else the bundled samples. One
process (see ../shared/DEPENDENCIES.md: two were not faster here).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from layer_cost import load_articles, report_layer, time_components

from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

DEV_SETS = ("news", "plover_gsr")
LAYER = "ww_events"
TARGET = 0.20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts (default 1)")
    args = parser.parse_args()
    articles = load_articles(DEV_SETS) * args.repeat
    found = []
    seconds = time_components(Extractor(Settings(data_dir=Path("/tmp/wirewatch-bench"))), articles,
                              lambda doc: found.append(len(doc._.ww_events or [])))
    print(f"articles: {len(articles)}  events: {sum(found)}")
    report_layer(LAYER, seconds, len(articles), TARGET, of_whole=True)


if __name__ == "__main__":
    main()
