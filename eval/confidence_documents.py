"""The dev documents the event confidence model is fitted on: each extracted with every event kept, its events'
features (as the event component's scorer saw them) and whether the scorer's own matching counts each right.

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


def extract_all(score: ModuleType, split: dict[str, Any]) -> list[Document]:
    """Every document of the sets, extracted with every event kept and the features of each event."""
    extractor = Extractor(Settings(min_event_confidence=0.0, batch_size=1))
    seen: list[list[tuple[Event, Features]]] = []
    observed: set[str] = set()
    documents = []
    for dev_set in SETS:
        halves = {i: half for half in ("tuning", "check") for i in split[dev_set][half]}
        for path in sorted((SHARED_EVAL / "dev" / dev_set).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            lang = gold.get("lang") or "en"
            if lang not in observed:
                scorer = extractor.nlp(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
                assert isinstance(scorer, EventScorer)
                scorer.observer = lambda _doc, scored: seen.append(list(scored))
                observed.add(lang)
            seen.clear()
            record: ArticleRecord = extractor.extract_one(Article(
                id=gold["id"], text=gold["text"], lang=lang, published=gold.get("published"), url=gold.get("url")))
            scored = seen[-1] if seen else []
            if [e for e, _ in scored] != record.events:
                raise RuntimeError(f"{gold['id']}: the events observed are not the record's")
            events = [e.model_dump(mode="json") for e in record.events]
            labels, counted = labels_of(score, gold, events)
            documents.append(Document(dev_set, halves.get(gold["id"], "none"), gold,
                                      record.model_dump(mode="json"), [f for _, f in scored], labels, counted))
    return documents
