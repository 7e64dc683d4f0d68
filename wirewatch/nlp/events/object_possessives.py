"""The doer an English possessive pronoun names on the object of a verb that does the act: "the rebels continued
their attacks", "the army stepped up its shelling" — the subject itself, as a reflexive possessive would be.

French possessive determiners ("ont poursuivi leurs attaques") are read in ``possessives``; English "its" and
"their" are left there (as often another party's: "sanctions in response to its attack"). On the direct object of
a verb whose subject does what the object names (``role_candidates.supports``) they can only be the subject's:
"condemned their attacks" speaks of another's act and is not read.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.role_candidates import STANCE_TYPES, supports
from wirewatch.nlp.events.syntax import subject_of
from wirewatch.nlp.events.trigger_conditions import conditions_met
from wirewatch.nlp.syntax import DIRECT_OBJECT, POSSESSOR
from wirewatch.records import EventActor


def does_the_act(verb: Token, resolver: ActorResolver) -> bool:
    """A verb whose subject does what its object names: one that begins or goes on with it ("continued their
    strike", ``own_act_verb``), a support verb, or one whose reading with this object is itself an act ("launched
    attacks" is an assault in the CAMEO patterns), not a stance on it ("condemned their attacks")."""
    readings = {e.type for e in resolver.lexicon.triggers.get((verb.lemma_.lower(), "VERB"), [])
                if e.requires is not None and conditions_met(verb, e)}
    return verb.lemma_.lower() in resolver.lexicon.word_class("own_act_verb") \
        or (bool(readings) and not readings & STANCE_TYPES) or supports(verb, resolver)


def subject_owned(noun: Token, resolver: ActorResolver) -> EventActor | None:
    """The subject a possessive pronoun on the act's noun stands for, when the noun is the object of a verb that
    does it; None otherwise."""
    if noun.dep_ not in DIRECT_OBJECT or noun.head.pos_ != "VERB" or not does_the_act(noun.head, resolver):
        return None
    if not any(c.dep_ in POSSESSOR and c.pos_ == "PRON" for c in noun.children):
        return None
    subject = subject_of(noun.head)
    if subject is None or subject.i > noun.i or subject.pos_ == "PRON":
        return None
    return resolver.resolve(subject)
