"""A munition's impact told as the time of another act is that act's circumstance, not an event of its own.

"Rockets hit the town", "a shell slammed into the market": a munition as the subject of an impact verb tells an
attack by an unnamed party (the trigger rows of CAMEO 194 with a ``subj:`` condition of munitions). In a clause
of time hung on another verb ("the mayor arrived at the scene after a missile hit the building", "residents fled
as shells fell on the town"), the impact only dates what the sentence tells; the story tells the attack itself
elsewhere. A clause of time hung on a harm ("two died when a rocket hit their house") still tells the attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.toll_scope import is_casualty_word
from wirewatch.nlp.events.trigger_conditions import lookup

IMPACT_CLASS = "194"  # CAMEO: fight with artillery and tanks, the class of the munition-impact rows
TIME_MARKS = frozenset({"after", "before", "as", "when", "while", "until", "since", "once"})
FORCE = frozenset({"ASSAULT", "COERCE"})


def impact_as_time(token: Token, entry: TriggerEntry, lexicon: EventLexicon) -> bool:
    """Whether the trigger is a munition-impact reading in a clause of time of a verb that tells no harm."""
    subject_condition = entry.requires is not None and entry.requires.kind == "subj"
    if entry.cameo != IMPACT_CLASS or not subject_condition or token.dep_ != "advcl" or token.head == token:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children):
        return False
    head = token.head
    return not is_casualty_word(head, lexicon) and not any(e.type in FORCE for e in lookup(head, lexicon))
