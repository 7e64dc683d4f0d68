"""A warning that tells how things stand is a statement, no threat.

A threat speaks of an act to come: the clause a warning reports holds a future, a conditional or a modal ("warned
that it would respond", "a averti qu'il riposterait", "warned that the toll may rise" — a forecast, which
``non_events.forecast`` judges). A warning whose reported clause is in a plain tense tells a state of affairs
("warned that the number of abuses was rising", "a averti que la situation se dégradait"): no one is threatened;
so does one that foretells what a thing will do, no act and no price named in it ("forecasters warned that heavy
rains would continue": a forecast).
The clause must also be about a thing — its subject a common noun that is no agent noun nor part of a name — since
a reported future is not always tagged as one ("qu'elle riposterait" may be read as an imperfect).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import cue_on_children, is_infinitive, mood_of
from wirewatch.nlp.events.non_events import NonEventWords
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import CLAUSE_COMPLEMENT, NOMINAL_SUBJECT


def warns_of_a_state(token: Token, lexicon: EventLexicon, words: NonEventWords) -> bool:
    """The trigger is a warning word whose every reported clause tells a state of things (no threat, nor, read as
    a speech verb, an accusation), or it stands in such a clause ("warned that *violations* were increasing":
    what the warning describes, not an act it reports)."""
    if is_warning(token, words):
        clauses = [c for c in token.children if c.dep_ in CLAUSE_COMPLEMENT]
        return bool(clauses) and all(tells_a_state(clause, lexicon) for clause in clauses)
    node = token
    for _ in range(len(token.doc)):
        if node.head == node:
            return False
        if node.dep_ in CLAUSE_COMPLEMENT and is_warning(node.head, words):
            return tells_a_state(node, lexicon)
        node = node.head
    return False


def is_warning(token: Token, words: NonEventWords) -> bool:
    return token.lemma_.lower() in words.warnings


def tells_a_state(clause: Token, lexicon: EventLexicon) -> bool:
    return about_a_thing(clause, lexicon) and (not tells_what_will_be(clause, lexicon) or forecasts(clause, lexicon))


def forecasts(clause: Token, lexicon: EventLexicon) -> bool:
    """A future told of a thing that is no act, with no price promised in it ("warned that heavy rains would
    continue", "a averti que les pluies allaient redoubler"): a forecast, not a threat; "warned that any attack
    would be met with force" (an act) and "warned that the consequences would be severe" (word class ``threat``)
    stay threats."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    cues = lexicon.word_class("threat")
    return not any(lookup(s, lexicon) for s in subjects) and not any(
        t.lemma_.lower() in cues or t.lower_ in cues for t in clause.subtree)


def tells_what_will_be(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause's verb carries a modality cue ("would", "will", "could"), a future or conditional mood, or is
    an infinitive (an act asked or announced)."""
    mood = mood_of(clause, lexicon.word_class("conditional_ending"))
    return cue_on_children(clause, lexicon) is not None or mood is not None or is_infinitive(clause)


def about_a_thing(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause's subject is a common noun that names no actor ("the number", "les pénuries")."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in
                                  lexicon.actor_nouns for s in subjects)
