"""A report inside a relative clause with the relative word left out: "X said he was troubled by lawmakers he says
are echoing the nominee's positions", "a plan she says will cut taxes".

"he says" stands between a noun and the rest of the relative clause whose subject that noun is ("lawmakers [who], he
says, are echoing …"). What follows "says" has no subject of its own, so it is no report by itself ("are echoing
the nominee's positions" says nothing on its own); it is part of the noun's phrase, so a report holding the noun
runs on to its end instead of stopping at the noun. The parse hangs such a "says" as a clause of the speech verb
before it ("said" … "says"), or on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import own_subject


def says_in_relative(g: QuoteGrammar, verb: Token) -> bool:
    """Whether ``verb`` ("says") is the parenthetical report of a subjectless relative clause (module docstring)."""
    subject = own_subject(g, verb)
    if subject is None or subject.pos_ != "PRON" or subject.i >= verb.i or subject.i == 0:
        return False
    if verb.doc[subject.left_edge.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False  # ("…, he says the plan …": a report of its own)
    clause = next((c for c in verb.children if c.dep_ in g.clause and c.i > verb.i), None)
    return clause is not None and not any(c.dep_ in g.subject or c.dep_ == "mark" for c in clause.children)


def relative_report_after(g: QuoteGrammar, verb: Token, last: int) -> int:
    """The end of a report of ``verb`` ending at token ``last``, run on over a relative "he says …" the parse hung on
    ``verb`` right after it."""
    for child in verb.children:
        if child.dep_ in g.clause and child.left_edge.i == last + 1 and says_in_relative(g, child):
            return child.right_edge.i
    return last
