"""What the speaker's own side must do is a resolve, not a demand.

"X said that Y must do Z" is a demand made of Y (CAMEO 10, ``detect.demand_triggers``). When Y is the speaker
or a group that includes them — a first-person subject: "We must not allow our neighbours to go hungry, the mayor
told the crowd", "nous devons rester unis, a déclaré le maire" — no other actor is asked anything.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.syntax import SUBJECT


def own_duty(verb: Token) -> bool:
    """The verb under the modal of obligation has a first-person pronoun as its subject."""
    return any(c.dep_ in SUBJECT and c.pos_ == "PRON" and "1" in c.morph.get("Person", []) for c in verb.children)
