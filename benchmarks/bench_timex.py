"""Cost of the date tagger (``ww_dates``) against the rest of the pipeline, same texts, same run.

Run on demand: ``python benchmarks/bench_timex.py [--repeat N]``. Every article goes through the full wirewatch
pipeline of its language one component at a time; the time of each component is summed. Printed: the time of
``ww_dates``, the time of the pipeline without it (spaCy model + the other wirewatch components), and their
ratio (target < 0.10). Texts: the gold dev texts (news, French TimeBank, TempEval-3) when ../shared/eval/dev
exists, else the bundled samples. One process (see ../shared/DEPENDENCIES.md: two were not faster here).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from layer_cost import load_articles, report_layer, time_components

from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

DEV_SETS = ("news", "french_timebank", "tempeval3_platinum")
TAGGER = "ww_dates"
TARGET = 0.10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="passes over the texts (default 2)")
    args = parser.parse_args()
    articles = load_articles(DEV_SETS) * args.repeat
    found = []
    seconds = time_components(Extractor(Settings(data_dir=Path("/tmp/wirewatch-bench"))), articles,
                              lambda doc: found.append(len(doc._.ww_dates or [])))
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles: {len(articles)}  words: {words}  dates found: {sum(found)}")
    report_layer(TAGGER, seconds, len(articles), TARGET)


if __name__ == "__main__":
    main()
