"""Source and target of an event from the trigger's syntactic roles.

Verbs: subject → source, object (or a recipient preposition) → target; passives swap ("were killed by" →
source is the agent); coordinated subjects of a meeting make the second one the target. Nouns ("la frappe russe
contre…", "Israel's strikes on Iran"): a possessor or demonym adjective is the source, else the subject of the
verb the noun is the object of ("Israel launched strikes"); "between A and B" gives both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.events.actor_phrases import is_relational, names_a_weapon
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.coordination import co_sources, co_targets, coordinated_with, country_words
from wirewatch.nlp.events.detect import conditions_met
from wirewatch.nlp.events.fought_attacks import fought_attack, is_instrument, names_an_event
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.nominal_roles import compeller, in_state_of, names_someone, opposed_parties, outcome_parties
from wirewatch.nlp.events.possessives import possessor_of
from wirewatch.nlp.events.syntax import (
    children,
    is_passive,
    prep_objects,
    reporting_verb,
    span_of_head,
    span_of_phrase,
    speaker_of,
    subject_of,
)
from wirewatch.nlp.syntax import AGENT, OBJECT, PASSIVE_SUBJECT, POSSESSOR, SUBJECT
from wirewatch.records import EventActor

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})  # verbs about another act
# acts whose noun takes its doer after "of" ("the deployment of troops", "la mobilisation des policiers"), unlike
# an arrest or a capture, whose "of" names who or what undergoes it
DOER_OF_TYPES = frozenset({"MOBILIZE", "PROTEST", "AID", "RETREAT"})  # "the withdrawal of the troops"
UNDERGONE_OF_TYPES = frozenset({"COERCE"})  # acts whose "of" names who undergoes them: an arrest, an expulsion
# measures their giver announces ("le Royaume-Uni a annoncé une aide", "announced sanctions on X"): the announcer
# gives or imposes them, unlike an act told by a witness or an official ("a annoncé des interpellations")
ANNOUNCED_TYPES = frozenset({"AID", "SANCTION"})


@dataclass(frozen=True)
class Roles:
    """Candidate phrases for each role, best first; the first one that resolves to an actor is taken."""

    sources: tuple[Token, ...]
    targets: tuple[Token, ...]


def recipients(head: Token, target_preps: frozenset[str]) -> list[Token]:
    return [obj for prep, obj in prep_objects(head) if prep in target_preps]


def complement_targets(head: Token, target_preps: frozenset[str], lexicon: EventLexicon,
                       speech_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Recipients named in a purpose or complement clause: "a strike to demand the resignation of X",
    "refused to meet Jordan's king", "menacé de bombarder les villes irakiennes"."""
    out: list[Token] = []
    for clause in head.children:
        if clause.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or clause.pos_ not in ("VERB", "AUX") \
                or clause.lemma_.lower() in speech_verbs:  # an incise: "…», a affirmé dans une déclaration X"
            continue
        for obj in children(clause, OBJECT):
            out.append(obj)
            out += [o for prep, o in prep_objects(obj) if prep in lexicon.word_class("complement_of")]
            out += children(obj, POSSESSOR)
        out += recipients(clause, target_preps)
    return out


def verb_roles(verb: Token, target_preps: frozenset[str], lexicon: EventLexicon) -> Roles:
    speech_verbs = lexicon.speech_verbs
    sources: list[Token] = []
    targets: list[Token] = []
    if is_passive(verb):
        sources += [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
        sources += [c for c in children(verb, AGENT) if c.pos_ != "ADP"]
        targets += children(verb, PASSIVE_SUBJECT)
    else:
        subject = subject_of(verb)
        if subject is not None:
            sources.append(subject)
        elif "Ger" in verb.morph.get("VerbForm", []) or "Prog" in verb.morph.get("Aspect", []) \
                or (verb.dep_ == "acl" and names_a_weapon(verb.head, lexicon)):
            # "shelling by paramilitary forces killed five", "shells fired by the rebels": a verbal noun's or
            # a weapon's participle's "by" phrase names its doer
            sources += [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
        if verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm", []):
            # "X launched strikes, accusing Y": the main clause's subject, should the parse give the
            # participle a subject of its own that names no actor
            sources += children(verb.head, SUBJECT)
        objects = [c for c in children(verb, OBJECT) if c.pos_ != "PRON" or c.dep_ != "obl:arg"]
        targets += objects
        for obj in objects:  # "launched strikes on Iran": the recipient hangs on the object
            targets += recipients(obj, target_preps)
    targets += recipients(verb, target_preps)
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.lemma_.lower() not in speech_verbs:
            # not the speaker of an incise ("X a frappé", a affirmé le ministre)
            inner = subject_of(clause)
            if inner is not None:
                targets.append(inner)
    targets += complement_targets(verb, target_preps, lexicon, speech_verbs)
    if not sources and verb.pos_ == "ADJ" and verb.head != verb:
        subject = subject_of(verb.head)
        if subject is not None:
            sources.append(subject)
    return Roles(tuple(sources), tuple(targets))


def supports(verb: Token, resolver: ActorResolver) -> bool:
    """A verb whose subject does what its object noun names ("launched strikes", "a mené des frappes"), unlike
    one that speaks of it ("condemned the attack", "a annoncé des interpellations")."""
    lexicon = resolver.lexicon
    lemma = verb.lemma_.lower()
    if lemma in lexicon.word_class("claim"):
        return True  # "claimed the attack", "a revendiqué la prise": the claimant did it
    if lemma in lexicon.speech_verbs:
        return False
    # the readings this verb has here: a generated reading with its condition unmet ("extend" + support) is none
    verb_types = {e.type for e in lexicon.triggers.get((lemma, "VERB"), []) if conditions_met(verb, e)}
    return not verb_types & STANCE_TYPES


def noun_roles(noun: Token, target_preps: frozenset[str], resolver: ActorResolver,
               event_type: str = "") -> Roles:
    lexicon = resolver.lexicon
    of_preps, agent_preps = lexicon.word_class("of_prep"), lexicon.word_class("agent_prep")
    doer_of = event_type in DOER_OF_TYPES
    opposed, opposite = opposed_parties(noun, lexicon.word_class("opposing"), lexicon.word_class("opposing_prep"))
    holder = in_state_of(noun, lexicon.word_class("state_prep")) if event_type == "PROTEST" else None
    sources: list[Token] = [*children(noun, POSSESSOR), *opposed, *([holder] if holder is not None else [])]
    targets: list[Token] = list(opposite)
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and resolver.country_of_text(child.text) is not None:
            pair = [g for g in child.children if g.dep_ in ("compound", "amod", "npadvmod") and g.i < child.i
                    and resolver.country_of_text(g.text) is not None]
            if pair:  # "Russia-Ukraine talks": the first side, then the second
                sources.append(pair[0])
                targets.append(child)
            sources.append(child)
    between: list[Token] = []
    # "a meeting took place on Monday between A and B": the parties hang on the verb the noun is subject of
    attached = [*prep_objects(noun), *(prep_objects(noun.head) if noun.dep_ in SUBJECT else ()),
                *outcome_parties(noun, lexicon.word_class("between_prep"), lexicon.word_class("outcome"))]
    # "la frappe de l'armée contre la centrale", "the attack of the rebels on the town": with its recipient
    # named after another preposition, the act's "of" phrase names its doer
    recipient_preps = lexicon.word_class("against_prep")
    # the recipient phrase is often attached to the doer ("de [l'armée contre la centrale]")
    of_objects = [obj for prep, obj in prep_objects(noun) if prep in of_preps and obj.i > noun.i]
    nested = [obj for of in of_objects for prep, obj in prep_objects(of) if prep in recipient_preps
              and not resolver.names_no_actor(obj)]
    targets += nested
    doer_of = doer_of or bool(nested) or any(prep in recipient_preps and not resolver.names_no_actor(obj)
                                             for prep, obj in prep_objects(noun))  # not "on Monday"
    first_attached = len(sources)
    for prep, obj in attached:
        if prep in agent_preps or (doer_of and prep in of_preps and obj.i > noun.i):
            sources.append(obj)
        elif prep in lexicon.word_class("between_prep"):
            between = [obj] + [c for c in obj.conjuncts if c.i > obj.i]
        elif prep in target_preps:
            targets.append(obj)
    if doer_of:  # "l'envoi d'aide de l'Allemagne", "the delivery of aid of the EU": the giver after what is sent
        sources += [obj for of in of_objects for prep, obj in prep_objects(of) if prep in of_preps and obj.i > of.i]
    if between:
        sources.append(between[0])
        targets[:0] = between[1:2]
    # "launched strikes": the launcher did them; "reiterated the call for sanctions": the speaker calls
    head_lemma = noun.head.lemma_.lower()
    voiced = (event_type in STANCE_TYPES and (head_lemma in resolver.lexicon.speech_verbs
                                              or head_lemma in resolver.lexicon.word_class("voicing"))) \
        or (event_type in ANNOUNCED_TYPES and head_lemma in resolver.lexicon.speech_verbs)
    defender = subject_of(noun.head) if noun.dep_ in OBJECT and \
        noun.head.lemma_.lower() in lexicon.word_class("defence") else None
    if defender is not None:  # "the army repelled an attack": the army was attacked
        targets.append(defender)
    elif compeller(noun).lemma_.lower() in lexicon.word_class("compel"):
        # "le ministre est contraint à la démission", "forced the rebels into a retreat": who is made to act
        sources += [c for c in compeller(noun).children
                    if c != noun and (c.dep_ in PASSIVE_SUBJECT or c.dep_ in OBJECT)]
    elif noun.dep_ in OBJECT and noun.head.pos_ in ("VERB", "AUX") and (supports(noun.head, resolver) or voiced):
        subject = subject_of(noun.head)
        if subject is not None and doer_of and not voiced:  # "the US sped up the withdrawal of forces": the US
            sources.insert(first_attached, subject)
        elif subject is not None:
            sources.append(subject)
        # "a procédé à l'interpellation de X": the noun itself, the verb's "à" phrase, is no recipient
        targets += [t for t in recipients(noun.head, target_preps) if t != noun]
        targets += complement_targets(noun.head, target_preps, lexicon)
    targets += complement_targets(noun, target_preps, lexicon)
    if event_type in UNDERGONE_OF_TYPES:  # "l'arrestation de trois militants", "the arrest of three activists"
        targets += [obj for prep, obj in prep_objects(noun) if prep in of_preps and obj.i > noun.i
                    and names_someone(obj, resolver)]  # "the siege of el-Fasher": where, not whom
    head = noun.head
    if noun.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in resolver.lexicon.word_class("light_noun"):
        # "Qatar launched a mediation effort": the light noun carries the event's roles
        carried = noun_roles(head, target_preps, resolver)
        sources += carried.sources
        targets += carried.targets
    return Roles(tuple(sources), tuple(targets))


def is_location(token: Token, place_preps: frozenset[str], resolver: ActorResolver) -> bool:
    """"manifesté à Lyon", "at the port": a place after a place preposition says where, not to whom."""
    preps = [c.lower_ for c in token.children if c.dep_ == "case"]
    if token.dep_ == "pobj":
        preps.append(token.head.lower_)
    if not any(p in place_preps for p in preps):
        return False
    entity = resolver.entity_over(token.idx, token.idx + len(token.text))
    return entity is not None and entity.type == "LOC"


def names_a_town(token: Token, resolver: ActorResolver) -> bool:
    """A town or region (no country) named by the token: it stands for no one who blames or is blamed, even
    when the resolver would take its country ("talks in Jeddah" is not Saudi Arabia's doing)."""
    start, end = token.idx, token.idx + len(token.text)
    entity = resolver.entity_over(start, end)
    if entity is not None and entity.type == "LOC" and \
            resolver.is_subnational_place(EventActor(name=entity.name, entity=entity.id)):
        return True
    return any(place.precision not in (None, "country") and mention.start <= start and end <= mention.end
               for place in token.doc._.ww_places or [] for mention in place.mentions)


def first_resolved(candidates: tuple[Token, ...],
                   resolver: ActorResolver) -> tuple[Token | None, EventActor | None]:
    for token in candidates:
        actor = resolver.resolve(token)
        if actor is not None:
            return token, actor
    return None, None


@dataclass(frozen=True)
class Arguments:
    source: EventActor | None
    target: EventActor | None
    spans: tuple[tuple[int, int], ...]  # character spans of the argument phrases (not places of the event)
    thing_target: bool = False  # the target is a thing named, not an actor resolved
    co_targets: tuple[EventActor, ...] = ()  # actors of other countries conjoined with the target ("the US and Israel")
    # the target names a thing (not a person by function: "the mayor"), even one resolved through where it is ("a
    # school in Sumy" is of Ukraine, but is no one)
    target_is_thing: bool = False
    # the phrases of the things the act is done to or about ("discussed the war in Sudan"), places included: for
    # an act not done on the ground, what it is about is not where it happened (``implied.on_the_ground``)
    about_spans: tuple[tuple[int, int], ...] = ()
    # the doers conjoined with the source ("a joint strike by Britain and France"): parties, not places
    co_source_spans: tuple[tuple[int, int], ...] = ()
    co_sources: tuple[EventActor, ...] = ()  # doers of other countries coordinated with the source: one event each


def resolve_roles(trigger: Token, event_type: str, target_preps: frozenset[str],
                  resolver: ActorResolver, frame: str = "event", locution: frozenset[str] = frozenset()
                  ) -> Arguments:
    """The source and target of ``trigger``; ``locution``: the lemmas of its reading's own phrase, no target."""
    if frame in ("blame", "warning"):
        return speech_roles(trigger, resolver, "blame" if frame == "blame" else "threat")
    if frame == "demand":
        speech = reporting_verb(trigger, resolver.lexicon.speech_verbs) or trigger.head
        roles = Roles(tuple(t for t in (speaker_of(speech),) if t is not None),
                      tuple(t for t in (subject_of(trigger),) if t is not None))
    elif trigger.pos_ in ("NOUN", "PROPN"):
        roles = noun_roles(trigger, target_preps, resolver, event_type)
    else:
        roles = verb_roles(trigger, target_preps, resolver.lexicon)
        fought = fought_attack(trigger, resolver) if event_type == "ASSAULT" else None
        if fought is not None:
            roles = Roles(*fought)
    if event_type in STANCE_TYPES:  # "horrified by the strikes": the act is the stance's cause, not its taker
        roles = Roles(tuple(t for t in roles.sources if not names_an_event(t, resolver)), roles.targets)
    source_token, source = first_resolved(roles.sources, resolver)
    if source is None and trigger.pos_ in ("NOUN", "PROPN"):
        source = possessor_of(trigger, resolver)  # "leur démission", "sa menace": a possessive determiner
    if source is None:  # "the withdrawal of his men", "ses troupes se sont retirées": whose side they are
        source = next((a for t in roles.sources if t.pos_ == "NOUN" and (a := possessor_of(t, resolver))), None)
    place_preps = resolver.lexicon.word_class("place_prep")
    # a thing is no partner of a meeting, even one a place gives a country ("discussed the crisis in Libya")
    candidates = tuple(t for t in roles.targets if t != source_token and not is_location(t, place_preps, resolver)
                       and not (event_type in SYMMETRIC_TYPES and resolver.is_thing(t)))
    target_token, target = first_resolved(candidates, resolver)
    thing = False
    if target is None and source_token is not None and event_type in SYMMETRIC_TYPES:
        # "Israel and Lebanon", "les délégations russe et ukrainienne": the coordinated side, before any
        # thing named (a meeting's topic is not its partner: "discussed the crisis")
        modifiers = [c for c in source_token.children if c.dep_ == "amod"]
        partners = tuple(c for t in (source_token, *modifiers) for c in t.conjuncts if c.i > t.i)
        target_token, target = first_resolved(partners, resolver)
    if target is None:
        # a thing hit or taken ("a strike on a recreation centre"), or a group described ("the movement"):
        # named, its country from the place; never the weapon used ("fired 150 mortar rounds on the town"), a
        # document, a measure or an abstract result ("rejected the deal", "at a blistering pace")
        things = [t for t in roles.targets if t.pos_ == "NOUN" and t != source_token
                  and not resolver.names_no_actor(t) and not is_instrument(t, resolver)
                  and t.lemma_.lower() not in non_actor_nouns(resolver.lexicon.lang)
                  and not is_relational(t, resolver.lexicon)  # "its neighbour": someone it does not name
                  and t.lemma_.lower() not in locution]
        if things and event_type in STANCE_TYPES and names_an_event(things[0], resolver):
            things = []  # "condemned the strike": its target is the strike's doer, found in the story so far
        if things:
            target_token = things[0]
            start, end = span_of_head(target_token)
            target = EventActor(name=doc_text(target_token.doc)[start:end])
            thing = True
    if event_type == "ACCUSE" and (target is None or resolver.is_subnational_place(target)):
        # "horrified by Russian strikes on Kyiv": the accused is the doer of the act condemned
        doer = doer_of_condemned_act(trigger, source_token, target_preps, resolver)
        if doer is not None:
            target, thing = doer, False
    if source is not None and target is not None and source.name == target.name:
        target = None
    # a place named as the target ("an attack on Kyiv") may also be where the event happened (the caller
    # decides: ``implied.on_the_ground``)
    target_is_place = target is not None and resolver.entity_type(target.entity) == "LOC"
    spans = tuple(span_of_head(t) for t in (source_token, None if target_is_place else target_token)
                  if t is not None)
    conjoined = co_targets(target_token, target, resolver) if event_type not in SYMMETRIC_TYPES else ()
    is_thing = target is not None and target_token is not None and target.entity is None \
        and target.sector is None and resolver.is_thing(target_token)
    about = tuple(span_of_phrase(t) for t in roles.targets if t != source_token and resolver.is_thing(t))
    co_source_spans = tuple(span_of_head(c) for t in (source_token, *country_words(source_token, source, resolver))
                            for c in coordinated_with(t)) if source_token is not None and source is not None else ()
    # one act each, unless they act together on a thing ("upgraded their ties": a relation the doers share)
    doers = co_sources(source_token, source, resolver) if event_type not in SYMMETRIC_TYPES and not thing else ()
    return Arguments(source, target, spans, thing, conjoined, is_thing, about, co_source_spans, doers)


CONDEMNED_TYPES = frozenset({"ASSAULT", "COERCE"})


@lru_cache(maxsize=8)
def non_actor_nouns(lang: str) -> frozenset[str]:
    """Nouns that name no actor: documents, measures, abstract results (``event_non_actors.tsv``)."""
    return frozenset(row["lemma"].lower() for row in lexicons.read_tsv(lang, "event_non_actors.tsv"))


def doer_of_condemned_act(trigger: Token, source_token: Token | None, target_preps: frozenset[str],
                          resolver: ActorResolver) -> EventActor | None:
    """The doer named with an act (a noun) that an accusation is about."""
    speaker = set(source_token.subtree) if source_token is not None else set()
    for token in trigger.subtree:
        if token in speaker or token.pos_ not in ("NOUN", "PROPN"):
            continue
        types = {e.type for e in resolver.lexicon.triggers.get((token.lemma_.lower(), "NOUN"), [])}
        if types & CONDEMNED_TYPES:
            _, doer = first_resolved(noun_roles(token, target_preps, resolver).sources, resolver)
            if doer is not None and doer.country is not None:
                return doer
    return None


def speech_roles(verb: Token, resolver: ActorResolver, cue_class: str) -> Arguments:
    """The speaker accuses or threatens; the other side is the actor with a country named nearest to the
    words that make the statement an accusation or a threat (the word class ``cue_class``)."""
    subject = speaker_of(verb)
    source = resolver.resolve(subject) if subject is not None else None
    speaker = set(subject.subtree) if subject is not None else set()
    blame = resolver.lexicon.word_class(cue_class)
    sent = verb.sent
    anchors = [t.i for t in resolver.lexicon.tokens(sent, cue_class) if t.lower_ in blame
               or t.lemma_.lower() in blame] or [verb.i]
    candidates = sorted((t for t in sent if t.pos_ in ("PROPN", "NOUN") and t not in speaker
                         and not names_a_town(t, resolver)),
                        key=lambda t: min(abs(t.i - a) for a in anchors))
    for token in candidates:
        actor = resolver.resolve(token)
        if actor is not None and actor.country is not None and (source is None or actor.name != source.name) \
                and not resolver.is_subnational_place(actor):
            spans = tuple(span_of_head(t) for t in (subject, token) if t is not None)
            return Arguments(source, actor, spans, co_targets=co_targets(token, actor, resolver))
    spans = (span_of_head(subject),) if subject is not None else ()
    return Arguments(source, None, spans)
