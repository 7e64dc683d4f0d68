"""Hostage-taking told as a figure of speech: « a pris en otage le débat », "the unions hold commuters hostage".

Taking or holding someone hostage (« prendre, retenir, détenir, garder en otage », "take / hold hostage"; PLOVER
ASSAULT abduct, CAMEO 181) is done to people. The locution is also a common figure for putting others at the
mercy of one's own aims, and then it tells no abduction:

- what is held is a thing, not people (« il a pris en otage le débat politique », « prendre l'économie en
  otage »): a common noun that names no actor (``ActorResolver.is_thing``) and counts no one;
- the holder is a civil body of work, protest or trade (« les syndicats prennent en otage les usagers », "the
  strikers are holding passengers hostage"): a strike or a dispute, told as a hostage-taking.

A hostage-taking with no held party named (« des otages ont été pris », « la prise d'otages ») is read as
told. The captive nouns are the word class ``captive`` of ``lexicons/<lang>/event_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.lexicon import TriggerEntry
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT
from wirewatch.records import EventActor

ABDUCTION = "abduction"
# the sectors of civil bodies whose "hostage-taking" is a dispute (actor nouns' sectors, lexicons/<lang>)
CIVIL_HOLDERS = frozenset({"labor", "protesters", "education", "agriculture", "business", "media", "health"})


def hostage_verb(trigger: Token, resolver: ActorResolver) -> Token | None:
    """The verb of the locution "take / hold hostage" the trigger belongs to: the trigger itself when a captive
    noun hangs on it (« retenir *en otage* »), or the verb the captive noun hangs on; None otherwise."""
    captives = resolver.lexicon.word_class("captive")
    if trigger.pos_ in ("VERB", "AUX"):
        nouns = [c for c in trigger.children if c.lemma_.lower() in captives]
        nouns += [obj for _, obj in prep_objects(trigger) if obj.lemma_.lower() in captives]
        return trigger if nouns else None
    if trigger.lemma_.lower() in captives and trigger.head.pos_ in ("VERB", "AUX") and trigger.head != trigger:
        return trigger.head
    return None


def held_parties(verb: Token, resolver: ActorResolver) -> list[Token]:
    """What the locution's verb holds: its object, or its subject in the passive, not the captive noun."""
    captives = resolver.lexicon.word_class("captive")
    held = [c for c in verb.children if (c.dep_ in OBJECT or c.dep_ in PASSIVE_SUBJECT)
            and c.lemma_.lower() not in captives and c.pos_ in ("NOUN", "PROPN")]
    if held:
        return held
    # "has taken the debate hostage": the parser may hang what is held on the captive noun as its compound
    return [g for c in verb.children if c.lemma_.lower() in captives for g in c.children
            if g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN")]


def counts_people(token: Token) -> bool:
    """"douze passagers", "des dizaines de …": a counted party."""
    return any(c.dep_ == "nummod" for c in token.children) or token.pos_ == "PROPN"


def figurative_hostage(trigger: Token, entry: TriggerEntry, source: EventActor | None,
                       resolver: ActorResolver) -> bool:
    """The trigger's hostage-taking is a figure: a thing held, or a civil body as the holder."""
    if entry.mode != ABDUCTION:
        return False
    verb = hostage_verb(trigger, resolver)
    if verb is None:
        return False
    if source is not None and source.sector in CIVIL_HOLDERS:
        return True
    return any(resolver.is_thing(held) and not counts_people(held) for held in held_parties(verb, resolver))


def held_in_compound(target: Token, resolver: ActorResolver) -> Token:
    """"held 12 tourists hostage": the parser may make the held people the captive noun's compound; they are the
    target, not the captive noun. Any other target is returned as it is."""
    if target.lemma_.lower() not in resolver.lexicon.word_class("captive"):
        return target
    return next((c for c in target.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), target)
