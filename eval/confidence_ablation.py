"""Which feature families of the event confidence model rank events it did not learn: an ablation on the table.

    python eval/fit_event_confidence.py --features /tmp/feat.jsonl --features-only   # the table (one extraction)
    python eval/confidence_ablation.py /tmp/feat.jsonl                               # every family left out in turn
    python eval/confidence_ablation.py /tmp/feat.jsonl --drop clause= pos=           # one variant

A maintainer tool: it reads only the tuning half of the table, fits the model as ``fit_event_confidence.py`` does
(``confidence_fit.fit``, the regularisation given or chosen by grouped cross-validation) with 5 folds of groups (a
news story, else a document), and prints each set's held-out ranking AUC (right events above wrong ones) and
the regularisation chosen. The news set's tuning half holds a few wrong events: its AUC moves by chance; judge a
family by the AUC of every set, the hand-judged unseen news above all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wirewatch.nlp.events.confidence_fit import (
    Example,
    Regularisation,
    choose_regularisation,
    fit,
    folds_by_document,
    ranking_auc,
    regularisation_losses,
)

SETS = ("news", "plover_gsr", "case2021", "hand", "all")


def family(name: str) -> str:
    """The family of a feature: its name up to "=" included ("type=ASSAULT" → "type="), else the name."""
    return name.split("=")[0] + "=" if "=" in name else name


def left_out(name: str, dropped: tuple[str, ...]) -> bool:
    """A dropped entry ending in "=" or "." is a prefix ("type=", "readings."), any other a whole name."""
    return any(name == d or (d.endswith(("=", ".")) and name.startswith(d)) for d in dropped)


def held_out(rows: Sequence[dict], dropped: tuple[str, ...], regularisation: Regularisation | None) -> str:
    examples = [Example(features={k: v for k, v in r["features"].items() if not left_out(k, dropped)},
                        right=bool(r["right"]), document=r["group"]) for r in rows]
    if regularisation is None:
        regularisation = choose_regularisation(regularisation_losses(examples))
    l2, primary_l2, min_count = regularisation
    confidences = [0.0] * len(examples)
    for fold in folds_by_document(examples, 5):
        groups = {examples[i].document for i in fold}
        model = fit([e for e in examples if e.document not in groups], l2, primary_l2=primary_l2,
                    min_count=min_count)
        for i in fold:
            confidences[i] = model.probability(examples[i].features)
    cells = []
    for name in SETS:
        scored = [(c, r["right"]) for c, r in zip(confidences, rows, strict=True) if name in ("all", r["set"])]
        auc = ranking_auc(scored)
        cells.append(f"{name} {'-' if auc is None else f'{auc:.3f}'}")
    return f"{regularisation}  " + ", ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("table", type=Path, help="the feature table of fit_event_confidence.py --features")
    parser.add_argument("--drop", nargs="*", help="feature prefixes to leave out (one variant, not the ablation)")
    parser.add_argument("--regularisation", nargs=3, type=float, metavar=("L2", "PRIMARY_L2", "MIN_COUNT"),
                        help="fit with these instead of choosing them by cross-validation for each variant")
    args = parser.parse_args(argv)
    rows = [row for line in args.table.read_text(encoding="utf-8").splitlines()
            if (row := json.loads(line))["half"] == "tuning"]
    fixed = None if args.regularisation is None else (
        args.regularisation[0], args.regularisation[1], int(args.regularisation[2]))
    print(f"{'all features':32s} {held_out(rows, (), fixed)}", flush=True)
    variants = [tuple(args.drop)] if args.drop else \
        [(f,) for f in sorted({family(k) for r in rows for k in r["features"]})]
    for dropped in variants:
        print(f"{'- ' + ' '.join(dropped):32s} {held_out(rows, dropped, fixed)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
