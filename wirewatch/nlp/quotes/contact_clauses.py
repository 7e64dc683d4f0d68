"""That-less reported clauses whose subject carries a contact relative clause, which the parse reads as the speech
verb's object: "He said the system the two countries had shared since the war had ended", "Biden said the deal both
sides signed in May had collapsed" (parsed "said <the deal …>", the clause's own verb hung inside the object).

A verb that reports clauses but takes no object as what was said ("say", "argue") has no content object; when the
subtree of its object after the noun holds two verbs (the contact relative's and the reported clause's own, which ends
it, finite under a tense or modal auxiliary and with a subject) and ends what the verb governs, the object is the
reported clause's subject and the whole subtree is what was said. "He said the words he had prepared" (one verb), "said
the prayer his mother taught him when he was young" (no auxiliary) stay objects.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite, within

CLAUSE_VERBS = 2  # the contact relative's verb and the reported clause's own


def contact_clause(g: QuoteGrammar, verb: Token, seg: Span) -> tuple[int, int] | None:
    """The first and last token of a reported clause the parse read as ``verb``'s object, else None."""
    obj = next((c for c in verb.children if c.dep_ in g.object and c.i > verb.i and within(c, seg)), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not finite(verb):
        return None
    last = min(obj.right_edge.i, seg.end - 1)
    verbs = [t for t in verb.doc[obj.i + 1: last + 1] if t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")]
    if len(verbs) < CLAUSE_VERBS or not _tensed_clause(g, verbs[-1]):
        return None
    if any(c.i > last and not c.is_punct and within(c, seg) for c in verb.children):
        return None  # ("said the words he had written when he was ill to the crowd": the object of a telling)
    return obj.left_edge.i, last


def _tensed_clause(g: QuoteGrammar, verb: Token) -> bool:
    """"had ended", "would fail": the reported clause's own verb, finite under a tense or modal auxiliary, with a
    subject ("the prayer his mother taught him when he was young" ends on no such verb)."""
    return finite(verb) and any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ in g.subject for c in verb.children)
