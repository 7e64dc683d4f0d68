"""Calibrated event confidence: a logistic model over what is known of an event when it is extracted.

The layer finds events by rules that rank candidates with hand-set weights; those weights say which telling of a
sentence comes first, not how likely an event is right. This module turns each final event into features (its
trigger's weight and part of speech, the clause the trigger stands in, modality, whether its source and target are
resolved actors with countries known to the knowledge base and of what kind, its type, whether its CAMEO code is a
sub-category, whether it is told in a headline-like line, the sentence's length and number of events, the
language, the grammatical marks of ``confidence_marks`` and ``confidence_syntax`` …) and scores them with a
logistic model fitted on the tuning half of the dev sets (``eval/fit_event_confidence.py``, which writes
``confidence_model.json`` beside this file). The probability becomes the event's ``confidence``; events
below the threshold (``Settings.min_event_confidence``, else the one the model was fitted with) are dropped.

Features are named strings ("type=ASSAULT", "source.kb"); a feature the model does not know weighs nothing,
so a model fitted before a new type or feature existed still loads and scores.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.nlp.syntax import AUXILIARY
from wirewatch.records import Entity, Event, EventActor, Quote

if TYPE_CHECKING:
    from wirewatch.nlp.events.arguments import Arguments

MODEL_FILE = "confidence_model.json"
CLAUSE_LABELS = "event_clause_labels.tsv"
CAMEO_ROOT_DIGITS = 2  # a CAMEO code of more digits is a sub-category of its root ("173" under "17")
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # CAMEO roots of force: coerce, assault, fight, mass violence
POS_GROUPS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}

Features = dict[str, float]
TriggerKey = tuple[str, int]  # (event type, evidence start)


@dataclass(frozen=True)
class ArgumentFacts:
    """Where the trigger's own sentence names its doer and recipient (before any is taken from the story)."""

    source: bool  # the source was found in the trigger's sentence
    target: bool  # the target was found there (an actor, or a thing named)
    thing_target: bool  # the target is a thing named, not an actor resolved
    source_distance: int | None  # words between the trigger and the source's head word
    target_distance: int | None


@dataclass(frozen=True)
class ContextFacts:
    """What the sentence around the trigger tells: a mishap word (a crash, a flood) bearing on the act, a
    discard phrase (sports, entertainment) in the sentence."""

    mishap: bool = False
    discarded: bool = False
    marks: frozenset[str] = frozenset()  # named marks of the clause (``confidence_marks``: "future_time" …)


NO_ARGUMENTS = ArgumentFacts(source=False, target=False, thing_target=False, source_distance=None,
                             target_distance=None)
PLAIN_CONTEXT = ContextFacts()


@dataclass(frozen=True)
class TriggerFacts:
    """What the trigger of an event tells about it, taken where the event is built (the parse is gone after)."""

    weight: float  # the lexicon's weight for the word
    score: float  # the weight adjusted for the word's place in the sentence (``detect.trigger_score``)
    heuristic: float  # the layer's hand-set confidence, which ranks candidates within a sentence
    pos: str  # VERB, NOUN, ADJ or OTHER
    clause: str  # root, main, complement, subordinate, relative or modifier
    frame: str  # event, demand, blame or warning
    governed: bool  # what another act in the sentence is about
    sentence_words: int
    quoted: bool = False  # inside a quotation (what someone says happened or will happen)
    tense: str = "none"  # past, present, perfect, future, infinitive, gerund, participle or none (``tense_of``)
    origin: str = "hand"  # the trigger's lexicon file (hand, classes, cameo) or "frame" (a demand, blame, warning)
    constrained: bool = False  # its entry's condition on the trigger's children ("lift *sanctions*") was met
    reported: bool = False  # in what a speech verb reports ("X said troops had attacked")
    arguments: ArgumentFacts = NO_ARGUMENTS
    context: ContextFacts = PLAIN_CONTEXT


UNKNOWN_TRIGGER = TriggerFacts(weight=0.5, score=0.5, heuristic=0.5, pos="OTHER", clause="main", frame="event",
                               governed=False, sentence_words=20)


def clause_labels(lang: str) -> dict[str, str]:
    """Dependency label → kind of clause it opens (``lexicons/<lang>/event_clause_labels.tsv``)."""
    return {row["label"]: row["clause"] for row in lexicons.read_tsv(lang, CLAUSE_LABELS) if row.get("label")}


def clause_of(token: Token, labels: Mapping[str, str]) -> str:
    """The kind of clause a word stands in: the first clause-opening label on its way up to the root."""
    if token.head == token:
        return "root"
    node = token
    for _ in range(len(token.doc)):
        if node.head == node:
            return "main"
        kind = labels.get(node.dep_)
        if kind is not None:
            return kind
        node = node.head
    return "main"


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds the trigger: itself, or the verb a noun trigger depends on."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def tense_of(token: Token) -> str:
    """The tense of the trigger's clause, from the morphology of its verb and auxiliaries: "perfect" for an
    auxiliary in the present with a participle ("has killed", "a frappé"), "past" for one in the past."""
    verb = clause_verb(token)
    if verb is None:
        return "none"
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY]
    if "Fut" in verb.morph.get("Tense", []) or any("Fut" in a.morph.get("Tense", []) for a in auxiliaries):
        return "future"
    forms = verb.morph.get("VerbForm", [])
    if auxiliaries and "Part" in forms:
        tenses = {t for a in auxiliaries for t in a.morph.get("Tense", [])}
        return "past" if "Past" in tenses else "perfect" if "Pres" in tenses else "participle"
    for kind, form in (("infinitive", "Inf"), ("gerund", "Ger")):
        if form in forms:
            return kind
    tense = verb.morph.get("Tense", [])
    if "Past" in tense:
        return "participle" if "Part" in forms and verb.dep_ != "ROOT" and not auxiliaries else "past"
    return "present" if "Pres" in tense else "none"


def is_reported(token: Token, speech_verbs: frozenset[str]) -> bool:
    """The trigger stands in what a speech verb reports: a complement of "said", "a déclaré", on its way up."""
    node = token
    for _ in range(6):
        if node.head == node:
            return False
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in speech_verbs:
            return True
        node = node.head
    return False


def trigger_facts(token: Token, weight: float, score: float, heuristic: float, frame: str, governed: bool,
                  labels: Mapping[str, str], speech_verbs: frozenset[str] = frozenset()) -> TriggerFacts:
    quotes: Sequence[Quote] = token.doc._.ww_quotes or []
    quoted = any(q.start <= token.idx < q.end for q in quotes if q.direct)
    return TriggerFacts(weight=weight, score=score, heuristic=heuristic, pos=POS_GROUPS.get(token.pos_, "OTHER"),
                        clause=clause_of(token, labels), frame=frame, governed=governed,
                        sentence_words=sum(1 for t in token.sent if not t.is_punct and not t.is_space), quoted=quoted,
                        tense=tense_of(token), reported=is_reported(token, speech_verbs))


def argument_facts(token: Token, arguments: Arguments) -> ArgumentFacts:
    """Which arguments the trigger's sentence names and how far from it: ``arguments.spans`` holds the
    source's phrase first when there is one, then the target's (unless it is a place)."""
    spans = list(arguments.spans)
    source_span = spans.pop(0) if arguments.source is not None and spans else None
    target_span = spans[0] if arguments.target is not None and spans else None
    return ArgumentFacts(source=arguments.source is not None, target=arguments.target is not None,
                         thing_target=arguments.thing_target, source_distance=word_distance(token, source_span),
                         target_distance=word_distance(token, target_span))


def word_distance(token: Token, span: tuple[int, int] | None) -> int | None:
    """Words between ``token`` and the nearest word of the character span (None without a span); a whitespace
    token ("\u00a0", a tab) is no word."""
    if span is None:
        return None
    doc = token.doc
    inside = [t.i for t in token.sent if span[0] <= t.idx < span[1]]
    return min(abs(i - token.i) - sum(t.is_space for t in doc[min(i, token.i):max(i, token.i)])
               for i in inside) if inside else None


@dataclass(frozen=True)
class ScoredDocument:
    """What the document tells about all its events: its language, text and entities."""

    lang: str
    text: str
    entities: Mapping[str, Entity]

    def first_line_end(self) -> int:
        end = self.text.find("\n")
        return end if end >= 0 else len(self.text)


def actor_features(role: str, actor: EventActor | None, entities: Mapping[str, Entity]) -> Features:
    if actor is None:
        return {}
    entity = entities.get(actor.entity) if actor.entity is not None else None
    features = {role: 1.0}
    if entity is not None:
        # named, and known to the knowledge base or not; not the entity's type (a person, an organisation, a place
        # standing for its people): which type does the acting tells which stories the tuning half holds, and
        # cross-validation over stories weighs the model better without it
        features[f"{role}.named"] = 1.0
        if entity.kb_id:
            features[f"{role}.kb"] = 1.0
    if actor.country is not None:
        features[f"{role}.country"] = 1.0
    if actor.sector is not None:
        features[f"{role}.sector"] = 1.0
        features[f"{role}.sector={actor.sector}"] = 1.0  # the Phoenix agent kind: armed forces, government …
    if entity is None and actor.sector is None:
        features[f"{role}.bare"] = 1.0  # neither a named actor nor an agent noun: a phrase taken as it is
    return features


def event_features(event: Event, trigger: TriggerFacts, document: ScoredDocument, sentence_events: int) -> Features:
    """The named features of one event (all in [0, 1]; absent ones are 0)."""
    features: Features = {
        f"type={event.type}": 1.0, f"modality={event.modality}": 1.0, f"lang={document.lang}": 1.0,
        f"pos={trigger.pos}": 1.0, f"clause={trigger.clause}": 1.0, f"frame={trigger.frame}": 1.0,
        "weight": trigger.weight, "score": trigger.score, "heuristic": min(1.0, trigger.heuristic),
        "sentence_words": min(1.0, math.log1p(trigger.sentence_words) / math.log(80)),
        "sentence_events": min(1.0, (sentence_events - 1) / 3),
        "tellings": min(1.0, math.log1p(len(event.other_evidence)) / math.log(8)),
    }
    if trigger.governed:
        features["governed"] = 1.0
    if trigger.quoted:
        features["quoted"] = 1.0
    features.update(grammar_features(trigger))
    # no feature of the document's length, of the event's place in it, of final punctuation or of a resolved
    # date: on the dev sets they tell which collection an event comes from (short undated reports without a full
    # stop, dated articles), not whether the event is right
    features.update(actor_features("source", event.source, document.entities))
    features.update(actor_features("target", event.target, document.entities))
    if event.source is None:
        # a harm is often told from its victims' side ("three were killed"); an accusation, a demand, a sanction
        # or a meeting is defined by who makes it, and told with no one making it is seldom one
        force = event.cameo is not None and event.cameo[:CAMEO_ROOT_DIGITS] in FORCE_ROOTS
        features["source.absent.force" if force else "source.absent.other"] = 1.0
    if event.source is not None and event.target is not None and event.source.country is not None \
            and event.source.country == event.target.country:
        features["same_country"] = 1.0
    if event.place is not None:
        features["place"] = 1.0
    if event.killed is not None or event.injured is not None:
        features["toll"] = 1.0
    if event.cameo is not None and len(event.cameo) > CAMEO_ROOT_DIGITS:
        features["cameo.specific"] = 1.0  # a CAMEO sub-category (an arrest, an air strike), not the bare root
    if event.mode is not None:
        features["mode"] = 1.0  # the trigger or its sentence names the manner of the act (``event_modes.tsv``)
    if event.evidence.start < document.first_line_end() < len(document.text.rstrip()):
        features["first_line"] = 1.0  # a headline (or a lead on the first line) of a longer text
    return features


def distance_feature(words: int) -> float:
    return min(1.0, math.log1p(words) / math.log(20))


def grammar_features(trigger: TriggerFacts) -> Features:
    """What the trigger's word, clause and sentence tell: where the word comes from, the tense, whether the act
    is reported, how close its doer and recipient stand, and the sentence's mishap or discard words."""
    features: Features = {f"tense={trigger.tense}": 1.0, f"origin={trigger.origin}": 1.0}
    if trigger.constrained:
        features["constrained"] = 1.0  # a pattern whose condition holds ("fired *on*"), not a bare word
    if trigger.reported:
        features["reported"] = 1.0
    arguments = trigger.arguments
    for role, found, distance in (("source", arguments.source, arguments.source_distance),
                                  ("target", arguments.target, arguments.target_distance)):
        if found:
            features[f"{role}.in_sentence"] = 1.0
            if distance is not None:
                features[f"{role}.distance"] = distance_feature(distance)
    if arguments.thing_target:
        features["target.thing"] = 1.0
    if trigger.context.mishap:
        features["mishap"] = 1.0
    if trigger.context.discarded:
        features["discarded"] = 1.0
    features.update({mark: 1.0 for mark in trigger.context.marks})
    return features


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model over named features, and the threshold it was fitted with."""

    intercept: float
    weights: Mapping[str, float]
    threshold: float
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {**self.meta, "intercept": self.intercept, "threshold": self.threshold,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        meta = {k: v for k, v in data.items() if k not in ("intercept", "threshold", "weights")}
        return cls(intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                   weights={str(k): float(v) for k, v in data["weights"].items()}, meta=meta)


def model_path() -> Path:
    return Path(str(resources.files("wirewatch.nlp.events"))) / MODEL_FILE


def load_confidence_model(path: Path | None = None) -> ConfidenceModel:
    """The fitted model shipped with the package (or the one at ``path``)."""
    return ConfidenceModel.from_json(json.loads((path or model_path()).read_text(encoding="utf-8")))


Observer = Callable[[Doc, Sequence[tuple[Event, Features]]], None]


class EventScorer:
    """Gives each event of a document its calibrated confidence and drops those below the threshold.

    ``observer``, when set, sees every document's scored events with their features (the fitting script
    records them; the runtime leaves it unset)."""

    def __init__(self, model: ConfidenceModel, min_confidence: float | None, lang: str) -> None:
        self.model = model
        self.min_confidence = model.threshold if min_confidence is None else min_confidence
        # an act the text says did not happen is no event of the default output (PLOVER manual, auxiliary
        # modes): it is kept only when the user lowers the threshold below the fitted one, or asks for every
        # event (0, also when the fitted threshold is 0). A negated agreement was retyped REJECT ("did not
        # sign"): the refusal did happen
        self.keeps_negated = min_confidence is not None and (min_confidence < model.threshold
                                                             or min_confidence == 0.0)
        self.labels = clause_labels(lang)
        self.lang = lang
        self.observer: Observer | None = None

    def facts(self, token: Token, weight: float, score: float, heuristic: float, frame: str,
              governed: bool, speech_verbs: frozenset[str] = frozenset()) -> TriggerFacts:
        return trigger_facts(token, weight, score, heuristic, frame, governed, self.labels, speech_verbs)

    def apply(self, doc: Doc, text: str, events: Sequence[Event], triggers: Mapping[TriggerKey, TriggerFacts],
              entities: Sequence[Entity]) -> list[Event]:
        document = ScoredDocument(lang=self.lang, text=text, entities={e.id: e for e in entities})
        per_sentence = Counter(e.evidence.start for e in events)
        scored = []
        first_of_type = {}
        for event in sorted(events, key=lambda e: e.evidence.start, reverse=True):
            first_of_type[event.type] = event.evidence.start
        for event in events:
            trigger = triggers.get((event.type, event.evidence.start))
            features = event_features(event, trigger or UNKNOWN_TRIGGER, document, per_sentence[event.evidence.start])
            if event.evidence.start > first_of_type[event.type]:
                features["retold_type"] = 1.0  # an act of a type the text told before: often the same one again
            if trigger is None:
                features["trigger=unknown"] = 1.0  # no facts were taken where the event was built
            confidence = round(self.model.probability(features), 3)
            scored.append((event.model_copy(update={"confidence": confidence}), features))
        if self.observer is not None:
            self.observer(doc, scored)
        return [event for event, _ in scored if event.confidence >= self.min_confidence
                and (self.keeps_negated or event.modality != "negated" or event.type == "REJECT")]
