"""Fitting the event confidence model: L2-regularised logistic regression (Newton steps, numpy), its
regularisation chosen by cross-validation over documents, a threshold for a target precision, and a
reliability table.

Two penalties: the event's primary features (``PRIMARY_FEATURES``: its PLOVER type, whether it has a toll, the
tense and the modality of its clause: what kind of act, whether harm is counted, whether it happened) have a
handful of values each, every one seen in dozens of training events, and bear a lighter penalty than the long
tail of grammatical and actor features, each seen a few times; both penalties are chosen by cross-validation.
With one penalty for all, the tail's many small weights force a strong penalty that flattens the primary ones
(and the model with them: every event scored near the training precision).

A feature value seen in few training events can only memorise them (the dev sets hold a few dozen wrong events
in all): the least count a feature needs to get a weight is chosen by the same cross-validation, with the
penalties (``choose_regularisation``). Folds are drawn by group: a news story's articles (several tellings of one
story, in French and English) stay in one fold, so a held-out article is never scored by a model fitted on its
story's other telling.

Each mark of a non-act can only lower an event's confidence, and each sign of a well-found act only raise it
(``NEGATIVE_EVIDENCE``, ``POSITIVE_EVIDENCE``): a question, a future time, an agentless passive, a pronoun for
a party, a word of many readings make an act less likely told as done, never more; a toll, a named and resolved
party, a condition of the trigger's reading met, a place make it more likely. A weight the data would give the
other sign is chance in a few dozen wrong events, and it is held at 0 (the feature is dropped and the model
refitted until no weight has the wrong sign). Grouped cross-validation on the tuning half found the held-out
ranking AUC a little higher with the signs held (0.756 → 0.760) and the held-out log loss lower.

Only the fitting script (``eval/fit_event_confidence.py``) and tests import this module; extraction reads the
fitted model through ``confidence.load_confidence_model``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from wirewatch.nlp.events.confidence import ConfidenceModel

L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
PRIMARY_L2_GRID = (1.0, 3.0, 10.0, 30.0)
PRIMARY_FEATURES = ("type=", "toll", "tense=", "modality=")  # prefixes of the features with the lighter penalty
MIN_FEATURE_COUNT = 3  # a feature seen in fewer training events gets no weight (unless the fit is told another)
MIN_COUNT_GRID = (3, 10, 20)
NEWTON_STEPS = 50
# prefixes of the features whose weight may not be positive: marks that an act is not told as done, or not of
# the type read (a question, an opinion, a future, a misread role, a word of many readings, a discard phrase)
NEGATIVE_EVIDENCE = ("readings.", "sentence.question", "complement.", "future_time", "passive.agentless", "mishap",
                     "discarded", "circumstance", "target.holds_trigger", "source.pronoun", "target.pronoun",
                     "source.absent.", "target.thing", "quoted", "reported", "governed", "source.bare", "target.bare")
# prefixes of the features whose weight may not be negative: signs of a well-found act (a toll, a specific
# sub-category, a mode, a named, resolved or located party, a condition of the reading met, the lexicon's weight)
POSITIVE_EVIDENCE = ("toll", "cameo.specific", "mode", "source.kb", "source.named", "target.kb", "target.named",
                     "constrained", "source.in_sentence", "target.in_sentence", "source.country", "target.country",
                     "place", "weight", "score", "heuristic")
MAX_SIGN_REFITS = 10


@dataclass(frozen=True)
class Example:
    """One predicted event: its features, whether the scorer counts it right, and its document."""

    features: Mapping[str, float]
    right: bool
    document: str


def vocabulary(examples: Sequence[Example], min_count: int = MIN_FEATURE_COUNT) -> list[str]:
    counts = Counter(name for e in examples for name, value in e.features.items() if value)
    return sorted(name for name, count in counts.items() if count >= min_count)


def design(examples: Sequence[Example], names: Sequence[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(examples), len(names) + 1))
    matrix[:, 0] = 1.0  # the intercept
    for row, example in enumerate(examples):
        for name, value in example.features.items():
            column = index.get(name)
            if column is not None:
                matrix[row, column + 1] = value
    return matrix


def penalties(names: Sequence[str], l2: float, primary_l2: float | None) -> np.ndarray:
    """The penalty of each column (the intercept first, free): ``primary_l2`` for the primary features."""
    penalty = np.array([0.0] + [primary_l2 if primary_l2 is not None and name.startswith(PRIMARY_FEATURES) else l2
                                for name in names])
    return penalty


def newton_logistic(x: np.ndarray, y: np.ndarray, l2: float | np.ndarray) -> np.ndarray:
    """Coefficients minimising the log loss plus 1/2 of each weight squared times its penalty (``l2``: one for
    all, or one a column; the intercept is free)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2) if np.isscalar(l2) else np.asarray(l2, dtype=float).copy()
    penalty[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (p - y) + penalty * beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return np.asarray(beta)


def fit(examples: Sequence[Example], l2: float, threshold: float = 0.5,
        meta: Mapping[str, object] | None = None, primary_l2: float | None = None,
        min_count: int = MIN_FEATURE_COUNT) -> ConfidenceModel:
    """The model fitted with penalty ``l2`` (and ``primary_l2`` on the primary features, when given), over the
    features seen in at least ``min_count`` examples."""
    if not examples:
        raise ValueError("no examples to fit the event confidence model on")
    names = vocabulary(examples, min_count)
    x, y = design(examples, names), np.array([e.right for e in examples], dtype=float)
    free = np.ones(len(names) + 1, dtype=bool)  # the columns fitted (the intercept always)
    for _ in range(MAX_SIGN_REFITS):
        beta = np.zeros(len(names) + 1)
        beta[free] = newton_logistic(x[:, free], y, penalties(names, l2, primary_l2)[free])
        wrong = wrong_signs(names, beta[1:])
        if not wrong:
            break
        for name in wrong:
            free[names.index(name) + 1] = False
    weights = {name: round(float(w), 5) for name, w in zip(names, beta[1:], strict=True) if abs(w) >= 1e-5}
    return ConfidenceModel(intercept=round(float(beta[0]), 5), weights=weights, threshold=threshold,
                           meta=dict(meta or {}))


def wrong_signs(names: Sequence[str], weights: np.ndarray) -> list[str]:
    """The features whose weight has the sign their kind of evidence forbids."""
    return [name for name, w in zip(names, weights, strict=True)
            if (name.startswith(NEGATIVE_EVIDENCE) and w > 0) or (name.startswith(POSITIVE_EVIDENCE) and w < 0)]


def log_loss(model: ConfidenceModel, examples: Sequence[Example]) -> float:
    total = 0.0
    for example in examples:
        p = min(max(model.probability(example.features), 1e-6), 1 - 1e-6)
        total -= np.log(p) if example.right else np.log(1 - p)
    return float(total / max(1, len(examples)))


def folds_by_document(examples: Sequence[Example], k: int) -> list[list[int]]:
    """``k`` folds of example indices, each document's events in one fold (documents dealt in sorted order)."""
    documents = sorted({e.document for e in examples})
    fold_of = {document: i % k for i, document in enumerate(documents)}
    return [[i for i, e in enumerate(examples) if fold_of[e.document] == fold] for fold in range(k)]


def held_out_loss(examples: Sequence[Example], folds: Sequence[Sequence[int]], l2: float,
                  primary_l2: float | None = None, min_count: int = MIN_FEATURE_COUNT) -> float:
    total = 0.0
    for held in folds:
        held_set = set(held)
        train = [e for i, e in enumerate(examples) if i not in held_set]
        total += log_loss(fit(train, l2, primary_l2=primary_l2, min_count=min_count),
                          [examples[i] for i in held]) * len(held)
    return total / len(examples)


def choose_l2(examples: Sequence[Example], grid: Sequence[float] = L2_GRID, k: int = 5) -> float:
    """The regularisation with the least held-out log loss over ``k`` folds of documents."""
    folds = [f for f in folds_by_document(examples, k) if f]
    if len(folds) < 2:
        return grid[len(grid) // 2]
    losses = {l2: held_out_loss(examples, folds, l2) for l2 in grid}
    return min(grid, key=lambda l2: (losses[l2], -l2))


Regularisation = tuple[float, float, int]  # (penalty, primary features' penalty, least feature count)


def regularisation_losses(examples: Sequence[Example], grid: Sequence[float] = L2_GRID,
                          primary_grid: Sequence[float] = PRIMARY_L2_GRID,
                          min_counts: Sequence[int] = MIN_COUNT_GRID, k: int = 5) -> dict[Regularisation, float]:
    """The held-out log loss over ``k`` folds of documents (or stories) of each regularisation of the grid (the
    primary features' penalty no greater than the others'); empty with fewer than two folds."""
    folds = [f for f in folds_by_document(examples, k) if f]
    if len(folds) < 2:
        return {}
    return {(l2, primary, count): held_out_loss(examples, folds, l2, primary, count)
            for count in min_counts for l2 in grid for primary in primary_grid if primary <= l2}


def choose_regularisation(losses: Mapping[Regularisation, float]) -> Regularisation:
    """The regularisation of least held-out loss; ties go to the stronger penalties and the higher count."""
    return min(losses, key=lambda r: (round(losses[r], 6), -r[0], -r[1], -r[2]))


def choose_penalties(examples: Sequence[Example], grid: Sequence[float] = L2_GRID,
                     primary_grid: Sequence[float] = PRIMARY_L2_GRID, k: int = 5) -> tuple[float, float]:
    """The pair (penalty, primary features' penalty, no greater) with the least held-out log loss over ``k`` folds
    of documents, every feature seen ``MIN_FEATURE_COUNT`` times weighed; ties go to the stronger penalties."""
    losses = regularisation_losses(examples, grid, primary_grid, (MIN_FEATURE_COUNT,), k)
    if not losses:
        pairs = [(l2, primary) for l2 in grid for primary in primary_grid if primary <= l2]
        return pairs[len(pairs) // 2]
    l2, primary, _ = choose_regularisation(losses)
    return l2, primary


def precision_at(scored: Sequence[tuple[float, bool]], threshold: float) -> tuple[float | None, int]:
    kept = [right for probability, right in scored if probability >= threshold]
    return (sum(kept) / len(kept) if kept else None), len(kept)


def choose_threshold(scored_by_set: Mapping[str, Sequence[tuple[float, bool]]], target: float,
                     step: float = 0.01) -> float:
    """The lowest threshold at which every set's kept events reach ``target`` precision (a set keeping none
    counts as reaching it); 1.0 when none does."""
    for i in range(round(1 / step) + 1):
        threshold = round(i * step, 4)
        precisions = [precision_at(scored, threshold)[0] for scored in scored_by_set.values()]
        if all(p is None or p >= target for p in precisions):
            return threshold
    return 1.0


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_predicted: float | None
    observed: float | None


def reliability_table(scored: Sequence[tuple[float, bool]], bins: int = 10) -> list[ReliabilityBin]:
    """Per bin of predicted confidence: how many events, their mean confidence, and the share that is right."""
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(p, r) for p, r in scored if low <= p < high or (b == bins - 1 and p == 1.0)]
        table.append(ReliabilityBin(
            low=low, high=high, count=len(inside),
            mean_predicted=sum(p for p, _ in inside) / len(inside) if inside else None,
            observed=sum(r for _, r in inside) / len(inside) if inside else None))
    return table


def expected_calibration_error(scored: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    table = reliability_table(scored, bins)
    total = sum(b.count for b in table)
    return sum(b.count * abs((b.mean_predicted or 0.0) - (b.observed or 0.0)) for b in table) / max(1, total)


def ranking_auc(scored: Sequence[tuple[float, bool]]) -> float | None:
    """The chance that a right event is scored above a wrong one (ties count half); None without both."""
    right = [p for p, r in scored if r]
    wrong = [p for p, r in scored if not r]
    if not right or not wrong:
        return None
    wins = sum((p > q) + 0.5 * (p == q) for p in right for q in wrong)
    return wins / (len(right) * len(wrong))
