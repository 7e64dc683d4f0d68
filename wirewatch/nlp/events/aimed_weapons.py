"""Weapons aimed at someone: "launched 100 drones towards X", "fired dozens of missiles at X", « a tiré des
roquettes sur X ». The weapon is the means, never the recipient, even when the resolver could give it a side;
the phrase the weapons are aimed with (a recipient preposition on the verb or on the weapon) names the
recipient, even after a preposition that elsewhere says where ("at", "sur")."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.fought_attacks import is_instrument
from wirewatch.nlp.events.syntax import children, prep_objects
from wirewatch.nlp.syntax import OBJECT


def aimed_at(token: Token, verb: Token, target_preps: frozenset[str], resolver: ActorResolver) -> bool:
    """The token is the object of a recipient preposition on ``verb`` or on its weapon object, and the verb's
    object names weapons: what they were aimed at."""
    weapons = [o for o in children(verb, OBJECT) if is_instrument(o, resolver)]
    if not weapons:
        return False
    of = resolver.lexicon.word_class("of_prep")
    weapons += [obj for w in weapons for prep, obj in prep_objects(w) if prep in of]  # "dozens of missiles at X"
    return any(obj == token and prep in target_preps
               for holder in (verb, *weapons) for prep, obj in prep_objects(holder))
