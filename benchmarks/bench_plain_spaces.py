"""Cost of reading odd spaces as plain ones (``ww_plain_spaces`` and ``ww_spaces_restored``) against the rest of
the pipeline.

Run on demand: ``python benchmarks/bench_plain_spaces.py``. Runs every article through the full wirewatch
pipeline of its language one component at a time and sums each component's time; the two components are counted
as one layer (the copy of a Doc with odd whitespace, and its reading put back). Printed: their time, the time of
the pipeline without them, their ratio (target < 0.02) and how many articles had an odd whitespace token. Texts:
the gold dev texts (news, polnear_test) when ../shared/eval/dev exists, else the bundled samples.
"""

from __future__ import annotations

from layer_cost import load_articles, report_layer, time_components
from spacy.tokens import Doc

from wirewatch.nlp.plain_spaces import is_odd_space
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

DEV_SETS = ("news", "polnear_test")
LAYER = "ww_plain_spaces"
PARTS = ("ww_plain_spaces", "ww_spaces_restored")
TARGET = 0.02


def main() -> None:
    articles = load_articles(DEV_SETS)
    extractor = Extractor(Settings())
    with_odd = 0

    def count(doc: Doc) -> None:
        nonlocal with_odd
        with_odd += any(is_odd_space(t) for t in doc)

    seconds = time_components(extractor, articles, on_doc=count)
    seconds[LAYER] = sum(seconds.pop(part, 0.0) for part in PARTS)
    print(f"{len(articles)} articles, {with_odd} with an odd whitespace token")
    report_layer(LAYER, seconds, len(articles), TARGET)


if __name__ == "__main__":
    main()
