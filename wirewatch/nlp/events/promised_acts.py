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
from wirewatch.nlp.syntax import OBJECT

# acts of force (CAMEO 137-139: threaten repression, military force); a sanction or a protest promised is left to
# the readings of the complement's own clause, its verbs being read loosely ("postpone" is a sanction of 160)
FORCE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
INFINITIVE_COMPLEMENT = frozenset({"xcomp"})  # "vowed to strike", "a promis de frapper", "s'est engagé à punir"


def forceful(token: Token, lexicon: EventLexicon) -> bool:
    """The complement reads as force, and is not aimed at an ill of society or an idea ("vowed to fight
    inflation", "a promis de combattre la corruption": word classes ``social_ill`` and ``abstract_target``)."""
    entry = reading(token, lookup(token, lexicon))
    if entry is None or entry.type not in FORCE:
        return False
    ills = lexicon.word_class("social_ill") | lexicon.word_class("abstract_target")
    aims = [c for c in token.children if c.dep_ in OBJECT]
    return not aims or not all(a.lemma_.lower() in ills for a in aims)


def promised_force(promise: Token, lexicon: EventLexicon) -> bool:
    """The promise verb governs an infinitive that names a forceful act."""
    for complement in promise.children:
        if complement.dep_ not in INFINITIVE_COMPLEMENT or "Inf" not in complement.morph.get("VerbForm", []):
            continue
        if forceful(complement, lexicon):
            return True
    return False


def vowed_against_an_ill(promise: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """A threat word whose infinitive aims only at an ill of society or an idea ("vowed to fight inflation",
    "vowed to crush corruption"): a policy promised, no one threatened (word classes ``social_ill``,
    ``abstract_target``)."""
    if event_type != "THREATEN":
        return False
    ills = lexicon.word_class("social_ill") | lexicon.word_class("abstract_target")
    for complement in promise.children:
        if complement.dep_ in INFINITIVE_COMPLEMENT and "Inf" in complement.morph.get("VerbForm", []):
            aims = [c for c in complement.children if c.dep_ in OBJECT]
            if aims and all(a.lemma_.lower() in ills for a in aims):
                return True
    return False
