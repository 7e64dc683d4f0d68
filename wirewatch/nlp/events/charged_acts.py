"""An act named as the ground of a coercion is the charge, not an act the sentence tells.

"A court sentenced twelve activists to prison for taking part in a protest", "police arrested two men over the
riots", "jailed for organising rallies", « condamnés pour avoir participé à une manifestation »: the sentence
tells the sentence or the arrest; the act it is for is what the coerced are held to have done, told before or
only alleged. The act hangs, through a preposition of ground (word class ``ground_prep``: "for", "over", « pour »),
on a word with a reading of coercion (PLOVER COERCE: arrest, jail, sentence, detain).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup

REACH = 4  # hops from the act up to the preposition ("for | taking | part in | a protest")
GROUNDED = frozenset({"COERCE"})
LINKS = frozenset({"pobj", "pcomp", "dobj", "obj", "prep", "obl", "nmod", "advcl", "xcomp", "acl"})


def ground_preposition(node: Token, lexicon: EventLexicon) -> bool:
    """The word is, or has as its case marker, a preposition of ground ("for", "over", « pour »)."""
    grounds = lexicon.word_class("ground_prep")
    return (node.dep_ == "prep" and node.lower_ in grounds) or any(
        c.dep_ in ("case", "mark") and c.lower_ in grounds for c in node.children)


def told_as_a_charge(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the trigger names what a coercion is for (see the module)."""
    node = trigger
    for _ in range(REACH):
        if node.head == node or node.dep_ not in LINKS:
            return False
        if ground_preposition(node, lexicon):
            governor = node.head
            return governor.pos_ in ("VERB", "NOUN") and any(e.type in GROUNDED for e in lookup(governor, lexicon))
        node = node.head
    return False
