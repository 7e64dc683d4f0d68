"""Where reported content ends, beyond the complement clause the parse gives (English and French alike):

- a condition the parse hung on the speech verb right after the content is still said ("… if she is elected").

The dependency labels (``adverbial``) and subordinators (``conditional``) are the language's grammar data.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import within


def condition_kept(g: QuoteGrammar, verb: Token, seg: Span, last: int) -> int:
    """"X told reporters that A would happen if B": a condition the parse hung on the speech verb, right after
    what was said, is part of it (no one speaks conditionally)."""
    for child in verb.children:
        if child.dep_ in g.adverbial and child.left_edge.i == last + 1 + _gap(verb.doc, last) \
                and any(c.dep_ == "mark" and c.text.lower() in g.conditional for c in child.children) \
                and within(child, seg):
            return min(child.right_edge.i, seg.end - 1)
    return last


def _gap(doc: Doc, last: int) -> int:
    """Closing quotation marks between the content's last word and what follows it."""
    k = 0
    while last + 1 + k < len(doc) and doc[last + 1 + k].is_quote:
        k += 1
    return k
