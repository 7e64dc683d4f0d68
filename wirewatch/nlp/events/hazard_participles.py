"""A participle of harm that a hazard's clause leads: the hazard did it, no one acted.

"A cyclone hit the coast destroying hundreds of homes", "the floods swept through the valley, destroying bridges
and roads": an "-ing" participle has no subject of its own; the doer of what it tells is the subject of the clause
it hangs on, however deep the parser hangs it (on the clause's verb, on a noun of its object, under a
preposition). When that subject is a disaster or an accident (``mishaps.is_mishap_word``), or the clause's verb
is an accident undergone ("a bus plunged into a gorge, killing 23", "the ferry capsized, drowning 30"), the harm
is the disaster's and no event. A subject the parser gave the participle itself is kept only when it is a person or
a body ("gunmen stormed the village, soldiers killing six"); a place, or any noun before a participle under a
preposition ("the coast of Mozambique destroying …"), is the parser's misreading of a bare participle.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.mishaps import MishapWords, armed_nouns, is_mishap_word
from wirewatch.nlp.events.weapon_names import named_in, names_a_weapon
from wirewatch.nlp.syntax import SUBJECT

PARTICIPLE_TAG = "VBG"  # English "-ing" form
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a named place, which does nothing
STEPS = 6  # how far up the parse the participle's clause may be


def hazard_led_participle(trigger: Token, words: MishapWords) -> bool:
    """Whether the trigger is an "-ing" participle whose clause's subject is a disaster or an accident."""
    if trigger.tag_ != PARTICIPLE_TAG or trigger.head == trigger:
        return False
    # under a preposition ("the coast of Mozambique destroying …") a subject of the participle is a misreading
    own = [c for c in trigger.children if c.dep_ in SUBJECT] if trigger.dep_ != "pcomp" else []
    if any(c.ent_type_ not in PLACE_LABELS for c in own):
        return False  # a participle with a doer of its own
    clause = trigger.head
    for _ in range(STEPS):
        if clause.pos_ in ("VERB", "AUX") and clause.tag_ != PARTICIPLE_TAG:
            # the clause's subject is a hazard, or its verb is an accident whoever undergoes it ("a bus carrying
            # pilgrims plunged into a gorge, killing 23", however the parser reads the subject)
            if hazard_clause(clause, words):
                return True
            # "a pipeline exploded as villagers tried to collect fuel, killing 50": the parser may hang the
            # participle on a clause a conjunction opens; the clause it comes after may lead it instead
            opened = clause.dep_ == "advcl" and clause.head != clause and any(c.dep_ == "mark" for c in clause.children)
            return opened and clause.head.pos_ in ("VERB", "AUX") and hazard_clause(clause.head, words)
        if clause.head == clause:
            return False
        clause = clause.head
    return False


def hazard_clause(verb: Token, words: MishapWords) -> bool:
    """The clause's subject is a disaster or an accident, or its verb an accident undergone or an explosion of a
    thing that is no weapon ("a pipeline exploded")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    return any(is_mishap_word(c, words) for c in subjects) or accident_undergone(verb, subjects, words) \
        or (verb.lemma_.lower() in words.detonations and is_mishap_word(verb, words))


def accident_undergone(verb: Token, subjects: list[Token], words: MishapWords) -> bool:
    """The verb names an accident (kind ``hazard``: "plunged", "capsized", "overturned") and no armed actor is its
    subject and no weapon is named in its clause: whoever or whatever underwent it, no one acted ("gunmen crashed
    into the compound" is an attack)."""
    if not named_in(verb, words.hazards) or any(named_in(s, armed_nouns(verb.lang_)) for s in subjects):
        return False
    return not any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in verb.subtree if t.is_alpha)
