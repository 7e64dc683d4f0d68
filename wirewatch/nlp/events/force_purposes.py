"""A coercion told as the purpose of an act of force is that act: one event, the force.

"La police a tiré des gaz lacrymogènes pour disperser les manifestants" (a dispersal is a coercion in French
``disperser``, CAMEO 170), "police fired shots to arrest the suspects": the
infinitive says what the force was for; the sentence tells one act, the firing (PLOVER ASSAULT crowd-control),
not also a coercion beside it. When the verb it hangs on tells no force of its own ("la police est intervenue pour
disperser la foule"), the dispersal is the act and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.controlled_roles import purpose_marked
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup, reading

PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def coercion_as_purpose_of_force(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a coercion is the infinitive of purpose of a verb read as force."""
    if event_type != "COERCE" or token.dep_ not in PURPOSE_DEPS or token.head == token:
        return False
    if not purpose_marked(token):
        return False
    head = token.head
    entry = reading(head, lookup(head, lexicon))
    return entry is not None and entry.type == "ASSAULT"
