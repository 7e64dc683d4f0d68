"""The object of a trigger's fixed phrase ("ouvrir le *feu*", "open *fire*", "arrêter le *travail*") completes
the act's wording: it is no target, and the act's recipient is the phrase after it ("sur la foule", "on the
crowd"). An object a reading asks for that names someone ("arrêter le *maire*", "arrest the *leader*") is the
act's target, never part of its wording."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.syntax import OBJECT


def names_someone(token: Token, lexicon: EventLexicon) -> bool:
    """A noun of a person or a group by function or kind: an actor noun, a title, a demonym."""
    lemma, lower = token.lemma_.lower(), token.lower_
    return lemma in lexicon.actor_nouns or lemma in lexicon.titles or lower in lexicon.titles \
        or lower in lexicon.demonyms or lemma in lexicon.demonyms


def completes_phrase(token: Token, trigger: Token, lexicon: EventLexicon, target_preps: frozenset[str]) -> bool:
    """``token`` is the trigger's object that one of its readings names as the object of its phrase, names no
    one ("le feu" of "ouvrir le feu"; not "le maire" of "arrêter le maire"), and has a recipient of its own
    that names no act ("sur la foule"; not "a blackout on the withdrawal")."""
    if token.head != trigger or token.dep_ not in OBJECT or names_someone(token, lexicon):
        return False
    if not any(prep in target_preps and (obj.lemma_.lower(), "NOUN") not in lexicon.triggers
               for prep, obj in prep_objects(token)):
        return False
    lemma = token.lemma_.lower()
    return any(r is not None and r.kind == "obj" and lemma in r.words
               for entry in lexicon.triggers.get((trigger.lemma_.lower(), trigger.pos_), [])
               for r in (entry.requires, *entry.more))
