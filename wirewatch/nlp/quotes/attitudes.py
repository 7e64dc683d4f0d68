"""A stance reported by an adjective: "officials were worried that <content>", "the agency has been confident
<content>", "the mayor remains optimistic that <content>".

An adjective of ``quote_attitude_adjectives.txt`` (the form as written: "worried", "convinced") that governs a
complement clause after it holds a stance; its holder is the adjective's own subject, else the subject of the verb
it completes ("were", "remains"). The clause is what is held, when it is declarative (declarative.py): "sure how
it would end" holds nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.declarative import opens_on_subject
from wirewatch.nlp.quotes.lexicon import QuoteLexicon

Accept = Callable[[int, int], "tuple[int, int] | None"]


def _holder(subject_labels: frozenset[str], adjective: Token) -> Token | None:
    own = next((c for c in adjective.children if c.dep_ in subject_labels and c.i < adjective.i), None)
    if own is not None or adjective.head == adjective or adjective.head.i > adjective.i:
        return own
    return next((c for c in adjective.head.children if c.dep_ in subject_labels and c.i < adjective.i), None)


def attitude_cues(lex: QuoteLexicon, seg: Span, quoted: Callable[[int], bool], accept: Accept
                  ) -> list[tuple[Token, Token, tuple[int, int]]]:
    """(adjective, holder, content characters) of every stance adjective of the segment that reports a clause."""
    g = lex.grammar
    out = []
    for tok in seg:
        if tok.text.lower() not in lex.attitude_adjectives or quoted(tok.idx):
            continue
        clause = next((c for c in tok.children if c.dep_ in g.clause and c.i > tok.i), None)
        holder = _holder(g.subject, tok) if clause is not None else None
        if clause is None or holder is None or quoted(holder.idx):
            continue
        content = accept(max(clause.left_edge.i, tok.i + 1), min(clause.right_edge.i, seg.end - 1))
        if content is not None and opens_on_subject(g, seg.doc, content[0]):
            out.append((tok, holder, content))
    return out
