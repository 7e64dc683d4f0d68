"""The speaker an incise names for a first-person subject of the words it reports.

French sets the speech verb after the quoted words, as an incise the parser hangs on the quoted clause
(``parataxis``): « Nous frapperons la ville, a déclaré le chef du groupe ». The first person of the quote is the
incise's subject, read as ``syntax.speaker_of`` reads a speech verb's subject (also after its verb, where the parser
labels it an object). English mostly parses the quote as the speech verb's complement (``ccomp``), which
``ActorResolver.resolve`` follows already; this reads the other shape, in either language, when the quotes layer
left the speaker as a description with no entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.syntax import speaker_of

INCISE = frozenset({"parataxis"})
REPORTED_CLAUSE = frozenset({"xcomp", "ccomp", "conj"})  # « je pense que nous frapperons », « allons frapper »
CLAUSE_REACH = 3


def incise_speaker(clause: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The noun an incise speech verb on ``clause`` (or a clause above it) has as its subject; None when there
    is no incise, or its subject is a pronoun (« a-t-il déclaré »: no one more is named)."""
    node = clause
    for _ in range(CLAUSE_REACH):
        verb = next((c for c in node.children if c.dep_ in INCISE and c.lemma_.lower() in speech_verbs), None)
        if verb is not None:
            subject = speaker_of(verb)
            return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        if node.dep_ not in REPORTED_CLAUSE or node.head == node:
            return None
        node = node.head
    return None
