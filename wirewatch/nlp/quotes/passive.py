"""The agent of a passive speech verb speaks: "Le directeur a été accusé par les salariés d'avoir « menti »",
"The director was accused by the workers of “lying”" — the workers speak, never the passive subject (the person
spoken of), whom the nearest-name fallback would otherwise pick."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def passive_agent(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The noun of the verb's agent phrase ("par les salariés", "by the workers"), if it has one in ``seg``."""
    for child in verb.children:
        if child.dep_ not in g.agent or not seg.start <= child.i < seg.end:
            continue
        if child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
        # English: the agent is the preposition "by", its object the noun
        return next((c for c in child.children if c.dep_ in g.preposition_object and c.pos_ in ("NOUN", "PROPN")),
                    None)
    return None
