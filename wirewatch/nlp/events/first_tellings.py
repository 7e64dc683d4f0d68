"""A definite act noun told happening, with no act of its kind before it, is the act's first telling.

A bare "the attack" or "the shelling" normally points back to an act already told (``detect.is_anaphoric``). When
it is the subject of a verb telling the act happening ("the attack took place on Monday", "the shelling came amid
talks", "the fighting erupted at dawn": the word class ``occurrence_verb`` of ``event_words.tsv``) and nothing
before it in the text tells an act of its type, there is nothing for it to point back to: a lead, a snippet or a
report cut from a longer story tells the act here, and the act stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.syntax import SUBJECT

OCCURRENCE = "occurrence_verb"


def first_telling(noun: Token, lexicon: EventLexicon,
                  lookup: Callable[[Token, EventLexicon], Sequence[TriggerEntry]]) -> bool:
    """Whether the definite act noun is the subject of a verb telling it happening and no earlier sentence of
    the text holds a trigger word of one of its types (``lookup``: a token's trigger entries)."""
    governor = noun.head
    if noun.dep_ not in SUBJECT or governor == noun or governor.pos_ not in ("VERB", "AUX") \
            or governor.lemma_.lower() not in lexicon.word_class(OCCURRENCE):
        return False
    types = {entry.type for entry in lookup(noun, lexicon)}
    before = noun.doc[:noun.sent.start]
    return not any(entry.type in types for token in lexicon.tokens(before, "trigger") if token.pos_ in ("NOUN", "VERB")
                   for entry in lookup(token, lexicon))
