"""Acts told as what did not happen, by the form of their clause rather than by a word of condition.

A counterfactual: a modal of consequence or duty put to the perfect ("the army would have shelled the town", "police
should have arrested them", « la police aurait dû arrêter les suspects », « l'armée aurait pu bombarder la ville »)
says the act was not done. A condition put by inverting the auxiliary before the subject, with no conjunction
("had the rebels refused, …", "should talks fail, …", "were the militia to attack, …") is a condition as "if" is.

Word classes of ``event_words.tsv``: ``counterfactual_modal`` (the modal: "would", "should"; « devoir », « pouvoir »,
whose infinitive is the act), ``perfect_auxiliary`` (the auxiliary of the perfect: "have", « avoir »), and
``inverted_condition`` (an auxiliary that opens a condition before its subject: "had", "should", "were"). A
language without a class has no such construction.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import governing_chain
from wirewatch.nlp.syntax import AUXILIARY, NOMINAL_SUBJECT


def counterfactual(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act's verb is under a modal in the perfect: "would have shelled" (the modal and "have" on the verb), or
    « aurait dû arrêter » (the infinitive under « devoir » in the conditional perfect)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    modals = lexicon.word_class("counterfactual_modal")
    perfect = lexicon.word_class("perfect_auxiliary")
    if not modals or not perfect:
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in AUXILIARY]
    if any(a.lower_ in modals for a in auxiliaries) and any(a.lemma_.lower() in perfect for a in auxiliaries):
        return True
    governor = trigger.head
    if trigger.dep_ != "xcomp" or governor == trigger or governor.lemma_.lower() not in modals:
        return False
    return any(a.dep_ in AUXILIARY and a.lemma_.lower() in perfect and "Cnd" in a.morph.get("Mood", [])
               for a in governor.children)


def inverted_condition(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act's clause, or one governing it, is an adverbial clause that opens with an auxiliary of condition put
    before its subject and no conjunction ("the navy will respond should the rebels attack", "were the militia to
    attack, …"). (A sentence that opens so is also read as asked: ``unrealised.asked``.)"""
    openers = lexicon.word_class("inverted_condition")
    if not openers:
        return False
    for node in governing_chain(trigger):
        if node.dep_ != "advcl" or any(c.dep_ == "mark" for c in node.children):
            continue
        subjects = [c.i for c in node.children if c.dep_ in NOMINAL_SUBJECT]
        # the opener hangs on the clause's verb ("should the rebels attack"), or heads the clause ("were the
        # militia to attack": the subject and the infinitive hang on it)
        openers_here = [c for c in node.children if c.dep_ in AUXILIARY and c.lower_ in openers]
        if node.pos_ == "AUX" and node.lower_ in openers:
            openers_here.append(node)
        if subjects and any(a.i < min(subjects) and a.i == node.left_edge.i for a in openers_here):
            return True
    return False
