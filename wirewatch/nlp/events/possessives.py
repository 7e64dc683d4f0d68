"""The doer a possessive determiner names: "sa menace", "leur démission", "ses frappes".

In French the possessive is a determiner (``det`` with ``Poss=Yes``), not a ``poss`` dependent as in English
("his threat"), so the noun roles never see it. It stands for the subject of the clause the noun is part of
("les ministres ont annoncé leur démission": the ministers), else for the person last named before it ("Trump a
déclaré … concernant sa menace"), the way a subject pronoun is resolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.syntax import subject_of
from wirewatch.nlp.syntax import POSSESSOR
from wirewatch.records import EventActor

CLAUSE_REACH = 4  # heads walked up from the noun to the verb whose subject the possessive stands for


def possessive_determiner(noun: Token, person_possessives: frozenset[str] = frozenset()) -> Token | None:
    """The noun's possessive determiner, when the parser made it a determiner ("sa", "leur", "ses"), or a
    possessive pronoun that names a person ("his men": ``person_possessives``; not "its", "their", as often
    another party's: "sanctions in response to its attack")."""
    return next((c for c in noun.children if (c.dep_.startswith("det") and "Yes" in c.morph.get("Poss", []))
                 or (c.dep_ in POSSESSOR and c.pos_ == "PRON" and c.lower_ in person_possessives)), None)


def possessor_of(noun: Token, resolver: ActorResolver) -> EventActor | None:
    """The actor a nominal event's possessive determiner stands for, or None."""
    determiner = possessive_determiner(noun, resolver.lexicon.word_class("person_possessive"))
    if determiner is None:
        return None
    inside = set(noun.subtree)
    head, steps = noun, 0
    while head.head != head and steps < CLAUSE_REACH:
        head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "AUX"):
            subject = subject_of(head)
            if subject is not None and subject not in inside and subject.i < noun.i:
                actor = resolver.resolve(subject)
                if actor is not None:
                    return actor
            break
    person = resolver.last_person_before(determiner.idx)
    if person is None or person.id is None:
        return None
    return resolver.from_entity(person)
