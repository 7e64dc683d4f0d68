"""Roles of a nominal event that its own syntax gives: the verb that compels the act ("contraint à la démission",
"forced into a retreat"), whose object or passive subject is the one made to act; and whether the "of" phrase of
an arrest names someone who undergoes it ("l'arrestation de trois militants") rather than a place; and the
parties of an act a strain turned into ("les tensions entre A et B ont débouché sur des combats")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.nlp.events.syntax import prep_objects, subject_of
from wirewatch.nlp.syntax import SUBJECT

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
    return entity.type == "PER" if entity is not None else token.pos_ == "NOUN"


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
