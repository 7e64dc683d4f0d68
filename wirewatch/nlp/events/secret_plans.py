"""Acts told as planned in the past: "police said the militants were planning an attack on a church", "two
suspects who had been plotting a bombing", "the gang was preparing to storm the prison", « les militants
préparaient un attentat », « ils projetaient d'enlever un homme d'affaires ».

PLOVER codes an expressed intent to use force as THREATEN (CAMEO 13 "threaten"; ``retyping.retype``): "rebels plan
an offensive on the capital" announces one. A plan told in a past tense is another matter: it is what the
planners had in mind, found out after the fact (usually by the police who stopped them), told to no one it was
aimed at. It is no threat, and the act it was for did not happen: no event, whatever the threshold (nothing
was said or done that a lower threshold could keep). The verb of planning is the word class ``planning_verb`` of
``lexicons/<lang>/event_words.tsv``; it governs the act as its object ("planning an attack") or its infinitive
("planning to kidnap"). Only a forceful act or a threat is concerned: a visit or talks planned are told as
an agreement to them, whatever the tense (CAMEO 036).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import CHAIN_DEPTH
from wirewatch.nlp.syntax import AUXILIARY

PLANNED_TYPES = frozenset({"THREATEN", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION"})
PLANNED_COMPLEMENT = frozenset({"dobj", "obj", "xcomp"})  # the act planned: the verb's object or infinitive
PAST_TENSES = frozenset({"Past", "Imp"})  # "were planning", "had plotted", « préparaient », « avaient projeté »


def planned_in_the_past(trigger: Token, lexicon: EventLexicon) -> bool:
    """The trigger's act is the object or infinitive of a verb of planning told in a past tense, or the trigger is
    that verb, which the CAMEO dictionary reads with its object ("planning an attack": 138 threaten)."""
    verbs = lexicon.word_class("planning_verb")
    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in verbs:
        return told_in_the_past(trigger)
    node = trigger
    for _ in range(CHAIN_DEPTH):  # "planning an attack", "planning to kidnap", "planning to carry out an attack"
        if node.head == node or node.dep_ not in PLANNED_COMPLEMENT:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in verbs:
            return told_in_the_past(node)
    return False


def told_in_the_past(verb: Token) -> bool:
    """The verb's own tense or its auxiliaries' is past or imperfect ("planned", "were planning", "had been
    plotting", « préparaient »); a participle with an auxiliary is a compound past (« ont projeté »)."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY]
    tensed = auxiliaries or [verb]  # the auxiliaries carry the tense when there are any ("were planning")
    if any(PAST_TENSES & set(w.morph.get("Tense", [])) for w in tensed):
        return True
    return bool(auxiliaries) and "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", [])
