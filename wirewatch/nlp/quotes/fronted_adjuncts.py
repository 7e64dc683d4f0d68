"""A prepositional adjunct fronted before the subject is not part of the speaker's words.

"Dans un message publié sur Facebook, le Premier ministre a affirmé …", "Au nom du gouvernement, la porte-parole a
…": the parser may hang the fronted phrase on the subject noun, so the subject's subtree starts at "Dans". A
dependent of the noun that stands before it, opens on a ``leading`` word (a preposition) and ends at a comma
before the noun is such an adjunct: the speaker's words start after that comma.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def without_fronted_adjunct(g: QuoteGrammar, head: Token, phrase: Span) -> Span:
    """``phrase`` (the words of the subject ``head``) from after the comma that ends a fronted adjunct."""
    doc = head.doc
    start = phrase.start
    for child in head.children:
        if child.i >= head.i or child.i < phrase.start:
            continue
        opens = any(k.dep_ in g.leading and k.i < child.i for k in child.children)
        after = child.right_edge.i + 1
        if opens and after < head.i and doc[after].text == ",":
            start = max(start, after + 1)
    return doc[start: phrase.end] if start < phrase.end else phrase
