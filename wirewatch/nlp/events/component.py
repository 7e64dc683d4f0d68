"""The ``ww_events`` component: PLOVER-coded events with actors, date, place, toll, modality and evidence.

``__call__`` finds (triggers per sentence → candidate events) then writes ``doc._.ww_events``. It reads the
layers computed before it: ``ww_entities`` (or the model's entities when that layer is absent), ``ww_dates``,
``ww_places`` and ``ww_published``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.doc_cache import doc_text, sentences
from wirewatch.nlp.events.act_targets import names_the_act
from wirewatch.nlp.events.actor_resolver import ActorLookup, ActorResolver, country_names
from wirewatch.nlp.events.actorless import told_alone
from wirewatch.nlp.events.arguments import resolve_roles
from wirewatch.nlp.events.casualties import Toll, find_toll
from wirewatch.nlp.events.confidence import ContextFacts, EventScorer, argument_facts, load_confidence_model
from wirewatch.nlp.events.confidence_marks import confidence_marks
from wirewatch.nlp.events.context import (
    after_place_prep,
    event_date,
    event_place,
    fallback_date,
)
from wirewatch.nlp.events.controlled_roles import implied_doer
from wirewatch.nlp.events.detect import STANCE_TYPES, Trigger, find_triggers
from wirewatch.nlp.events.discards import DiscardPhrases, discarded, load_discard_phrases
from wirewatch.nlp.events.document_facts import (
    DocumentFacts,
    demonym_country,
    entities_from_model,
    located_mentions,
    main_country,
    main_place,
)
from wirewatch.nlp.events.doer_readings import no_acting_party, reading_by_doer
from wirewatch.nlp.events.doers import DoerWords, disaster_measure, done_by_a_thing, load_doer_words
from wirewatch.nlp.events.implied import (
    VIOLENT,
    VISIT,
    fill_from_context,
    host_first,
    on_the_ground,
    visit_abroad,
    with_home_country,
)
from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon
from wirewatch.nlp.events.lines import line_of
from wirewatch.nlp.events.listing import coordinated, partner_events, pooled_target, told_apart
from wirewatch.nlp.events.mishaps import MishapWords, caused_by_mishap, hazard_as_doer, load_mishap_words
from wirewatch.nlp.events.modality import modality_of
from wirewatch.nlp.events.non_events import NonEventWords, load_non_event_words, story_kind, tells_no_event, told_of
from wirewatch.nlp.events.other_acts import OtherActs
from wirewatch.nlp.events.own_account import told_as_background
from wirewatch.nlp.events.presupposed import retold_events, without_retellings
from wirewatch.nlp.events.promised_acts import promised_force
from wirewatch.nlp.events.reduced_relatives import protesting_voicer
from wirewatch.nlp.events.retyping import blames_an_act, promises_force, retype, voices_a_protest
from wirewatch.nlp.events.settle import place_containment, settled_events
from wirewatch.nlp.events.state_forces import state_sides
from wirewatch.nlp.events.stranded_subjects import stranded_subject_spans
from wirewatch.nlp.events.syntax import prep_objects, told_aside
from wirewatch.nlp.events.toll_scope import is_casualty_word, is_running_total
from wirewatch.nlp.events.toll_updates import report_dated_starts, toll_update_starts, with_sentence_toll
from wirewatch.nlp.events.unrealised import old_relative, since_background, unrealised
from wirewatch.nlp.events.unstated import UnstatedWords, load_unstated_words, unstated
from wirewatch.nlp.events.warned_states import warns_of_a_state
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.resources import Resources
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import Event, Mention

MODE_TYPES = frozenset({"ASSAULT", "CONSULT"})
PROPERTY_SEIZURE = frozenset({"171", "1711"})  # CAMEO: seize property, confiscate it
HARMS = frozenset({"ASSAULT", "COERCE"})  # acts of force, which a thing may seem to do (``doers``)


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
                                     self.mishaps.civil)
        self.discards = load_discard_phrases(self.lang)
        self.non_events = load_non_event_words(self.lang)
        self.unstated = load_unstated_words(self.lang, self.lexicon.word_class("obligation"))
        self.kb = resources.actors if resources is not None else None
        self.contains = place_containment(resources)  # a region and a town in it are one act's place
        self.countries = country_names(self.lang)
        self.scorer = EventScorer(load_confidence_model(), self.min_event_confidence, self.lang)

    def __call__(self, doc: Doc) -> Doc:
        events = self.match(doc)
        self.set_annotations(doc, events)
        return doc

    # --- find ------------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Event]:
        if self.lexicon is None or self.scorer is None:
            raise RuntimeError(f"{self.name}: call initialize() before use")
        entities = doc._.ww_entities if doc._.ww_entities is not None else entities_from_model(doc)
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
        assert self.lexicon is not None
        toll = find_toll(sent, self.lexicon)
        by_type: dict[str, Event] = {}
        rank: dict[str, float] = {}
        hops: dict[str, int] = {}
        aside: dict[str, bool] = {}  # per type: what another act is about, or a description of a participant
        told: dict[str, list[Token]] = {}  # per type, the trigger words of its events
        listed: dict[str, list[Event]] = {}  # per type, further events of a list ("strikes on A, an attack on B")
        for trigger in sorted(triggers, key=lambda t: -t.score):
            evidence_line = line_of(doc, sent, trigger.token.idx)
            if evidence_line is None:
                continue
            line = evidence_line.mention
            if evidence_line.unpunctuated:
                facts.unpunctuated.add(line.start)
            built = self.build_event(doc, sent, line, trigger, resolver, toll, facts)
            if built is None:
                continue
            event, place_hops, partners = built
            kept = by_type.get(event.type)
            if kept is None:
                listed.setdefault(event.type, []).extend(partners)
                by_type[event.type] = event
                rank[event.type] = trigger.score + event.confidence
                hops[event.type] = place_hops
                aside[event.type] = trigger.governed or told_aside(trigger.token, event.type in STANCE_TYPES,
                                                                   self.lexicon.word_class("background_mark"))
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
            if place_hops < hops[event.type]:
                update["place"] = event.place
                hops[event.type] = place_hops
            by_type[event.type] = kept.model_copy(update=update)
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

    def build_event(self, doc: Doc, sent: Span, line: Mention, trigger: Trigger, resolver: ActorResolver,
                    toll: Toll, facts: DocumentFacts) -> tuple[Event, int, list[Event]] | None:
        """The event one trigger states, how far (in parse hops) its place is from the trigger, and the same
        event for each other recipient conjoined with its target ("the US and Israel will pay")."""
        lex = self.lexicon
        assert lex is not None
        token, entry = trigger.token, trigger.entry
        # a demand is made whatever the mood of the act demanded ("X must act")
        modality = "asserted" if trigger.frame == "demand" else modality_of(token, lex)
        event_type = retype(entry.type, modality)
        if event_type == "AGREE" and (promises_force(token, lex) or promised_force(token, lex)):
            event_type = "THREATEN"  # "promised a strong response", "vowed retaliation", "vowed to strike"
        named_only = None if trigger.frame == "demand" else unrealised(token, lex)  # a condition, a possibility …
        if named_only is not None:
            if self.scorer is not None and not self.scorer.keeps_negated:
                return None  # no event of the default output, as an act negated (``unrealised``)
            modality = named_only
        if modality == "negated" and event_type == "REJECT" and entry.type != "REJECT" and entry.weight < 0.7:
            return None  # "did not provide details" is no refusal: only a specific word negated is one
        if event_type == "THREATEN" and modality == "asserted":
            modality = "future"
        arguments = resolve_roles(token, event_type, lex.word_class("target_prep"), resolver, trigger.frame,
                                  entry.locution_words)
        source, target = arguments.source, arguments.target
        if unstated(token, trigger.frame, event_type, modality, lex, self.unstated):
            return None  # an act asked about, owed, or what a demand or a protest is about (``unstated``)
        if names_the_act(entry, event_type, trigger.frame, arguments, doc, lex):
            target = None  # "submitted their resignations", "the shock of the American betrayal" (``act_targets``)
        if event_type in VIOLENT and is_casualty_word(token, lex) and is_running_total(token, lex):
            return None  # "the war has killed 10,000 since 2022": a running total, no act of the story
        if (event_type in VIOLENT and source is None and caused_by_mishap(token, self.mishaps)) \
                or hazard_as_doer(token, self.mishaps) or no_acting_party(token, event_type, self.mishaps):
            return None  # "twelve killed in a plane crash", "fires threatened the town", "battled the blaze"
        event_type = reading_by_doer(token, event_type, entry, source, lex, facts.disaster_story) or ""
        if not event_type:  # "a strike by teachers" is a protest; "police blocked the roads" none (doer_readings)
            return None
        if event_type in HARMS and (done_by_a_thing(token, self.doers, is_casualty_word(token, lex))
                                    or (facts.disaster_story and source is None and entry.mode != "arrest")
                                    or disaster_measure(token, event_type, facts.disaster_story, self.doers)):
            # "a van hit a pickup, killing nine", "a wall collapsed on workers": done by a thing; in a story
            # whose lead tells a disaster and no attack, a harm with no doer named is the disaster's, and a
            # state of emergency or an evacuation ordered is relief (an arrest has its doer: the police)
            return None
        if trigger.frame == "blame" and source is not None and source.sector is None \
                and not resolver.public_actor(source.entity):
            return None  # a witness's outrage ("It's inhuman," said a resident) is no actor's accusation
        if (voicer := protesting_voicer(token, event_type, lex)) is not None:  # ``reduced_relatives``
            event_type, source = "PROTEST", resolver.resolve(voicer) or source  # "fired at marchers calling for"
            target = None if arguments.thing_target else target  # what they demand is no one protested against
        if event_type in ("ACCUSE", "REQUEST") and ((source is not None and source.sector == "protesters")
                                                    or voices_a_protest(token, lex)):
            # "protesters denounced budget cuts", "marched, calling for justice", "rallies demanding change": the
            # protest is the event, what it demands or denounces its content
            event_type = "PROTEST"
        killed = toll.killed if event_type in VIOLENT else None
        injured = toll.injured if event_type in VIOLENT else None
        # confidence from what the sentence states itself, before filling from context
        victims = (target is not None and not arguments.thing_target) or killed is not None or injured is not None
        confidence = entry.weight * (0.55 + 0.25 * (source is not None) + 0.2 * victims)
        if killed is not None or injured is not None:
            confidence = min(1.0, confidence + 0.1)
        if modality != "asserted":
            confidence *= 0.9
        # property seized is no party ("weapons were seized"): the seizure is then told alone
        party = None if arguments.thing_target and entry.cameo in PROPERTY_SEIZURE else target
        alone = modality == "asserted" and told_alone(event_type, token, source, party, lex.modes.keys(),
                                                        lex.word_class("participant_prep"))  # ``actorless``
        if confidence < self.min_confidence and not alone:
            return None
        (facts.alone if alone else facts.weighed).add((event_type, line.start))
        if trigger.frame == "blame" and target is None and not blames_an_act(sent, lex):
            facts.blames_without_target.add(line.start)
        elif event_type == "ACCUSE":
            facts.accusing_words.add(line.start)  # "denounced inaction": an accusing word, whoever it names
        excluded = [*arguments.spans, *arguments.co_source_spans, *stranded_subject_spans(sent)]
        grounded = on_the_ground(event_type, entry.mode)
        if not grounded and target is not None and target.entity is not None:
            # "sanctions on Moscow", "à la junte de Niamey": a city addressed stands for its government, and is
            # not where the sanctions happened
            excluded += [(ref.start, ref.end) for ref in resolver.mentions if ref.entity.id == target.entity]
        if source is not None and source.entity is not None:  # its name elsewhere, unless after "in": "in Moscow"
            excluded += [(ref.start, ref.end) for ref in resolver.mentions if ref.entity.id == source.entity
                         and not after_place_prep(doc, ref.start, lex.word_class("place_prep"))]
        # nor is a place in what talks are about where they were held ("discussed the war in Sudan")
        place, place_hops, context_place = event_place(token, sent, doc._.ww_places or [], excluded,
                                                       lex.word_class("place_prep"), lex.demonyms,
                                                       source.country if source is not None else None,
                                                       () if grounded else arguments.about_spans,
                                                       OtherActs(lex, self.mishaps).hold)  # ``other_acts``
        if event_type in VIOLENT and token.pos_ == "VERB" and target is None and place is None and killed is None \
                and injured is None and not any(c.dep_ in OBJECT for c in token.children) \
                and not any(True for _ in prep_objects(token)):
            return None  # "but Trump attacked": an attack on nothing, nowhere, harming no one is a figure of speech
        told = told_of(event_type, source, resolver, arguments, killed is not None or injured is not None,
                       place is not None)
        if tells_no_event(token, told, facts.disaster_story, lex, self.non_events) \
                or warns_of_a_state(token, lex, self.non_events):
            return None  # a denial, a game, a figure of speech, a forecast, a disaster's toll (``non_events``)
        if told_as_background(token, event_type, lex, self.non_events):
            return None  # a speaker's own account, an act told as a circumstance (``own_account``)
        place, source, target = fill_from_context(event_type, entry.mode, place, context_place, source, target,
                                                  killed, injured)
        if event_type == "CONSULT" and arguments.target_is_thing:
            # a building, a site or a topic is no one to meet ("met at the headquarters"); a visit to a hospital
            # abroad visits the country, one at home visits no one and is no consultation
            target = visit_abroad(source, place) if entry.mode == VISIT else None
            if entry.mode == VISIT and target is None:
                return None
        nearby = place or context_place
        home = nearby.country if nearby is not None and nearby.country else facts.home_country
        source = source or implied_doer(token, entry, event_type, lex)  # arrests by the police (controlled_roles)
        source = with_home_country(source, resolver, home, event_type)
        target = with_home_country(target, resolver, home, event_type)
        if event_type == "CONSULT":
            source, target = host_first(source, target, place)
        mode = entry.mode
        if event_type in MODE_TYPES and event_type == entry.type:
            mode = lex.sentence_mode(sent) or mode
        date = event_date(token, sent, doc._.ww_dates or [], OtherActs(lex, self.mishaps).hold)
        published = doc._.ww_published
        if date is not None and published is not None and modality == "asserted" and \
                date[:10] > published.isoformat() and len(date) >= 10 and event_type not in ("THREATEN",):
            modality = "future"  # "we have a meeting tomorrow": dated after publication
        if old_relative(token, date, published) or (date is None and since_background(token, lex)):
            return None  # "the group that attacked it in 2019", "since the invasion": background (``unrealised``)
        if date is None:
            fallback = fallback_date(token, doc._.ww_published, modality)
            if fallback is not None:
                facts.fallback_dates[(event_type, line.start)] = fallback
        cameo = entry.cameo if event_type == entry.type and entry.cameo else lex.cameo_code(event_type, mode)
        event = Event(
            type=event_type, mode=mode, cameo=cameo, source=source, target=target, date=date, place=place,
            killed=killed, injured=injured, children_killed=toll.children_killed if killed is not None else None,
            children_injured=toll.children_injured if injured is not None else None,
            modality=modality,  # type: ignore[arg-type]
            evidence=line, confidence=round(confidence, 3),
        )
        assert self.scorer is not None
        if (event_type, line.start) not in facts.triggers:  # the best-scored trigger of its type and line
            facts.triggers[(event_type, line.start)] = replace(
                self.scorer.facts(token, entry.weight, trigger.score, confidence, trigger.frame, trigger.governed,
                                  lex.speech_verbs),
                origin=entry.origin if trigger.frame == "event" else "frame",
                constrained=entry.requires is not None, arguments=argument_facts(token, arguments),
                context=ContextFacts(mishap=caused_by_mishap(token, self.mishaps),
                                     discarded=sent.start_char in facts.discarded,
                                     marks=confidence_marks(token, arguments, self.non_events)))
        return event, place_hops, partner_events(event, arguments, resolver, home, place_hops, sent)

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
