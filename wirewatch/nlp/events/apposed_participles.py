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


def is_apposed_participle(verb: Token, lexicon: EventLexicon) -> bool:
    """A past participle on a noun, with no subject or object of its own, set off by a comma or with its
    agent named ("a newspaper called Thursday on …" is a verb the parser took for one); not on a noun of an
    act ("an ultimatum issued by X": the noun is the event, its participle's agent its doer)."""
    if verb.dep_ not in QUALIFYING or verb.head.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" \
            or "Part" not in verb.morph.get("VerbForm", []) or "Past" not in verb.morph.get("Tense", []) \
            or children(verb, SUBJECT | PASSIVE_SUBJECT | OBJECT) \
            or (verb.head.lemma_.lower(), "NOUN") in lexicon.triggers:
        return False
    apposed = verb.i > 0 and verb.doc[verb.i - 1].is_punct and verb.doc[verb.i - 1].head == verb.head
    return apposed or bool(agents(verb, lexicon))


def agents(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The participle's agent phrases ("par l'aviation", "by the army")."""
    found = [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
    return found + [c for c in children(verb, AGENT) if c.pos_ != "ADP" and c not in found]


def apposed_participle_roles(verb: Token, lexicon: EventLexicon) -> tuple[list[Token], list[Token]] | None:
    """(sources, targets) of an apposed past participle, or ``None`` when ``verb`` is none. A weapon it
    qualifies ("shells fired by the rebels") is what the act is done with, not to."""
    if not is_apposed_participle(verb, lexicon):
        return None
    sources = agents(verb, lexicon)
    targets = [] if names_a_weapon(verb.head, lexicon) else [verb.head]
    return sources, targets
