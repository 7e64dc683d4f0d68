"""The speaker an incise names for a first-person subject of the words it reports.

French sets the speech verb after the quoted words, as an incise the parser hangs on the quoted clause
(``parataxis``): « Nous frapperons la ville, a déclaré le chef du groupe ». The first person of the quote is the
incise's subject, whether the parser reads it as the subject or, placed after its verb, as an object (an incise
verb takes no object: the quote is what it says). English mostly parses the quote as the speech verb's
complement (``ccomp``), which ``ActorResolver.resolve`` follows already; this reads the other shape, in either
language, when the quotes layer left the speaker as a description with no entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.syntax import NOMINAL_SUBJECT

INCISE = frozenset({"parataxis"})
INVERTED_SUBJECT = frozenset({"obj", "dobj"})  # « a déclaré le chef »: the subject after its verb, read as object
REPORTED_CLAUSE = frozenset({"xcomp", "ccomp", "conj"})  # « je pense que nous frapperons », « allons frapper »
CLAUSE_REACH = 3


def incise_speaker(clause: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The noun an incise speech verb on ``clause`` (or a clause above it) has as its subject; None when there
    is no incise, or its subject is a pronoun (« a-t-il déclaré »: no one more is named)."""
    node = clause
    for _ in range(CLAUSE_REACH):
        verb = next((c for c in node.children if c.dep_ in INCISE and c.lemma_.lower() in speech_verbs), None)
        if verb is not None:
            subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT), None) or next(
                (c for c in verb.children if c.dep_ in INVERTED_SUBJECT and c.i > verb.i), None)
            return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        if node.dep_ not in REPORTED_CLAUSE or node.head == node:
            return None
        node = node.head
    return None
