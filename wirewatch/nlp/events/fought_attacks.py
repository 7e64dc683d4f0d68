"""An attack fought off is the attacker's act: "air defences shot down drones launched by X" (source X, target
the defenders), and the nouns and weapons that name such an attack rather than an actor."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import children, prep_objects, subject_of
from wirewatch.nlp.events.weapon_names import weapon_words
from wirewatch.nlp.syntax import AGENT, OBJECT


def names_an_event(token: Token, resolver: ActorResolver) -> bool:
    return (token.lemma_.lower(), "NOUN") in resolver.lexicon.triggers


def fought_attack(verb: Token, resolver: ActorResolver) -> tuple[tuple[Token, ...], tuple[Token, ...]] | None:
    """"Air defences shot down drones launched by Russia", "the army repelled an attack by the rebels": fending
    off weapons or an attack (the word class ``defence``: a verb, or a particle such as "down") is no attack by
    the defender; the attack fought is the event, its launcher the source and the defending side the target: (sources,
    targets)."""
    defence = resolver.lexicon.word_class("defence")
    if verb.lemma_.lower() not in defence and not any(
            c.dep_ in ("prt", "compound:prt") and c.lower_ in defence for c in verb.children):
        return None
    fought = [o for o in children(verb, OBJECT) if is_instrument(o, resolver) or names_an_event(o, resolver)]
    if not fought:
        return None
    agent_preps = resolver.lexicon.word_class("agent_prep")
    launchers = [obj for o in fought for clause in (o, *children(o, frozenset({"acl"})))
                 for prep, obj in prep_objects(clause) if prep in agent_preps]
    launchers += [c for o in fought for clause in children(o, frozenset({"acl"})) for c in children(clause, AGENT)
                  if c.pos_ != "ADP"]
    launchers += [c for o in fought for c in o.children if c.dep_ in ("amod", "compound")]  # "a Russian drone"
    subject = subject_of(verb)
    return tuple(launchers), (subject,) if subject is not None else ()


def is_instrument(token: Token, resolver: ActorResolver) -> bool:
    """A weapon or munition named as what is fired or launched ("fired mortar rounds", "launched drones"), or a
    quantity of them ("dozens of missiles", « des dizaines de roquettes »): the means of the act, not its target
    (the event's mode says it)."""
    if token.pos_ not in ("NOUN", "PROPN", "NUM") \
            or resolver.entity_over(token.idx, token.idx + len(token)) is not None:
        return False
    if token.lemma_.lower() in resolver.lexicon.word_class("armed_person"):
        return False  # "killed a gunman": a weapon word that names who wields it is someone (word class)
    weapons = weapon_words(resolver.lexicon.modes)
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "nmod"))]
    if token.pos_ != "NUM" and any(w.lemma_.lower() in weapons or w.lower_ in weapons for w in words):
        return True
    of = resolver.lexicon.word_class("of_prep")
    return any(prep in of and is_instrument(obj, resolver) for prep, obj in prep_objects(token))


def intercepted_projectile(verb: Token, lexicon: EventLexicon) -> bool:
    """"Air defences intercepted a missile fired by the Houthis", « la défense aérienne a intercepté deux drones »:
    a defence verb (word class ``defence``) whose object is a projectile in flight (``projectile``, also counted:
    "a barrage of rockets", ``volley``) tells of the attack fought off, an ASSAULT by who fired it
    (``fought_attack`` gives the roles); the interception itself is no seizure. A shipment or a cache of weapons
    intercepted stays one."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.word_class("defence"):
        return False
    projectiles, volleys = lexicon.word_class("projectile"), lexicon.word_class("volley")
    of = lexicon.word_class("of_prep")
    for obj in children(verb, OBJECT):
        heads = [obj]
        if obj.pos_ == "NUM" or obj.lemma_.lower() in volleys or obj.lower_ in volleys:
            heads += [o for prep, o in prep_objects(obj) if prep in of]
        if any(h.lemma_.lower() in projectiles or h.lower_ in projectiles for h in heads):
            return True
    return False
