"""What the event confidence model gives, for the maintainer tool ``eval/fit_event_confidence.py``: the scorer's own
figures at a threshold (``scorer_figures``), the cross-validation trade-off table of the tuning half (each
document's events scored by a model fitted without its group: news P/R/F1, plover_gsr P/R/F1, case2021 type
precision / type hit / no-event quiet, and the precision of the hand-judged events of unseen news, at each
threshold), the held-out ranking AUC of each set, what each threshold rule gives on both halves, and the
reliability table and the trade-off table of the check half (a report: the check half judges, it never chooses).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

from eval.confidence_documents import HAND_SET, SETS, Document
from wirewatch.nlp.events.confidence_fit import (
    Regularisation,
    expected_calibration_error,
    ranking_auc,
    reliability_table,
)

CURVE_THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def confidences_of(document: Document, model: Any, held_out: Mapping[str, list[float]] | None) -> list[float]:
    """A document's event confidences: the held-out ones when given, else the model's."""
    if held_out is not None:
        return held_out[document.gold["id"]]
    return [round(model.probability(f), 3) for f in document.features]


def scored_events(documents: Sequence[Document], model: Any, counted_only: bool = False,
                  held_out: Mapping[str, list[float]] | None = None) -> list[tuple[float, bool]]:
    return [(c, r) for d in documents
            for c, r, counted in zip(confidences_of(d, model, held_out), d.labels, d.counted, strict=True)
            if counted or not counted_only]


def scorer_figures(score: ModuleType, documents: Sequence[Document], model: Any, threshold: float,
                   held_out: Mapping[str, list[float]] | None = None) -> dict[str, Any]:
    """The scorer's own figures for these documents, keeping events of confidence >= threshold (the held-out
    confidences of a document's events when given, else the model's)."""
    totals = score.Totals()
    for d in documents:
        keep = [e for e, c in zip(d.record["events"], confidences_of(d, model, held_out), strict=True)
                if c >= threshold]
        score.score_article(d.gold, {**d.record, "events": keep}, totals)
    return dict(score.summarise(totals, ""))


def figures_line(dev_set: str, figures: dict[str, Any]) -> str:
    if dev_set == "case2021":
        hit, precision = figures.get("event type hit acc"), figures.get("event type precision acc")
        f1 = 2 * hit * precision / (hit + precision) if hit and precision else 0.0
        return (f"type P {precision if precision is not None else '-':>5}  type hit {hit:>5}  F1 {f1:.3f}  "
                f"quiet {figures.get('no-event report quiet acc')}  (n={figures.get('event type precision n')})")
    return (f"P {figures.get('event P'):>5}  R {figures.get('event R'):>5}  F1 {figures.get('event F1'):>5}  "
            f"(gold {figures.get('event gold')})")


def hand_figures(documents: Sequence[Document], model: Any, threshold: float,
                 held_out: Mapping[str, list[float]] | None = None) -> tuple[float | None, float | None]:
    """Precision and recall of the hand-judged events kept at ``threshold`` (recall: of those judged right; the
    events the pipeline missed are unknown)."""
    kept = right = 0
    total_right = sum(sum(d.labels) for d in documents)
    for d in documents:
        for c, r in zip(confidences_of(d, model, held_out), d.labels, strict=True):
            if c >= threshold:
                kept += 1
                right += r
    return (right / kept if kept else None), (right / total_right if total_right else None)


def cell(figures: Mapping[str, Any], keys: Sequence[str]) -> str:
    return "/".join("-" if figures.get(k) is None else f"{figures[k]:.3f}" for k in keys)


def trade_off_table(score: ModuleType, tuning: Sequence[Document], held_out: Mapping[str, list[float]]) -> None:
    """The tuning half by threshold, every event scored by a model fitted without its group (5 folds of groups):
    what a default threshold would cost each set's recall (case2021: type hit) and give its precision."""
    hand = [d for d in tuning if d.dev_set == HAND_SET]
    print("\ncross-validation trade-off on the tuning half (held-out confidences): news P/R/F1 · plover_gsr P/R/F1 "
          "· case2021 type P/hit/quiet · hand-judged P (kept)")
    for threshold in CURVE_THRESHOLDS:
        cells = []
        for dev_set in SETS:
            f = scorer_figures(score, [d for d in tuning if d.dev_set == dev_set], None, threshold, held_out)
            keys = ("event type precision acc", "event type hit acc", "no-event report quiet acc") \
                if dev_set == "case2021" else ("event P", "event R", "event F1")
            cells.append(cell(f, keys))
        if hand:
            precision, _ = hand_figures(hand, None, threshold, held_out)
            kept = sum(c >= threshold for d in hand for c in held_out[d.gold["id"]])
            cells.append(f"{'-' if precision is None else f'{precision:.3f}'} ({kept})")
        print(f"  t={threshold:<5} " + "  ·  ".join(cells))


def check_trade_off_table(score: ModuleType, check: Sequence[Document], model: Any) -> None:
    """The check half by threshold with the fitted model: what each default threshold would give the targets
    (news event P/R/F1, plover_gsr P/R/F1, case2021 type precision / type hit / no-event quiet). A report of what
    a shipped threshold would do to held-out text; the threshold is chosen on the tuning half only."""
    print("\ncheck-half trade-off (the fitted model; reported, never chosen on): news P/R/F1 · plover_gsr P/R/F1 "
          "· case2021 type P/hit/quiet")
    for threshold in CURVE_THRESHOLDS:
        cells = []
        for dev_set in SETS:
            f = scorer_figures(score, [d for d in check if d.dev_set == dev_set], model, threshold)
            keys = ("event type precision acc", "event type hit acc", "no-event report quiet acc") \
                if dev_set == "case2021" else ("event P", "event R", "event F1")
            cells.append(cell(f, keys))
        print(f"  t={threshold:<5} " + "  ·  ".join(cells))


def held_out_auc(tuning: Sequence[Document], held_out: Mapping[str, list[float]]) -> None:
    """The held-out ranking AUC of each set's tuning events (right above wrong), and of all together."""
    cells = []
    for name in (*SETS, HAND_SET, "all"):
        scored = scored_events([d for d in tuning if name in ("all", d.dev_set)], None, held_out=held_out)
        auc = ranking_auc(scored)
        wrong = sum(not r for _, r in scored)
        cells.append(f"{name} {'-' if auc is None else f'{auc:.3f}'} ({wrong} wrong of {len(scored)})")
    print("held-out ranking AUC on the tuning half: " + ", ".join(cells), flush=True)


def print_losses(losses: Mapping[Regularisation, float]) -> None:
    """The cross-validation table: the best penalties for each least feature count, and the five best overall."""
    print("held-out log loss on the tuning half (5 folds of groups) by (penalty, primary penalty, least count):")
    for count in sorted({r[2] for r in losses}):
        row = sorted((loss, r) for r, loss in losses.items() if r[2] == count)
        print(f"  count >= {count:<3} " + "  ".join(f"{r[0]:g}/{r[1]:g}={loss:.4f}" for loss, r in row[:6]))


def compare_rules(score: ModuleType, documents: Sequence[Document], model: Any,
                  rules: Mapping[str, tuple[float, str]]) -> None:
    """What each threshold rule chooses on the tuning half and what it gives on both halves (a report only)."""
    print("\nthreshold rules (chosen on held-out tuning confidences; the check half only reports)")
    for name, (threshold, _) in rules.items():
        for half in ("tuning", "check"):
            cells = []
            for dev_set in SETS:
                part = [d for d in documents if d.dev_set == dev_set and d.half == half]
                cells.append(f"{dev_set} {figures_line(dev_set, scorer_figures(score, part, model, threshold))}")
            print(f"  {name:<15} t={threshold:<5} {half:<7} " + " | ".join(cells))


def report(score: ModuleType, documents: Sequence[Document], model: Any) -> None:
    """The check half, once: the reliability table, each set's mean confidence against its precision, and the
    scorer's figures at the shipped threshold and at 0 on both halves."""
    check = [d for d in documents if d.half == "check"]
    scored = scored_events(check, model)
    auc = ranking_auc(scored)
    print(f"\nreliability on the check half ({len(scored)} events of {', '.join(SETS)}; "
          f"ECE {expected_calibration_error(scored):.3f}; AUC {'-' if auc is None else f'{auc:.3f}'})")
    print(f"{'confidence':<12} {'events':>6} {'mean predicted':>15} {'observed precision':>19}")
    for b in reliability_table(scored):
        mean = "-" if b.mean_predicted is None else f"{b.mean_predicted:.3f}"
        observed = "-" if b.observed is None else f"{b.observed:.3f}"
        print(f"{b.low:.1f}–{b.high:.1f}{'':<5} {b.count:>6} {mean:>15} {observed:>19}")
    for dev_set in SETS:
        set_scored = scored_events([d for d in check if d.dev_set == dev_set], model)
        if set_scored:
            predicted = sum(p for p, _ in set_scored) / len(set_scored)
            right = sum(r for _, r in set_scored) / len(set_scored)
            set_auc = ranking_auc(set_scored)
            print(f"  {dev_set:<11} {len(set_scored):>4} events: mean predicted {predicted:.3f}, observed {right:.3f}, "
                  f"AUC {'-' if set_auc is None else f'{set_auc:.3f}'}")
    check_trade_off_table(score, check, model)
    print(f"\nscorer figures at the chosen threshold ({model.threshold}) and at 0")
    for dev_set in SETS:
        for half in ("tuning", "check"):
            part = [d for d in documents if d.dev_set == dev_set and d.half == half]
            for threshold in (model.threshold, 0.0):
                line = figures_line(dev_set, scorer_figures(score, part, model, threshold))
                print(f"{dev_set:<11} {half:<7} t={threshold:<5} {line}")
