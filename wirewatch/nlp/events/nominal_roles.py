"""Roles of a nominal event that its own syntax gives: the verb that compels the act ("contraint à la démission",
"forced into a retreat"), whose object or passive subject is the one made to act; and whether the "of" phrase of
an arrest names someone who undergoes it ("l'arrestation de trois militants") rather than a place; and the
parties of an act a strain turned into ("les tensions entre A et B ont débouché sur des combats"), or that a verb
of opposing tells ("des heurts ont opposé A à B"); and who is in the state a noun names ("des enseignants en
grève")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.nlp.events.actor_phrases import agent_noun
from wirewatch.nlp.events.syntax import prep_objects, subject_of
from wirewatch.nlp.syntax import OBJECT, SUBJECT

if TYPE_CHECKING:
    from wirewatch.nlp.events.actor_resolver import ActorResolver


def compeller(noun: Token) -> Token:
    """The verb whose "à"/"into" phrase the noun is ("contraint à la démission", "forced into a retreat"), else
    the noun itself."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return noun.head if any(c.dep_ == "case" for c in noun.children) else noun


def names_someone(token: Token, resolver: ActorResolver) -> bool:
    """A person by name, or a common noun ("three activists"); not a place, nor a name the tagger is unsure of."""
    entity = resolver.entity_over(token.idx, token.idx + len(token.text))
    if entity is not None:
        return entity.type == "PER"
    return token.pos_ == "NOUN" or agent_noun(token, resolver.lexicon) is not None  # « l'opposant » tagged a verb


def of_patients(noun: Token, of_preps: frozenset[str], resolver: ActorResolver) -> list[Token]:
    """Who undergoes the act an "of"/« de » phrase of its noun names ("the arrest of three activists",
    « l'arrestation de l'opposant », even with « opposant » tagged a verb); not a place ("the siege of el-Fasher")."""
    named = [obj for prep, obj in prep_objects(noun) if prep in of_preps and obj.i > noun.i]
    named += [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "VERB" and c.i > noun.i
              and any(k.dep_ == "case" and k.lemma_.lower() in of_preps for k in c.children)]
    return sorted((obj for obj in named if names_someone(obj, resolver)), key=lambda t: t.i)


def outcome_parties(noun: Token, between_preps: frozenset[str],
                    outcome_verbs: frozenset[str]) -> list[tuple[str, Token]]:
    """The "between" phrases of the subject of the verb by which the noun's act came out of it ("tensions between
    the army and the militia erupted into fighting", "les tensions entre A et B ont dégénéré en combats")."""
    verb = compeller(noun)  # the verb whose "sur"/"into" phrase the noun is
    if verb == noun or noun.dep_ in SUBJECT or verb.lemma_.lower() not in outcome_verbs:
        return []
    subject = subject_of(verb)
    if subject is None:
        return []
    return [(prep, obj) for prep, obj in prep_objects(subject) if prep in between_preps]


def opposed_parties(noun: Token, opposing_verbs: frozenset[str],
                    opposing_preps: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """"des heurts ont opposé les manifestants à la police", "fighting pitted the army against the rebels": the
    subject act's doer is the verb's object, its recipient the object's "à"/"against" phrase or conjunct."""
    verb = noun.head
    if noun.dep_ not in SUBJECT or verb.lemma_.lower() not in opposing_verbs:
        return [], []
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    if not objects:
        return [], []
    other = [obj for prep, obj in (*prep_objects(objects[0]), *prep_objects(verb)) if prep in opposing_preps]
    return objects[:1], (other or [c for c in objects[0].conjuncts if c.i > objects[0].i])[:1]


def in_state_of(noun: Token, state_preps: frozenset[str]) -> Token | None:
    """"des milliers d'enseignants en grève", "teachers on strike": the noun the state phrase describes."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in state_preps:
        head = noun.head.head
    elif noun.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in state_preps for c in noun.children):
        head = noun.head
    else:
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and head != noun else None
