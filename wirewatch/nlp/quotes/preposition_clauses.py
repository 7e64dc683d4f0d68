"""A clause the parse hung on a speech verb that belongs to a preposition before it: "the army chief confirmed the
retreat after the rebel fighters took the port" (the parse reads "after the rebel" as a phrase and
"fighters took …" as what was confirmed).

A preposition that also opens clauses (``quote_clause_prepositions.txt``: after, before, since, until) standing just
before a clause with no complementizer, on a verb whose direct object is a thing (not a listener), governs that
clause: it tells when, not what was said. ("said after the meeting that the plan failed" keeps its "that" clause,
"told reporters after the meeting the talks had failed" its listener, and "said on Monday the plan failed" has no
such preposition.)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.things import is_speaker_noun


@cache
def clause_prepositions(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_clause_prepositions.txt"))


def governed_by_preposition(lex: QuoteLexicon, verb: Token, clause: Token) -> bool:
    """Whether ``clause`` (hung on ``verb``) is the clause of a preposition just before it (module docstring)."""
    g = lex.grammar
    words = clause_prepositions(lex.lang)
    if not words or clause.i < verb.i or any(c.dep_ == "mark" and c.lower_ in g.complementizer
                                             for c in clause.children):
        return False
    if not any(c.dep_ in g.object and c.i < clause.i and c.pos_ == "NOUN" and not is_speaker_noun(lex, c)
               for c in verb.children):
        return False  # (a listener, "told reporters after the meeting the talks had failed", keeps the clause)
    opening = clause.left_edge.i
    return any(c.lower_ in words and c.i < opening and c.right_edge.i == opening - 1 for c in verb.children)
