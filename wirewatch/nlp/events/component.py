"""The ``ww_events`` component: PLOVER-coded events with actors, date, place, toll, modality and evidence.

``__call__`` finds (triggers per sentence → candidate events) then writes ``doc._.ww_events``. It reads the
layers computed before it: ``ww_entities`` (or the model's entities when that layer is absent), ``ww_dates``,
``ww_places`` and ``ww_published``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.doc_cache import doc_text, sentences
from wirewatch.nlp.events.actor_resolver import ActorLookup, ActorResolver, country_names
from wirewatch.nlp.events.build import EventBuilder
from wirewatch.nlp.events.casualties import find_toll
from wirewatch.nlp.events.charged_acts import told_as_background_ground
from wirewatch.nlp.events.confidence import EventScorer, load_confidence_model
from wirewatch.nlp.events.detect import STANCE_TYPES, Trigger, about_a_stance_read, find_triggers
from wirewatch.nlp.events.discards import DiscardPhrases, discarded, load_discard_phrases
from wirewatch.nlp.events.document_facts import (
    DocumentFacts,
    demonym_country,
    entities_from_model,
    located_mentions,
    main_country,
    main_place,
)
from wirewatch.nlp.events.doers import DoerWords, load_doer_words
from wirewatch.nlp.events.implied import (
    VIOLENT,
)
from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon
from wirewatch.nlp.events.lines import line_of
from wirewatch.nlp.events.listing import coordinated, pooled_target, told_apart
from wirewatch.nlp.events.mishaps import MishapWords, load_mishap_words
from wirewatch.nlp.events.name_roles import repaired_name_roles
from wirewatch.nlp.events.non_events import NonEventWords, load_non_event_words, story_kind
from wirewatch.nlp.events.presupposed import retold_events, without_retellings
from wirewatch.nlp.events.settle import place_containment, settled_events
from wirewatch.nlp.events.state_forces import state_sides
from wirewatch.nlp.events.syntax import told_aside
from wirewatch.nlp.events.toll_updates import report_dated_starts, toll_update_starts, with_sentence_toll
from wirewatch.nlp.events.unstated import UnstatedWords, load_unstated_words
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.resources import Resources
from wirewatch.records import Event


class EventComponent:
    """Finds events sentence by sentence; at most one event per type and sentence."""

    def __init__(self, nlp: Language, name: str, lang: str, min_confidence: float, max_per_sentence: int,
                 secondary_confidence: float, merge: bool, min_event_confidence: float | None = None) -> None:
        self.name = name
        self.lang = lang
        self.min_confidence = min_confidence
        self.max_per_sentence = max_per_sentence
        self.secondary_confidence = secondary_confidence
        self.reserve_confidence = RESERVE_CONFIDENCE
        self.merge = merge
        self.min_event_confidence = min_event_confidence  # None: the fitted confidence model's own threshold
        self.scorer: EventScorer | None = None
        self.builder: EventBuilder | None = None
        self.lexicon: EventLexicon | None = None
        self.mishaps = MishapWords(frozenset(), frozenset(), frozenset(), frozenset())
        self.doers = DoerWords({})
        self.discards = DiscardPhrases(None, None)
        self.non_events = NonEventWords(frozenset(), frozenset())
        self.unstated = UnstatedWords()
        self.kb: ActorLookup | None = None
        self.countries: dict[str, str] = {}

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   resources: Resources | None = None) -> None:
        self.lexicon = load_event_lexicon(self.lang)
        self.mishaps = load_mishap_words(self.lang, self.lexicon.modes, frozenset(self.lexicon.actor_nouns))
        self.doers = load_doer_words(self.lang, frozenset(self.lexicon.actor_nouns), self.mishaps.weapons,
                                     self.mishaps.causes, self.lexicon.word_class("of_prep"),
                                     self.mishaps.hazards | self.mishaps.subjects, frozenset(self.lexicon.demonyms),
                                     self.mishaps.civil, self.lexicon.word_class("agent_prep"))
        self.discards = load_discard_phrases(self.lang)
        self.non_events = load_non_event_words(self.lang)
        self.unstated = load_unstated_words(self.lang, self.lexicon.word_class("obligation"))
        self.kb = resources.actors if resources is not None else None
        self.contains = place_containment(resources)  # a region and a town in it are one act's place
        self.countries = country_names(self.lang)
        self.scorer = EventScorer(load_confidence_model(), self.min_event_confidence, self.lang)
        self.builder = EventBuilder(self.lexicon, self.scorer, self.min_confidence, self.mishaps, self.doers,
                                    self.non_events, self.unstated)

    def __call__(self, doc: Doc) -> Doc:
        events = self.match(doc)
        self.set_annotations(doc, events)
        return doc

    # --- find ------------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Event]:
        if self.lexicon is None or self.scorer is None or self.builder is None:
            raise RuntimeError(f"{self.name}: call initialize() before use")
        entities = doc._.ww_entities if doc._.ww_entities is not None else entities_from_model(doc)
        repaired_name_roles(doc, entities)  # a name the tagger read as an adverb ("Macron" ADV) is a name
        located = located_mentions(doc, doc._.ww_places or [], self.lexicon)
        facts = DocumentFacts(home_country=main_country(located) or demonym_country(doc, self.lexicon),
                              home_place=main_place(located), contains=self.contains)
        dates = [(d.start, d.end) for d in doc._.ww_dates or []]
        resolver = ActorResolver(doc, entities, self.lexicon, self.kb, self.countries, dates, doc._.ww_quotes or [])
        events: list[Event] = []
        last_attack: tuple[int, int] | None = None  # (sentence number, index in events) of the last attack told
        reserves: list[Event] = []  # per sentence, the next event below the bar for a second one
        retold: set[int] = set()  # indices in ``events`` of acts a definite subject retells
        outside = discarded(doc, sentences(doc), self.discards)
        kind = story_kind(sentences(doc), self.lexicon, self.mishaps, self.non_events)
        if outside.story or kind.sports:
            return []  # a sports report, an awards ceremony: no political event, whatever its verbs
        facts.disaster_story = kind.disaster
        facts.state_sides = state_sides(entities, self.kb)  # ``state_forces``
        facts.toll_updates = toll_update_starts(sentences(doc), self.lexicon)  # ``toll_updates``
        facts.report_dated = report_dated_starts(sentences(doc), self.lexicon)  # ``report_dates``
        facts.discarded.update(s.start_char for n, s in enumerate(sentences(doc)) if n in outside.sentences)
        for number, sent in enumerate(sentences(doc)):
            triggers = find_triggers(sent, self.lexicon)  # a sentence's discard phrases silence it there
            found, reserve = self.sentence_events(doc, sent, triggers, resolver, facts) if triggers else ([], None)
            retold.update(retold_events(found, triggers, len(events)))  # ``presupposed``
            if reserve is not None and found:
                reserves.append(reserve)
            attacks = [i for i, e in enumerate(found, start=len(events)) if e.type in VIOLENT]
            events.extend(found)
            if attacks:
                last_attack = (number, attacks[-1])
            elif found:
                last_attack = None  # another act told since: a toll now is not clearly the attack's
            elif last_attack is not None and number - last_attack[0] <= TOLL_REACH:
                events[last_attack[1]] = with_sentence_toll(events[last_attack[1]], sent, self.lexicon)
        events = without_retellings(events, retold)
        final = settled_events(events, reserves, facts, self.merge, doc_text(doc))  # ``settle``
        # calibrated confidence (fitted on the dev sets' tuning half), and the events below the threshold dropped
        return self.scorer.apply(doc, doc_text(doc), final, facts.triggers, entities)

    def sentence_events(self, doc: Doc, sent: Span, triggers: list[Trigger],
                        resolver: ActorResolver, facts: DocumentFacts) -> tuple[list[Event], Event | None]:
        """The sentence's events, and the best one left out below the bar for a second event (its reserve)."""
        assert self.lexicon is not None and self.builder is not None
        toll = find_toll(sent, self.lexicon)
        by_type: dict[str, Event] = {}
        rank: dict[str, float] = {}
        hops: dict[str, int] = {}
        aside: dict[str, bool] = {}  # per type: what another act is about, or a description of a participant
        told: dict[str, list[Token]] = {}  # per type, the trigger words of its events
        listed: dict[str, list[Event]] = {}  # per type, further events of a list ("strikes on A, an attack on B")
        stated: dict[str, bool] = {}  # per type: its sentence names the target kept (not only a toll's civilians)
        read_stances: set[int] = set()  # trigger words of an act read as a stance once built
        for trigger in sorted(triggers, key=lambda t: -t.score):
            evidence_line = line_of(doc, sent, trigger.token.idx)
            if evidence_line is None:
                continue
            line = evidence_line.mention
            if evidence_line.unpunctuated:
                facts.unpunctuated.add(line.start)
            built = self.builder.build(doc, sent, line, trigger, resolver, toll, facts)
            if built is None:
                continue
            event, place_hops, partners, stated_target = built
            if event.type in STANCE_TYPES and trigger.entry.type not in STANCE_TYPES and trigger.frame == "event":
                read_stances.add(trigger.token.i)  # "attacked the governor over …": criticism (``worded_attacks``)
            kept = by_type.get(event.type)
            if kept is None:
                stated[event.type] = stated_target
                listed.setdefault(event.type, []).extend(partners)
                by_type[event.type] = event
                rank[event.type] = trigger.score + event.confidence
                hops[event.type] = place_hops
                aside[event.type] = trigger.governed or told_aside(trigger.token, event.type in STANCE_TYPES,
                                                                   self.lexicon.word_class("background_mark")) \
                    or told_as_background_ground(trigger.token, self.lexicon)  # "jailed for a protest"
                told[event.type] = [trigger.token]
                continue
            if any(coordinated(trigger.token, word) for word in told[event.type]) and \
                    all(told_apart(event, other) for other in (kept, *listed.get(event.type, []))):
                listed.setdefault(event.type, []).extend([event, *partners])
                told[event.type].append(trigger.token)
                continue
            # words of the same type in one sentence tell one event: pool what each of them attaches
            same_word = any(word.i == trigger.token.i for word in told[event.type])
            update: dict[str, object] = {"source": kept.source or event.source,
                                         "target": pooled_target(kept.target, event.target, same_word)}
            if stated_target and not stated[event.type] and any(
                    word.head == trigger.token or trigger.token.head == word for word in told[event.type]):
                # "An Israeli airstrike killed two Syrian soldiers": the act named as the subject of the verb
                # names no target, and its toll's civilians yield to the victims the verb names
                update["target"], stated[event.type] = event.target, True
            if place_hops < hops[event.type]:
                update["place"] = event.place
                hops[event.type] = place_hops
            by_type[event.type] = kept.model_copy(update=update)
        for kind, words in told.items():  # what a word read as a stance is about, as ``demote_governed`` does
            aside[kind] = aside[kind] or (kind not in STANCE_TYPES and about_a_stance_read(words[0], read_stances))
        # the sentence's own acts first: what another act is about, or what a relative clause says of a
        # participant, comes after them
        ranked = sorted(by_type.values(), key=lambda e: (aside[e.type], -rank[e.type]))
        # a second event is kept when sure, and not when it is what the first one is about ("rejected an
        # ultimatum": a rejection, not also a threat) nor told in a relative clause ("asked Peru for talks on the
        # dispute with Bolivia, which has threatened to close the border": the request, not also a threat)
        kept_events = ranked[:1] + [e for e in ranked[1: self.max_per_sentence]
                                    if e.confidence >= self.secondary_confidence and not aside[e.type]]
        reserve = next((e for e in ranked[1: self.max_per_sentence] if e not in kept_events
                        and not aside[e.type] and e.confidence >= self.reserve_confidence), None)
        kept_events += [e for kept in list(kept_events) for e in listed.get(kept.type, [])]
        return sorted(kept_events, key=lambda e: e.evidence.start), reserve

    # --- write -----------------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        doc._.ww_events = events


RESERVE_CONFIDENCE = 0.55  # the least confidence of a sentence's reserve event (see ``sentence_events``)
TOLL_REACH = 5  # sentences after an attack, none telling another act, in which a toll told alone is its toll


@Language.factory(
    "ww_events",
    default_config={"min_confidence": 0.4, "max_per_sentence": 3, "secondary_confidence": 0.6, "merge": True,
                    "min_event_confidence": None},
    assigns=["doc._.ww_events"],
    requires=["token.dep", "token.lemma", "doc.sents", "doc._.ww_entities", "doc._.ww_dates", "doc._.ww_places",
              "doc._.ww_quotes"],
)
def make_event_component(nlp: Language, name: str, min_confidence: float, max_per_sentence: int,
                         secondary_confidence: float, merge: bool,
                         min_event_confidence: float | None) -> EventComponent:
    ensure_extensions()
    return EventComponent(nlp, name, nlp.lang or "", min_confidence, max_per_sentence, secondary_confidence, merge,
                          min_event_confidence)
