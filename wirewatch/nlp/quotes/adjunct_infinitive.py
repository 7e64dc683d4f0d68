"""An infinitive complement the parser hung on the noun of an adjunct of the speech verb.

"Le ministère a affirmé sur Telegram avoir abattu 40 drones", "La ministre a déclaré devant les députés avoir reçu
des menaces": the parse reads the infinitive group as a clause of "Telegram" or "députés" (``acl``), not of the
verb. A noun takes an infinitive only through a preposition ("la volonté de partir", "une raison à agir"), so a
bare infinitive group (no ``leading`` word of its own before it) hung on the noun of an adjunct right after the
verb is the verb's complement — as complement_of_adjunct (adjunct_complement.py) reads a "que" clause hung there.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.adjunct_complement import adjunct_nouns
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import infinitive_group, within


def infinitive_of_adjunct(g: QuoteGrammar, verb: Token, seg: Span) -> tuple[int, int] | None:
    """The token range of the bare infinitive group hung on the noun of an adjunct after ``verb``, if any."""
    for noun in adjunct_nouns(g, verb, seg):
        for clause in noun.children:
            if clause.i < noun.i or clause.dep_ not in g.agent_clause or not within(clause, seg) \
                    or not infinitive_group(clause):
                continue
            if any(c.dep_ in g.leading and c.i < clause.i for c in clause.children):
                continue  # "la volonté de partir": the noun's own infinitive
            # (the group follows the adjunct: "sur Telegram avoir abattu", not a noun phrase around it)
            if any(t.i > clause.right_edge.i for t in noun.subtree):
                continue
            return clause.left_edge.i, min(clause.right_edge.i, seg.end - 1)
    return None
