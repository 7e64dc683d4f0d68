"""A promise whose infinitive complement is a forceful act is a threat, not an agreement: "vowed to strike the
rebels", "a promis de frapper les rebelles", "pledged to arrest the leaders" (PLOVER: AGREE is a promise to
cooperate; a promise of force is THREATEN, CAMEO 137-139). The complement is read as it is read
anywhere (its trigger entry and that entry's conditions); its object alone does not make the promise forceful
("agreed to postpone the demonstration" is a concession).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup, reading

# acts of force (CAMEO 137-139: threaten repression, military force); a sanction or a protest promised is left to
# the readings of the complement's own clause, its verbs being read loosely ("postpone" is a sanction of 160)
FORCE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
INFINITIVE_COMPLEMENT = frozenset({"xcomp"})  # "vowed to strike", "a promis de frapper", "s'est engagé à punir"


def forceful(token: Token, lexicon: EventLexicon) -> bool:
    entry = reading(token, lookup(token, lexicon))
    return entry is not None and entry.type in FORCE


def promised_force(promise: Token, lexicon: EventLexicon) -> bool:
    """The promise verb governs an infinitive that names a forceful act."""
    for complement in promise.children:
        if complement.dep_ not in INFINITIVE_COMPLEMENT or "Inf" not in complement.morph.get("VerbForm", []):
            continue
        if forceful(complement, lexicon):
            return True
    return False
