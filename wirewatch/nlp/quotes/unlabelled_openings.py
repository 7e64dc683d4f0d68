"""A sentence whose opening is what a final attribution says, when the parse could not label the opening: "A heavy
drone strike on Odesa late Sunday, including a hit on the harbour, wounded at least nine people, police said" (the
parser hung "strike" on "said" with no label and made "wounded" a modifier of it).

The opening is taken as the reported clause when it runs from the start of the sentence to the comma just before
the attribution's subject and holds a predicate: a finite verb, or a participle with a direct object (a passive
participle takes none: "an attack killed 17 people" is no "attack [that was] killed").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import own_subject


def unlabelled_opening(g: QuoteGrammar, verb: Token, seg: Span) -> tuple[int, int] | None:
    """The first and last token of the unlabelled opening ``verb`` ends (module docstring)."""
    subject = own_subject(g, verb)
    if subject is None or subject.i > verb.i:
        return None
    before = subject.left_edge.i - 1
    if before <= seg.start or verb.doc[before].text != ",":
        return None
    for child in verb.children:
        if child.dep_ in g.unlabelled and child.i < before and child.left_edge.i <= seg.start \
                and child.right_edge.i >= before - 1 and any(_predicate(g, t) for t in child.subtree):
            return seg.start, before - 1
    return None


def _predicate(g: QuoteGrammar, tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return "Fin" in tok.morph.get("VerbForm", []) or any(c.dep_ in g.object for c in tok.children)
