"""A pronoun that goes on from an unnamed speaker: "Police arrested the minister's driver. The spokesman said the
arrest was lawful. He added that …" — "he" is the spokesman who just spoke, not the minister, the nearest name.

When the last thing said before a singular subject pronoun was said by a speaker the attribution names only by an
office or a person noun (a speaker with no entity: "the spokesman", "le porte-parole"), and that speaker's noun is
the nearest earlier subject a pronoun of that gender can take up (title_antecedent.py), the pronoun takes it up:
the same attribution's words, rather than an entity named farther back or inside another noun phrase. A speaker
described through a name ("the president's son") is left to the named antecedents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.nlp.quotes.speaker import Speaker
from wirewatch.nlp.quotes.title_antecedent import unnamed_subject_before

if TYPE_CHECKING:
    from wirewatch.nlp.quotes.speakers import SpeakerResolver

CONTINUATION_WINDOW = 600  # characters from the unnamed speaker's words to the pronoun


def continued_unnamed(resolver: SpeakerResolver, pronoun: Token, gender: str) -> Speaker | None:
    """The unnamed speaker ``pronoun`` goes on from, when the last speaker is unnamed and the nearest subject."""
    if not resolver.spoken or resolver.spoken[-1].type is not None:
        return None
    last = resolver.spoken[-1]
    if not 0 <= pronoun.idx - last.position <= CONTINUATION_WINDOW:
        return None
    if resolver.index.overlapping(last.position, last.position + len(last.name)):
        return None  # "Donald Trump's son": a description through a name, whose bearer the pronoun may take up
    nearest = unnamed_subject_before(resolver.lex, pronoun, gender, resolver.quoted)
    if nearest is None:
        return None
    again = resolver.resolve(nearest, nearest.sent)
    return again if again is not None and again.type is None and again.position == last.position else None
