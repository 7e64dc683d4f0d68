"""One trigger, one event: the type read in its mood and by its doer, the roles, the place and date of its own
clause, the toll, and the facts the confidence model weighs — or nothing, when the words name no act of the story
(a condition, a figure of speech, a disaster with no acting party, background). ``EventBuilder.build`` is called
by the ``ww_events`` component (``component``) for each trigger of a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span

from wirewatch.nlp.events.act_targets import names_the_act
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.actorless import told_alone
from wirewatch.nlp.events.arguments import resolve_roles
from wirewatch.nlp.events.background_clauses import background_clause
from wirewatch.nlp.events.bare_threats import bare_threat
from wirewatch.nlp.events.casualties import Toll
from wirewatch.nlp.events.commercial_acts import agreed_to_be_sold, commercial_act, is_business
from wirewatch.nlp.events.confidence import ContextFacts, EventScorer, argument_facts
from wirewatch.nlp.events.confidence_evidence import reading_marks
from wirewatch.nlp.events.confidence_marks import confidence_marks
from wirewatch.nlp.events.context import (
    after_place_prep,
    event_date,
    event_place,
    fallback_date,
    told_where,
)
from wirewatch.nlp.events.controlled_roles import implied_doer
from wirewatch.nlp.events.detect import STANCE_TYPES, Trigger
from wirewatch.nlp.events.document_facts import (
    DocumentFacts,
)
from wirewatch.nlp.events.doer_readings import no_acting_party, reading_by_doer
from wirewatch.nlp.events.doers import DoerWords, disaster_measure, done_by_a_thing
from wirewatch.nlp.events.earlier_times import told_at_an_earlier_time
from wirewatch.nlp.events.field_senses import aimed_at_trade, waged_in_a_field
from wirewatch.nlp.events.force_purposes import coercion_as_purpose_of_force
from wirewatch.nlp.events.fought_attacks import intercepted_projectile
from wirewatch.nlp.events.game_moves import game_move, game_noun_act
from wirewatch.nlp.events.generic_acts import states_frequency
from wirewatch.nlp.events.hazard_participles import hazard_led_participle
from wirewatch.nlp.events.hostage_figures import figurative_hostage
from wirewatch.nlp.events.implied import (
    VIOLENT,
    VISIT,
    counted_victims,
    fill_from_context,
    host_first,
    on_the_ground,
    visit_abroad,
    with_home_country,
)
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.listing import partner_events
from wirewatch.nlp.events.mishaps import MishapWords, caused_by_mishap, hazard_as_doer, vehicle_as_speaker
from wirewatch.nlp.events.modality import modality_of
from wirewatch.nlp.events.munition_impacts import impact_as_time
from wirewatch.nlp.events.non_events import NonEventWords, tells_no_event, told_of
from wirewatch.nlp.events.offers import goods_offered
from wirewatch.nlp.events.other_acts import OtherActs
from wirewatch.nlp.events.outcries import outcry
from wirewatch.nlp.events.own_account import told_as_background
from wirewatch.nlp.events.promised_acts import promised_force, vowed_against_an_ill
from wirewatch.nlp.events.protest_crowds import protesting_crowd, repressed_protest
from wirewatch.nlp.events.protest_settings import voiced_at_a_protest
from wirewatch.nlp.events.protest_voices import voices_the_protest
from wirewatch.nlp.events.reduced_relatives import protesting_voicer
from wirewatch.nlp.events.retyping import blames_an_act, mutually_agreed, promises_force, retype, voices_a_protest
from wirewatch.nlp.events.secret_plans import PLANNED_TYPES, planned_in_the_past
from wirewatch.nlp.events.speech_senses import spoken_only
from wirewatch.nlp.events.stranded_subjects import stranded_subject_spans
from wirewatch.nlp.events.stray_times import with_stray_time
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.events.toll_scope import is_casualty_word, is_running_total
from wirewatch.nlp.events.undergone_acts import told_as_undergone
from wirewatch.nlp.events.unrealised import examined, old_relative, recalled, since_background, unrealised
from wirewatch.nlp.events.unstated import UnstatedWords, unstated
from wirewatch.nlp.events.victim_countries import victims_home
from wirewatch.nlp.events.warned_states import warns_of_a_state
from wirewatch.nlp.events.warning_senses import caution_only
from wirewatch.nlp.events.worded_attacks import weapon_told, worded_attack
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import Event, EventActor, Mention

MODE_TYPES = frozenset({"ASSAULT", "CONSULT"})
PROPERTY_SEIZURE = frozenset({"171", "1711"})  # CAMEO: seize property, confiscate it
ADDRESSED_TYPES = STANCE_TYPES | {"CONCEDE", "COOPERATE"}  # acts addressed to someone: a stance, a concession
HARMS = frozenset({"ASSAULT", "COERCE"})  # acts of force, which a thing may seem to do (``doers``)


class Built(NamedTuple):
    """What one trigger states (``EventBuilder.build``)."""

    event: Event
    place_hops: int  # how far, in parse hops, its place is from the trigger
    partners: list[Event]  # the same event for each other party conjoined with its target or source
    stated_target: bool  # its target is named by the sentence, not implied by its toll ("killing two": civilians)


@dataclass(frozen=True)
class EventBuilder:
    """The word lists and the confidence model the building reads (loaded once by the component)."""

    lexicon: EventLexicon
    scorer: EventScorer
    min_confidence: float
    mishaps: MishapWords
    doers: DoerWords
    non_events: NonEventWords
    unstated: UnstatedWords

    def build(self, doc: Doc, sent: Span, line: Mention, trigger: Trigger, resolver: ActorResolver,
                    toll: Toll, facts: DocumentFacts) -> Built | None:
        """The event one trigger states, how far (in parse hops) its place is from the trigger, the same event
        for each other recipient conjoined with its target ("Britain and France will pay"), and whether its
        sentence names its target (not the civilians its toll implies)."""
        lex = self.lexicon
        token, entry = trigger.token, trigger.entry
        # a demand is made whatever the mood of the act demanded ("X must act")
        modality = "asserted" if trigger.frame == "demand" else modality_of(token, lex)
        event_type = retype(entry.type, modality)
        if event_type != entry.type and told_as_undergone(token, lex):
            event_type = entry.type  # « la ville va essuyer des bombardements »: an act foretold, no one's threat
        if event_type in ("THREATEN", "AGREE") and entry.type != "THREATEN" and mutually_agreed(token, lex):
            event_type = "AGREE"  # "Russia and Turkey agreed to set up a buffer zone" (``retyping``)
        elif event_type == "AGREE" and (promises_force(token, lex) or promised_force(token, lex)):
            event_type = "THREATEN"  # "promised a strong response", "vowed retaliation", "vowed to strike"
        if event_type in PLANNED_TYPES and planned_in_the_past(token, lex):
            return None  # "militants were planning an attack": a plan found out, no threat, no act (secret_plans)
        if event_type == "COERCE" and intercepted_projectile(token, lex):
            event_type = "ASSAULT"  # "intercepted a missile fired by X": X's attack fought off (``fought_attacks``)
        named_only = None if trigger.frame == "demand" else unrealised(token, lex)  # a condition, a possibility …
        if named_only is not None:
            if not self.scorer.keeps_negated:
                return None  # no event of the default output, as an act negated (``unrealised``)
            modality = named_only
        if modality == "negated" and event_type == "REJECT" and (entry.type == "REJECT" or entry.weight < 0.7):
            return None  # "did not provide details" is no refusal, "won't refuse" none: a specific word negated is
        if event_type == "THREATEN" and modality == "asserted":
            modality = "future"
        if states_frequency(token, lex.word_class("iterative")):
            return None  # "kidnappings remain frequent": how often acts happen, no act (``generic_acts``)
        if outcry(token, event_type, lex):
            return None  # "sparked a storm of protest": criticism heard, no protest held (``outcries``)
        arguments = resolve_roles(token, event_type, lex.word_class("target_prep"), resolver, trigger.frame,
                                  entry.locution_words)
        source, target = arguments.source, arguments.target
        if event_type in VIOLENT and arguments.target_lemma in lex.word_class("animal"):
            return None  # "police shot dead a tiger": the target of an attack is someone, not an animal
        if rescued(event_type, entry.mode, source, arguments.target_lemma, lex):
            return None  # "troops freed the hostages": a rescue by force, no release by their captors
        if unstated(token, trigger.frame, event_type, modality, lex, self.unstated) \
                or spoken_only(token, event_type, lex, self.unstated.questions) \
                or goods_offered(token, event_type, lex) or agreed_to_be_sold(token, event_type, lex) \
                or caution_only(token, event_type, trigger.frame, lex, self.non_events.warnings) \
                or waged_in_a_field(token, entry.type, lex) or bare_threat(token, event_type, lex) \
                or vowed_against_an_ill(token, event_type, lex):
            return None  # an act asked about, owed, demanded; a question, a view (speech_senses); goods (offers);
            # « une offensive commerciale », "a charm offensive": a campaign of trade or diplomacy (field_senses);
            # « face à la menace russe »: a danger perceived, no threat made (bare_threats); "vowed to fight
            # inflation": a policy promised (promised_acts)
        if names_the_act(entry, event_type, trigger.frame, arguments, doc, lex):
            target = None  # "submitted their resignations", "the shock of the American betrayal" (``act_targets``)
        if arguments.thing_target and event_type in ADDRESSED_TYPES and target is not None \
                and names_an_abstraction(target.name, lex.word_class("abstract_suffix")):
            target = None  # "demanded a clarification", "agreed to the transaction": what is asked, agreed or
            # praised is no one the act is addressed to (a thing is a target only of what is done to it)
        if event_type in VIOLENT and is_casualty_word(token, lex) and is_running_total(token, lex):
            return None  # "the war has killed 10,000 since 2022": a running total, no act of the story
        if (event_type in VIOLENT and source is None and caused_by_mishap(token, self.mishaps)) \
                or hazard_as_doer(token, self.mishaps) or no_acting_party(token, event_type, self.mishaps) \
                or hazard_led_participle(token, self.mishaps) or impact_as_time(token, entry, lex) \
                or coercion_as_purpose_of_force(token, event_type, lex) \
                or figurative_hostage(token, entry, source, resolver) \
                or vehicle_as_speaker(token, event_type, self.mishaps):
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
        if (event_type in ("ACCUSE", "REQUEST") and ((source is not None and source.sector == "protesters")
                                                    or voices_a_protest(token, lex)
                                                    or voiced_at_a_protest(token, event_type, source, lex))) \
                or voices_the_protest(token, event_type, source, line.start, facts.protests, lex):
            # "protesters denounced budget cuts", "marched, calling for justice", "rallies demanding change", "…
            # staged a sit-in. They accused the minister": the protest is the event, what it demands or denounces
            # its content (``protest_voices``)
            event_type = "PROTEST"
        if repressed_protest(token, event_type, arguments.spans[0] if arguments.spans and source else None, lex):
            return None  # "police prevented the demonstration": the police stop it (``protest_crowds``)
        source = protesting_crowd(token, event_type, source, lex)  # "thousands rally" (``protest_crowds``)
        killed = toll.killed if event_type in VIOLENT else None
        injured = toll.injured if event_type in VIOLENT else None
        if target is None and (killed is not None or injured is not None) and toll.victims is not None:
            target = counted_victims(toll.victims, resolver)  # "Attaque à Lyon : deux policiers blessés"
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
                                                        lex.word_class("participant_prep"),
                                                        lex.word_class("cause_verb"))  # ``actorless``
        if confidence < self.min_confidence and not alone:
            return None
        (facts.alone if alone else facts.weighed).add((event_type, line.start))
        facts.protests.told(event_type, line.start, source)
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
                       told_where(token, place, sent, doc._.ww_places or [], lex.word_class("place_prep")))
        worded = worded_attack(token, entry, event_type, source, target, told.target_words,
                               told.harmed, weapon_told(token, sent, lex), resolver, lex)
        if worded == "":
            return None  # "shot down the proposal", "further attacks on the press" (``worded_attacks``)
        if worded is not None:  # "the senator attacked Biden over inflation": criticism (``worded_attacks``)
            event_type = worded
            target = None if arguments.thing_target else target
            told = replace(told, event_type=event_type)
        if tells_no_event(token, told, facts.disaster_story, lex, self.non_events) \
                or warns_of_a_state(token, lex, self.non_events):
            return None  # a denial, a game, a figure of speech, a forecast, a disaster's toll (``non_events``)
        if told_as_background(token, event_type, lex, self.non_events):
            return None  # a speaker's own account, an act told as a circumstance (``own_account``)
        if commercial_act(event_type, source, target, resolver) or aimed_at_trade(
                token, event_type, source is not None and is_business(source, resolver),
                killed is not None or injured is not None, lex):
            return None  # "Apple sued a rival", "the banks attacked the mortgage market", "seized control of the
            # cloud market": the one reading of force aimed at a market (``commercial_acts``, ``field_senses``)
        if game_move(event_type, source, target, killed is not None or injured is not None, resolver) \
                or game_noun_act(token, event_type, target, killed is not None or injured is not None, resolver,
                                 lex.word_class("game_noun"), lex.word_class("target_prep"),
                                 (lex.word_class("score_verb"), lex.word_class("score_noun"))):
            return None  # "L'OL a attaqué fort", "Lyon's attack dominated the match": a move in a game (``game_moves``)
        stated_target = target is not None
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
        target = with_home_country(target, resolver, victims_home(event_type, source, home, nearby), event_type)
        if event_type == "CONSULT":
            source, target = host_first(source, target, place)
        mode = entry.mode
        if event_type in MODE_TYPES and event_type == entry.type:
            mode = lex.sentence_mode(sent) or mode
        date = event_date(token, with_stray_time(sent, doc._.ww_dates or []), doc._.ww_dates or [],
                          OtherActs(lex, self.mishaps).hold)  # « … des bombardements lundi » (``stray_times``)
        published = doc._.ww_published
        if date is not None and published is not None and modality == "asserted" and \
                date[:10] > published.isoformat() and len(date) >= 10 and event_type not in ("THREATEN",):
            modality = "future"  # "we have a meeting tomorrow": dated after publication
        if old_relative(token, date, published) or (date is None and since_background(token, lex)) \
                or told_at_an_earlier_time(token, lex) or recalled(token, lex) or examined(token, lex) \
                or background_clause(token, date, published, lex):
            # "the group that attacked it in 2019", "since the invasion", "the previous day when …", "commemorated the
            # 2008 attacks", "probe an arson attack", "since rebels seized the port" (``unrealised``, ``earlier_times``,
            # ``background_clauses``)
            return None
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
        if (event_type, line.start) not in facts.triggers:  # the best-scored trigger of its type and line
            facts.triggers[(event_type, line.start)] = replace(
                self.scorer.facts(token, entry.weight, trigger.score, confidence, trigger.frame, trigger.governed,
                                  lex.speech_verbs),
                origin=entry.origin if trigger.frame == "event" else "frame",
                constrained=entry.requires is not None, arguments=argument_facts(token, arguments),
                context=ContextFacts(mishap=caused_by_mishap(token, self.mishaps),
                                     discarded=sent.start_char in facts.discarded,
                                     marks=confidence_marks(token, arguments, self.non_events)
                                     | reading_marks(entry, lex)))
        return Built(event, place_hops, partner_events(event, arguments, resolver, home, place_hops, sent),
                     stated_target)


RESCUERS = frozenset({"police", "military"})  # sectors (event_actor_nouns.tsv) that free captives by force


def rescued(event_type: str, mode: str | None, source: EventActor | None, target_lemma: str,
            lexicon: EventLexicon) -> bool:
    """Captives (word class ``captive``: held by captors, not by the authorities) freed by the police or an army:
    a rescue ("special forces freed the hostages", « l'armée a libéré les otages »), not the release by their
    holders that PLOVER RETREAT (mode release) codes; the storming, if told, is its own act."""
    return event_type == "RETREAT" and mode == "release" and source is not None and source.sector in RESCUERS \
        and target_lemma in lexicon.word_class("captive")


def names_an_abstraction(phrase: str, suffixes: frozenset[str]) -> bool:
    """The phrase's last word is a noun of an act, a state or a quality by its ending (word class
    ``abstract_suffix``: "a clarification", "the respectful treatment"), not a group of people ("dissidents")."""
    words = phrase.lower().split()
    last = words[-1].strip(".,;:'\"”’") if words else ""
    if last.endswith("s") and not last.endswith(("ss", "ness")):
        last = last[:-1]  # "increases", "relationships"
    return any(last.endswith(s) and (s != "ing" or len(last) >= 7) for s in suffixes)
