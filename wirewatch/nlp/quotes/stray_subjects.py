"""A speaker named after a fronted report that the parse hung on the report's last noun: "Scholz could be censured
if he is reelected chancellor, Vermont Sen. Bernie Sanders said" — read as "chancellor, Vermont Sen. Bernie
Sanders" (a noun and its apposition), which made "chancellor" the subject or object and left the verb with no named
speaker.

Before a speech verb, a name right before it that the parse apposed to a common noun ending the clause before the
comma is the speaker; the noun and what precedes it up to that comma are the end of what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import verb_group_start


def apposed_speaker(g: QuoteGrammar, verb: Token) -> Token | None:
    """The name right before ``verb`` that the parse apposed to the last noun of the clause it reports."""
    doc = verb.doc
    start = verb_group_start(verb)
    if start == 0:
        return None
    name = doc[start - 1]
    noun = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or noun.pos_ != "NOUN" or noun.i >= name.i:
        return None
    comma = name.left_edge.i - 1
    if comma != noun.i + 1 or doc[comma].text != ",":
        return None  # ("The spokesman, John Smith, said": a subject and its apposition, commas on both sides)
    if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].is_punct:
        return None  # the noun opens a phrase of its own: not the end of a clause before it
    reports = (noun.dep_ in g.subject and noun.head.i == verb.i) or any(
        c.dep_ in g.clause and c.i < noun.i and noun.i <= c.right_edge.i for c in verb.children)
    return name if reports else None


def stray_subject_end(g: QuoteGrammar, verb: Token, last: int, attribution: int) -> int:
    """The new last token of the content that ends at ``last``: when a subject the parse gave ``verb`` besides its
    speaker stands right after the content and before the comma that opens the attribution at ``attribution``,
    up to that comma; else ``last``."""
    doc = verb.doc
    comma = attribution - 1
    if comma <= last + 1 or doc[comma].text != ",":
        return last
    for stray in verb.children:
        if stray.dep_ in g.subject and stray.left_edge.i == last + 1 and stray.i < comma \
                and not any(t.is_punct for t in doc[last + 1: comma]):
            return comma - 1
    return last
