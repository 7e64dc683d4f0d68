"""Where an infinitive's reported content ends: before a coordinated clause with a subject of its own.

"Les joueurs pensaient pouvoir gagner mais, comme en demi-finale, ils sont tombés …", "X hoped to win the vote
but the council rejected it": what follows the conjunction has its own subject and finite verb; the narrator says
it (the same rule as for a complement clause's coordinated clause, cues._complement).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite


def before_own_clause(g: QuoteGrammar, comp: Token, first: int, last: int) -> int:
    """The last token of the content ``first``..``last`` headed by ``comp``, cut before a coordinated finite clause
    with its own subject (and before its conjunction)."""
    for conj in comp.subtree:
        if conj.dep_ != "conj" or not first < conj.left_edge.i <= last or not finite(conj) \
                or not any(c.dep_ in g.subject for c in conj.children):
            continue
        cut = conj.left_edge.i
        ccs = [c.i for c in conj.children if c.dep_ == "cc" and c.i < conj.i] \
            + [c.i for c in conj.head.children if c.dep_ == "cc" and conj.head.i < c.i < conj.left_edge.i]
        last = min(last, (min(ccs) if ccs else cut) - 1)
    return last
