"""An act named in the condition of a stance is what the stance is about, not an act of the story.

"Biden warned Russia of severe consequences if it invades Ukraine", « Biden a averti la Russie de graves
conséquences si elle envahit l'Ukraine », "threatened sanctions unless the troops withdraw": the invasion is the
threat's condition, however the parser hangs its clause (on the warning verb, or on the noun of what is threatened,
as the French parser often does). A clause marked by a condition word (word class ``condition_mark``) anywhere
under a stance word is governed by it (``detect.demote_governed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon


def condition_of_stance(act: Token, stances: frozenset[int], lexicon: EventLexicon) -> bool:
    """The act's verb is marked as a condition and one of its governors is a stance word (indices ``stances``)."""
    marks = lexicon.word_class("condition_mark")
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in act.children):
        return False
    return any(governor.i in stances for governor in act.ancestors)
