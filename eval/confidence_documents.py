"""The dev documents the event confidence model is fitted on: each extracted with every event kept, its events'
features (as the event component's scorer saw them) and whether the scorer's own matching counts each right; and
the tuning-half documents of sets without event gold whose events were judged by hand
(``confidence_hand_labels.tsv``: unseen text, whose errors are those the rules were not written against).

Part of the maintainer tool ``eval/fit_event_confidence.py`` (never imported by extraction).
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from wirewatch.nlp.events.confidence import EventScorer, Features
from wirewatch.records import Article, ArticleRecord, Event
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SETS = ("news", "plover_gsr", "case2021")
HAND_LABELS = Path(__file__).with_name("confidence_hand_labels.tsv")
HAND_SET = "hand"  # the dev_set of the hand-judged documents (they join the training examples, no scorer figure)
HandKey = tuple[str, str, int]  # (document id, event type, evidence start)


@dataclass
class Document:
    dev_set: str
    half: str
    gold: dict[str, Any]
    record: dict[str, Any]  # the extraction record (JSON form), every event kept
    features: list[Features]  # one per record event
    labels: list[bool]  # one per record event: right by the scorer's matching
    counted: list[bool]  # one per record event: counted in the set's precision (case2021: reports with types)


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_score", SHARED_EVAL / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(SHARED_EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def matched_events(score: ModuleType, gold: dict[str, Any], events: list[dict[str, Any]]) -> set[int]:
    """Indices of the predicted events the scorer matches to gold ones (its ``score_events``, exactly)."""
    text = gold["text"]
    gold_events = gold["gold"].get("events", [])
    spans = [score.span_of(text, e.get("evidence")) for e in gold_events]

    def overlap(gi: int, index: int) -> float | None:
        p, gs = events[index], spans[gi]
        if p.get("type") != gold_events[gi].get("type") or gs is None:
            return None
        ev = p.get("evidence") or {}
        s, e = ev.get("start"), ev.get("end")
        if s is None or e is None or (ev.get("text") and text[s:e] != ev.get("text")):
            sp = score.span_of(text, ev.get("text"))
            if sp is None:
                return None
            s, e = sp
        shared = min(e, gs[1]) - max(s, gs[0])
        return shared / max(1, gs[1] - gs[0]) if shared > 0 else None

    pairs = score.greedy_match(list(range(len(gold_events))), list(range(len(events))), overlap)
    return {index for _, index in pairs}


def labels_of(score: ModuleType, gold: dict[str, Any], events: list[dict[str, Any]]) -> tuple[list[bool], list[bool]]:
    tasks = set(gold.get("tasks") or [])
    if "event_types" in tasks:
        accepted = set(gold["gold"].get("event_types") or [])
        return [e.get("type") in accepted for e in events], [bool(accepted)] * len(events)
    if "events" in tasks:
        matched = matched_events(score, gold, events)
        return [i in matched for i in range(len(events))], [True] * len(events)
    return [False] * len(events), [False] * len(events)


def hand_labels(split: dict[str, Any], path: Path = HAND_LABELS) -> dict[HandKey, bool]:
    """The hand judgements of ``path`` whose documents are in their set's tuning half (a check-half row, were
    one written, is ignored: the check half judges, it never trains)."""
    if not path.is_file():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    labels = {}
    for row in rows[1:]:  # the first row is the header
        dev_set, doc_id, event_type, start, right = row[:5]
        if doc_id in set(split.get(dev_set, {}).get("tuning", [])):
            labels[(doc_id, event_type, int(start))] = right.strip() == "1"
    return labels


class _ObservedExtractor:
    """An extractor keeping every event, which records the features the event scorer saw for each."""

    def __init__(self) -> None:
        self.extractor = Extractor(Settings(min_event_confidence=0.0, batch_size=1))
        self.seen: list[list[tuple[Event, Features]]] = []
        self.observed: set[str] = set()

    def extract(self, gold: dict[str, Any]) -> tuple[ArticleRecord, list[Features]]:
        lang = gold.get("lang") or "en"
        if lang not in self.observed:
            scorer = self.extractor.nlp(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
            assert isinstance(scorer, EventScorer)
            scorer.observer = lambda _doc, scored: self.seen.append(list(scored))
            self.observed.add(lang)
        self.seen.clear()
        record: ArticleRecord = self.extractor.extract_one(Article(
            id=gold["id"], text=gold["text"], lang=lang, published=gold.get("published"), url=gold.get("url")))
        scored = self.seen[-1] if self.seen else []
        if [e for e, _ in scored] != record.events:
            raise RuntimeError(f"{gold['id']}: the events observed are not the record's")
        return record, [f for _, f in scored]


def hand_documents(extractor: _ObservedExtractor, labels: dict[HandKey, bool]) -> list[Document]:
    """The hand-judged documents, each holding only its events a judgement names (by type and evidence start)."""
    documents = []
    for doc_id in sorted({key[0] for key in labels}):
        path = SHARED_EVAL / "dev" / doc_id.split("__")[0] / f"{doc_id}.json"
        if not path.is_file():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        record, features = extractor.extract(gold)
        events = [e.model_dump(mode="json") for e in record.events]
        judged = [(e, f, labels[key]) for e, f in zip(events, features, strict=True)
                  if (key := (doc_id, e["type"], e["evidence"]["start"])) in labels]
        documents.append(Document(HAND_SET, "tuning", gold, {**record.model_dump(mode="json"),
                                                               "events": [e for e, _, _ in judged]},
                                  [f for _, f, _ in judged], [r for _, _, r in judged], [False] * len(judged)))
    matched = sum(len(d.labels) for d in documents)
    # after the event rules change, a judged event may be gone or retyped: its judgement then trains nothing, and
    # the events that replaced it are unjudged (list them from the records and judge them)
    print(f"hand-judged events: {matched} of {len(labels)} judgements of tuning-half documents name an event this "
          f"checkout extracts", flush=True)
    return documents


def extract_all(score: ModuleType, split: dict[str, Any], hand: bool = True) -> list[Document]:
    """Every document of the sets, extracted with every event kept and the features of each event; with ``hand``,
    also the hand-judged documents (``HAND_SET``)."""
    extractor = _ObservedExtractor()
    documents = []
    for dev_set in SETS:
        halves = {i: half for half in ("tuning", "check") for i in split[dev_set][half]}
        for path in sorted((SHARED_EVAL / "dev" / dev_set).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            record, features = extractor.extract(gold)
            events = [e.model_dump(mode="json") for e in record.events]
            labels, counted = labels_of(score, gold, events)
            documents.append(Document(dev_set, halves.get(gold["id"], "none"), gold,
                                      record.model_dump(mode="json"), features, labels, counted))
    if hand:
        documents.extend(hand_documents(extractor, hand_labels(split)))
    return documents
