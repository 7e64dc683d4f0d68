"""A past participle that qualifies a noun ("le village, bombardé par l'aviation", "the village, shelled by
Russian aircraft", "les militants arrêtés par la police") is a passive without its auxiliary: the noun it
qualifies undergoes the act, its agent phrase ("par", "by") does it."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_phrases import names_a_weapon
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import children, prep_objects
from wirewatch.nlp.syntax import AGENT, OBJECT, PASSIVE_SUBJECT, SUBJECT

QUALIFYING = frozenset({"acl"})  # a clause on a noun; not "acl:relcl", whose relative pronoun is its subject


def is_apposed_participle(verb: Token) -> bool:
    """A past participle on a noun, with no subject or object of its own (not "a law banning protests")."""
    return verb.dep_ in QUALIFYING and verb.head.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" \
        and "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []) \
        and not children(verb, SUBJECT | PASSIVE_SUBJECT | OBJECT)


def apposed_participle_roles(verb: Token, lexicon: EventLexicon) -> tuple[list[Token], list[Token]] | None:
    """(sources, targets) of an apposed past participle, or ``None`` when ``verb`` is none. A weapon it
    qualifies ("shells fired by the rebels") is what the act is done with, not to."""
    if not is_apposed_participle(verb):
        return None
    sources = [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
    sources += [c for c in children(verb, AGENT) if c.pos_ != "ADP" and c not in sources]
    targets = [] if names_a_weapon(verb.head, lexicon) else [verb.head]
    return sources, targets
