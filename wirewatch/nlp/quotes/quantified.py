"""Quantified speakers: "a number of officials said", "dozens of lawmakers said", "some of the protesters said".

A subject whose head is a word of quantity (``quote_quantity_words.txt``, or a number: "three of the judges")
counts the people its genitive complement names ("of officials", "of the protesters"); those people speak. The
quantity word itself is no speaker: it names neither a person nor a group, and a quantifying pronoun ("some",
"most") refers to no one named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def counted(g: QuoteGrammar, quantity_words: frozenset[str], head: Token) -> Token | None:
    """The head of the people a quantity subject counts ("officials" in "a number of officials"), else None."""
    if head.pos_ != "NUM" and head.lemma_.lower() not in quantity_words \
            and head.lower_ not in quantity_words:
        return None
    for c in head.children:
        if c.i < head.i:
            continue
        if c.lower_ in g.genitive and c.dep_ in g.leading:  # "number -> of -> officials" (ClearNLP)
            obj = next((o for o in c.children if o.dep_ in g.preposition_object), None)
        elif c.dep_ in g.preposition_object and any(m.lower_ in g.genitive and m.dep_ in g.leading
                                                    for m in c.children if m.i < c.i):
            obj = c  # "nombre -> manifestants (case: de)" (UD)
        else:
            continue
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    return None
