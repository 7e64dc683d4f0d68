"""Fit the event confidence model on the tuning half of the dev sets and report it on the check half.

    python eval/fit_event_confidence.py                       # fit, write the model, print the report
    python eval/fit_event_confidence.py --dry-run             # fit and report, keep the shipped model
    python eval/fit_event_confidence.py --features out.jsonl  # also write the feature table (one event a line)
    python eval/fit_event_confidence.py --beta 0.5            # best held-out tuning F0.5 (under a recall guard)
    python eval/fit_event_confidence.py --target 0.85         # shipped: lowest threshold of held-out precision 0.85

A maintainer tool (it reads ../shared/eval/dev; extraction never imports it), run on demand after the event
layer changes, never in CI. It extracts news, plover_gsr and case2021 with this checkout's pipeline and every
event kept (threshold 0), labels each predicted event right or wrong by the scorer's own matching
(../shared/eval/score.py: same PLOVER type and evidence overlapping the gold evidence sentence, one-to-one;
for case2021, a type among the report's accepted ones), adds the events of unseen news judged by hand
(eval/confidence_hand_labels.tsv: tuning halves of sets without event gold; --no-hand leaves them out), fits a
logistic model on the tuning half
(eval/split.json; the penalties and the least count of a feature chosen by cross-validation over groups: a
news story's articles form one group, any other document its own), scores each tuning event with a model fitted
without its group's fold (held-out confidences), chooses the threshold on those (the lowest at which the tuning
half of news and of case2021 keeps event precision >= --target; with --beta, the best mean F-beta of news,
case2021 and the hand-judged events, capped where a gold set would lose more than 1 - --keep-recall of its
held-out tuning recall), and writes
wirewatch/nlp/events/confidence_model.json. It prints the cross-validation table, the held-out ranking AUC of
each set's tuning events, the cross-validation trade-off table (news P/R/F1, plover_gsr P/R/F1, case2021 type
precision / type hit / no-event quiet and the hand-judged precision at each threshold, every tuning event scored by
a model fitted without its group: what a default threshold costs and gives where the model did not learn the
events), what each threshold rule would choose and give on the check half (a report: the check half judges, it
does not choose), a reliability table on the check half and the scorer's event figures at the chosen threshold
and at 0 on both halves (``eval/confidence_report.py``).

Procedure after the event rules change (the deliverable, not the numbers): refit with ``--target 0.85``; read
the trade-off table first. A threshold is worth shipping only where it raises the held-out precision of news and
case2021 at a recall (type hit) cost the targets allow; where the held-out precision stays flat while recall
falls, the confidence ranks the remaining errors no better than chance on the tuning half and a higher
threshold would buy nothing the check half could confirm. ``--features out.jsonl --features-only`` writes the
feature table (with each event's cross-validation group) for offline study of new features.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPLIT_FILE = Path(__file__).with_name("split.json")
PRECISION_SETS = ("news", "case2021")  # the sets whose tuning half sets the threshold (issue 14)

sys.path.insert(0, str(ROOT))

from eval.confidence_documents import HAND_SET, SETS, SHARED_EVAL, Document, extract_all, load_scorer  # noqa: E402
from eval.confidence_report import (  # noqa: E402
    compare_rules,
    hand_figures,
    held_out_auc,
    print_losses,
    report,
    scored_events,
    scorer_figures,
    trade_off_table,
)
from wirewatch.nlp.events.confidence import model_path  # noqa: E402
from wirewatch.nlp.events.confidence_fit import (  # noqa: E402
    PRIMARY_FEATURES,
    Example,
    Regularisation,
    choose_regularisation,
    choose_threshold,
    expected_calibration_error,
    fit,
    folds_by_document,
    ranking_auc,
    regularisation_losses,
)


def group_of(document: Document) -> str:
    """The group a document is held out with in cross-validation: its news story (the articles telling one story,
    in each language, share its events and words), else itself."""
    story = document.gold.get("story")
    return f"story:{story}" if story else document.gold["id"]


def examples_of(documents: Sequence[Document]) -> list[Example]:
    return [Example(features=f, right=r, document=group_of(d))
            for d in documents for f, r in zip(d.features, d.labels, strict=True)]






def f_beta(precision: float | None, recall: float | None, beta: float) -> float:
    if not precision or not recall:
        return 0.0
    return (1 + beta * beta) * precision * recall / (beta * beta * precision + recall)


def held_out_confidences(tuning: Sequence[Document], regularisation: Regularisation,
                         k: int = 5) -> dict[str, list[float]]:
    """Each tuning document's event confidences from a model fitted without its fold (groups in ``k`` folds,
    :func:`group_of`): a threshold chosen on the confidences the model gives the events it was fitted on is
    chosen on scores that separate right from wrong better than they will on unseen text."""
    l2, primary_l2, min_count = regularisation
    examples = examples_of(tuning)
    if len({d.gold["id"] for d in tuning}) != len(tuning):
        raise RuntimeError("document ids repeat across the dev sets: folds by document would mix them")
    held: dict[str, list[float]] = {}
    for fold in folds_by_document(examples, k):
        groups = {examples[i].document for i in fold}
        model = fit([e for e in examples if e.document not in groups], l2, primary_l2=primary_l2,
                    min_count=min_count)
        for d in tuning:
            if group_of(d) in groups:
                held[d.gold["id"]] = [round(model.probability(f), 3) for f in d.features]
    for d in tuning:  # a document without events is in no fold
        held.setdefault(d.gold["id"], [])
    return held



def f_beta_curve(score: ModuleType, tuning: Sequence[Document], model: Any, beta: float,
                 held_out: Mapping[str, list[float]] | None = None) -> list[tuple[float, float]]:
    """The tuning half's mean F-beta over the precision sets (news: event P and R; case2021: type precision and
    type hit) and the hand-judged events of unseen news (``hand_figures``) at each threshold from 0.30 to 0.90,
    with ``held_out`` confidences when given, else the model's. The hand-judged events weigh as one set: the
    tuning halves of news and case2021 were read to write the rules, and keep fewer errors than unseen text."""
    hand = [d for d in tuning if d.dev_set == HAND_SET]
    curve = []
    for step in range(30, 91):
        threshold = step / 100
        values = []
        for dev_set in PRECISION_SETS:
            f = scorer_figures(score, [d for d in tuning if d.dev_set == dev_set], model, threshold, held_out)
            keys = ("event type precision acc", "event type hit acc") if dev_set == "case2021" else \
                ("event P", "event R")
            values.append(f_beta(f.get(keys[0]), f.get(keys[1]), beta))
        if hand:
            values.append(f_beta(*hand_figures(hand, model, threshold, held_out), beta))
        curve.append((threshold, sum(values) / len(values)))
    sets = "news, case2021 and the hand-judged events" if hand else "news and case2021"
    print(f"mean F{beta} of {sets} on the tuning half by threshold"
          f"{' (held-out confidences)' if held_out is not None else ' (the fitted model)'}: "
          + "  ".join(f"{t:.2f}={v:.3f}" for t, v in curve if round(t * 100) % 5 == 0), flush=True)
    return curve


def best_f_beta_threshold(score: ModuleType, documents: Sequence[Document], model: Any, beta: float,
                          slack: float = 0.0, held_out: Mapping[str, list[float]] | None = None) -> float:
    """The highest threshold (0.30 to 0.90) at which the tuning half's mean F-beta is within ``slack`` of its
    best both with ``held_out`` confidences (events the model did not see, see :func:`held_out_confidences`) and
    with the fitted model's own: beta < 1 weighs precision more than recall; a slack buys precision at a bounded
    cost in F-beta. Where the curve is flat, its held-out edge need not be the fitted model's (the fitted model
    ranks the tuning events a little differently), so a threshold past the fitted model's edge is not taken."""
    tuning = [d for d in documents if d.half == "tuning"]
    curves = [f_beta_curve(score, tuning, model, beta, held_out)]
    if held_out is not None:
        curves.append(f_beta_curve(score, tuning, model, beta))
    kept = set.intersection(*({t for t, v in curve if v >= max(x for _, x in curve) - slack - 1e-9}
                              for curve in curves))
    return max(kept) if kept else max(t for t, v in curves[0] if v >= max(x for _, x in curves[0]) - slack - 1e-9)


def recall_guard(score: ModuleType, tuning: Sequence[Document], held_out: Mapping[str, list[float]],
                 keep: float) -> float:
    """The highest threshold (0.30 to 0.90) below which every gold set (news, plover_gsr: event recall;
    case2021: type hit) keeps at least ``keep`` of its held-out tuning recall at threshold 0: the hand-judged
    events teach the model the errors of unseen general news, and a kind of act they hold wrong (a promise, a
    demand) may be right in wire reports of diplomacy; no threshold may buy precision with a set's recall."""
    keys = {"case2021": "event type hit acc"}
    base = {s: scorer_figures(score, [d for d in tuning if d.dev_set == s], None, 0.0, held_out).get(
        keys.get(s, "event R")) or 0.0 for s in SETS}
    guard = 0.30
    for step in range(30, 91):
        threshold = step / 100
        recalls = {s: scorer_figures(score, [d for d in tuning if d.dev_set == s], None, threshold, held_out).get(
            keys.get(s, "event R")) or 0.0 for s in SETS}
        if any(recalls[s] < keep * base[s] - 1e-9 for s in SETS):
            break
        guard = threshold
    print(f"recall guard: thresholds up to {guard} keep >= {keep} of each set's held-out tuning recall", flush=True)
    return guard



def held_out_precision_threshold(tuning: Sequence[Document], held_out: Mapping[str, list[float]],
                                 target: float) -> float:
    """The lowest threshold at which the held-out confidences of news and case2021 keep precision >= target."""
    scored = {s: [(c, r) for d in tuning if d.dev_set == s
                  for c, r, counted in zip(held_out[d.gold["id"]], d.labels, d.counted, strict=True) if counted]
              for s in PRECISION_SETS}
    return choose_threshold(scored, target)




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", type=float, default=0.85, help="event precision the threshold keeps")
    parser.add_argument("--threshold", type=float, default=None,
                        help="ship this threshold instead of the one --target chooses (see the printed curve)")
    parser.add_argument("--beta", type=float, default=None,
                        help="choose the threshold maximising the tuning half's mean F-beta over news and case2021 "
                             "(beta 0.5: precision weighs twice recall) instead of reaching --target")
    parser.add_argument("--slack", type=float, default=0.0,
                        help="with --beta: the highest threshold whose mean F-beta is within this of the best")
    parser.add_argument("--keep-recall", type=float, default=0.95,
                        help="with --beta: no threshold at which a gold set's held-out tuning recall falls below this "
                             "share of its recall at 0")
    parser.add_argument("--compare-targets", type=float, nargs="*", default=[0.9],
                        help="precision targets whose thresholds are also reported (not shipped)")
    parser.add_argument("--out", type=Path, default=model_path(), help="where to write the model")
    parser.add_argument("--dry-run", action="store_true", help="report only; write no model")
    parser.add_argument("--features", type=Path, help="write the feature table here (JSON Lines)")
    parser.add_argument("--features-only", action="store_true",
                        help="with --features: write the feature table and stop (to study features offline)")
    parser.add_argument("--no-hand", action="store_true",
                        help="fit without the hand-judged events of eval/confidence_hand_labels.tsv")
    args = parser.parse_args(argv)
    if not (SHARED_EVAL / "score.py").is_file():
        print(f"fit_event_confidence: {SHARED_EVAL} is absent: nothing to fit on", file=sys.stderr)
        return 2
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["sets"]
    score = load_scorer()
    started = time.monotonic()
    documents = extract_all(score, split, hand=not args.no_hand)
    print(f"extracted {len(documents)} documents in {time.monotonic() - started:.0f} s", flush=True)
    unknown = sum(1 for d in documents for f in d.features if f.get("trigger=unknown"))
    if unknown:
        print(f"warning: {unknown} events have no trigger facts (is the hook in build_event still there?)",
              file=sys.stderr)
    if args.features:
        with args.features.open("w", encoding="utf-8") as out:
            for d in documents:
                for event, f, r, c in zip(d.record["events"], d.features, d.labels, d.counted, strict=True):
                    out.write(json.dumps({"id": d.gold["id"], "group": group_of(d), "set": d.dev_set, "half": d.half,
                                          "right": r, "counted": c, "event": event, "features": f}) + "\n")
        if args.features_only:
            return 0
    tuning = [d for d in documents if d.half == "tuning"]
    examples = examples_of(tuning)
    losses = regularisation_losses(examples)
    print_losses(losses)
    regularisation = choose_regularisation(losses)
    l2, primary_l2, min_count = regularisation
    model = fit(examples, l2, primary_l2=primary_l2, min_count=min_count)
    held_out = held_out_confidences(tuning, regularisation)
    held_scored = [(c, r) for d in tuning for c, r in zip(held_out[d.gold["id"]], d.labels, strict=True)]
    held_auc = ranking_auc(held_scored)
    print(f"held-out confidences of the tuning half: AUC {'-' if held_auc is None else f'{held_auc:.3f}'}, "
          f"ECE {expected_calibration_error(held_scored):.3f}", flush=True)
    held_out_auc(tuning, held_out)
    trade_off_table(score, tuning, held_out)
    rules = {
        f"precision {target}": (
            held_out_precision_threshold(tuning, held_out, target),
            f"lowest threshold at which the tuning half of news and case2021, scored with held-out confidences "
            f"(5 folds of groups), keeps event precision >= {target}")
        for target in sorted({args.target, *args.compare_targets})
    } | {
        f"F{args.beta or 0.5}": (
            min(best_f_beta_threshold(score, tuning, model, args.beta or 0.5, args.slack, held_out),
                recall_guard(score, tuning, held_out, args.keep_recall)),
            f"highest threshold whose mean F{args.beta or 0.5} of news, case2021 and the hand-judged events of unseen "
            f"news (eval/confidence_hand_labels.tsv) on the tuning half, scored "
            f"with held-out confidences (5 folds of groups) and with the fitted model's, is within {args.slack} "
            f"of its best on both, and at which each gold set keeps >= {args.keep_recall} of its held-out "
            f"tuning recall"),
    }
    compare_rules(score, documents, fit(examples, l2, primary_l2=primary_l2, min_count=min_count), rules)
    threshold, rule = rules[f"F{args.beta}" if args.beta is not None else f"precision {args.target}"]
    if args.threshold is not None:
        threshold = args.threshold
        rule = "set by hand (--threshold)"
    meta = {
        "fitted": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "split": "eval/split.json (tuning half)",
        "sets": list(SETS),
        "target_precision": args.target if args.threshold is None and args.beta is None else None,
        "threshold_rule": rule,
        "threshold_sets": [*PRECISION_SETS, *([HAND_SET] if any(d.dev_set == HAND_SET for d in tuning) else [])],
        "l2": l2,
        "primary_l2": primary_l2,
        "min_feature_count": min_count,
        "cross_validation": "5 folds of groups (a news story, else a document); held-out log loss",
        "primary_features": list(PRIMARY_FEATURES),
        "training": {s: {"documents": sum(1 for d in tuning if d.dev_set == s),
                         "events": sum(len(d.labels) for d in tuning if d.dev_set == s),
                         "right": sum(sum(d.labels) for d in tuning if d.dev_set == s)} for s in (*SETS, HAND_SET)},
        "refit": "python eval/fit_event_confidence.py",
    }
    model = fit(examples, l2, threshold, meta, primary_l2, min_count)
    check_scored = scored_events([d for d in documents if d.half == "check"], model)
    auc = ranking_auc(check_scored)
    model = fit(examples, l2, threshold, {**meta, "check_half": {
        "events": len(check_scored), "right": sum(r for _, r in check_scored),
        "calibration_error": round(expected_calibration_error(check_scored), 4),
        "auc": None if auc is None else round(auc, 4)}}, primary_l2, min_count)
    print(f"fitted on {len(examples)} tuning events ({sum(e.right for e in examples)} right), l2={l2} "
          f"(primary features {primary_l2}), features seen >= {min_count} times, "
          f"{len(model.weights)} features; threshold {threshold}")
    strongest = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:12]
    print("strongest features: " + ", ".join(f"{name} {weight:+.2f}" for name, weight in strongest))
    report(score, documents, model)
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
