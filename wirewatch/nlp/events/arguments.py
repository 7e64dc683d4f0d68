"""Source and target of an event: the first candidate phrase (``role_candidates``) that names an actor.

Coordinated subjects of a meeting make the second one the target; a thing hit or taken is a named target when
no actor is; an accusation's other side is the doer of the act it condemns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.events.actor_phrases import is_relational
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.aimed_weapons import aimed_at
from wirewatch.nlp.events.coordination import co_sources, co_targets, coordinated_with, country_words
from wirewatch.nlp.events.datelines import past_dateline
from wirewatch.nlp.events.fixed_phrases import completes_phrase
from wirewatch.nlp.events.fought_attacks import fought_attack, is_instrument, names_an_event
from wirewatch.nlp.events.hostage_figures import held_in_compound
from wirewatch.nlp.events.object_possessives import subject_owned
from wirewatch.nlp.events.person_actors import first_person
from wirewatch.nlp.events.possessives import possessor_of
from wirewatch.nlp.events.requested_acts import is_request_adverbial, requested_roles
from wirewatch.nlp.events.role_candidates import (
    STANCE_TYPES,
    SYMMETRIC_TYPES,
    Roles,
    noun_roles,
    typed_roles,
    verb_roles,
)
from wirewatch.nlp.events.syntax import reporting_verb, span_of_head, span_of_phrase, speaker_of, subject_of
from wirewatch.nlp.events.time_phrases import names_a_time
from wirewatch.nlp.events.weapon_users import wielded
from wirewatch.records import EventActor


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
    # the lemma of the target phrase's head noun ("tiger", "hostage"): what kind of party it is
    target_lemma: str = ""


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
    elif trigger.pos_ in ("NOUN", "PROPN") and (asked := requested_roles(trigger, resolver.lexicon)) is not None:
        roles = Roles(*asked)  # « à la demande de X »: X asks the act's doer (``requested_acts``)
    elif trigger.pos_ in ("NOUN", "PROPN"):
        roles = noun_roles(trigger, target_preps, resolver, event_type)
    else:
        roles = typed_roles(trigger, event_type, verb_roles(trigger, target_preps, resolver.lexicon), resolver.lexicon)
        fought = fought_attack(trigger, resolver) if event_type == "ASSAULT" else None
        if fought is not None:
            roles = Roles(*fought)
    if event_type in STANCE_TYPES:  # "horrified by the strikes": the act is the stance's cause, not its taker
        roles = Roles(tuple(t for t in roles.sources if not names_an_event(t, resolver)), roles.targets)
    roles = Roles(past_dateline(roles.sources), roles.targets)  # "Paris (AFP) – Macron condemned" (``datelines``)
    roles = Roles(roles.sources, tuple(t for t in roles.targets if not names_a_time(t, resolver)))  # "on Christmas Day"
    roles = Roles(roles.sources, tuple(held_in_compound(t, resolver) for t in roles.targets))  # "12 tourists hostage"
    source_token, source = first_resolved(roles.sources, resolver)
    if source is None and trigger.pos_ in ("NOUN", "PROPN"):
        source = possessor_of(trigger, resolver)  # "leur démission", "sa menace": a possessive determiner
        source = source or subject_owned(trigger, resolver)  # "continued their attacks" (``object_possessives``)
    if source is None:  # "the withdrawal of his men", "ses troupes se sont retirées": whose side they are
        source = next((a for t in roles.sources if t.pos_ == "NOUN" and (a := possessor_of(t, resolver))), None)
    by_function = source is None and source_token is None and frame == "event"
    if by_function:  # "le candidat a concédé" (``person_actors``)
        source_token, source = first_person(roles.sources, resolver)
    place_preps = resolver.lexicon.word_class("place_prep")
    # a thing is no partner of a meeting, even one a place gives a country ("discussed the crisis in Libya")
    candidates = tuple(t for t in roles.targets if t != source_token and not is_instrument(t, resolver)
                       and t.lemma_.lower() not in locution  # « retenir en otage X »: X, not the locution's noun
                       and not is_request_adverbial(t, resolver.lexicon)  # « à la demande de X »: no party of the act
                       and not wielded(t, resolver.lexicon, resolver.weapons)  # "fought with machetes"
                       and (not is_location(t, place_preps, resolver) or aimed_at(t, trigger, target_preps, resolver))
                       and not (event_type in SYMMETRIC_TYPES and resolver.is_thing(t)))
    target_token, target = first_resolved(candidates, resolver)
    thing = False
    if target is None and source_token is not None and event_type in SYMMETRIC_TYPES:
        # "Israel and Lebanon", "les délégations russe et ukrainienne": the coordinated side, before any
        # thing named (a meeting's topic is not its partner: "discussed the crisis")
        modifiers = [c for c in source_token.children if c.dep_ == "amod"]
        partners = tuple(c for t in (source_token, *modifiers) for c in t.conjuncts if c.i > t.i)
        target_token, target = first_resolved(partners, resolver)
    if by_function and target is None and event_type in SYMMETRIC_TYPES:
        source_token, source = None, None  # "the committee met": one side named by its function meets no one
    if target is None:
        # a thing hit or taken ("a strike on a recreation centre"), or a group described ("the movement"):
        # named, its country from the place; never the weapon used ("fired 150 mortar rounds on the town"), a
        # document, a measure or an abstract result ("rejected the deal", "at a blistering pace")
        things = [t for t in roles.targets if t.pos_ == "NOUN" and t != source_token
                  and not resolver.names_no_actor(t) and not is_instrument(t, resolver)
                  and not wielded(t, resolver.lexicon, resolver.weapons)
                  and t.lemma_.lower() not in non_actor_nouns(resolver.lexicon.lang)
                  and not is_relational(t, resolver.lexicon)  # "its neighbour": someone it does not name
                  and t.lemma_.lower() not in locution
                  and not completes_phrase(t, trigger, resolver.lexicon, target_preps)]  # "ouvert le feu sur la foule"
        if event_type == "AID":  # "sent aid to the flooded villages": what is given is no recipient
            things.sort(key=lambda t: not is_recipient(t, target_preps))
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
    doers = co_sources(source_token, source, resolver) \
        if event_type not in SYMMETRIC_TYPES and not (thing and shared_by_doers(target_token)) \
        and not done_jointly(trigger, resolver.lexicon.word_class("joint")) else ()
    lemma = target_token.lemma_.lower() if target_token is not None and target_token.pos_ == "NOUN" else ""
    return Arguments(source, target, spans, thing, conjoined, is_thing, about, co_source_spans, doers, lemma)


def is_recipient(token: Token, target_preps: frozenset[str]) -> bool:
    """The object of a recipient preposition ("to the villages", "aux villages"), not a direct object."""
    return (token.dep_ == "pobj" and token.head.lower_ in target_preps) \
        or any(c.dep_ == "case" and c.lower_ in target_preps for c in token.children)


def shared_by_doers(token: Token | None) -> bool:
    """A thing the coordinated doers own together ("upgraded their ties", "leurs relations"): one act of both,
    unlike a thing each acts on ("Germany and Finland sent aid to the region": one act each)."""
    return token is not None and any(  # the owners' number: "leurs" and "leur" are, "ses" is not
        c.dep_ in ("poss", "det", "nmod:poss") and "Yes" in c.morph.get("Poss", [])
        and "Plur" in (c.morph.get("Number[psor]", []) or c.morph.get("Number", [])) for c in token.children)


def done_jointly(trigger: Token, joint: frozenset[str]) -> bool:
    """An act its wording makes one of all its doers ("a joint strike by Britain and France", "une opération
    conjointe", "struck together")."""
    return any(c.dep_ in ("amod", "advmod") and c.lemma_.lower() in joint for c in trigger.children)


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
