"""A subject parted from its verb by an inserted adverbial: "Le ministère a, de son côté, affirmé que …", "X a,
pour sa part, estimé …". The parse hangs the subject on the auxiliary before the commas and the auxiliary on the
verb; the subject of that auxiliary is the verb's (the adverbial between the commas never is)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def subject_across_insertion(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The subject of an auxiliary of ``verb`` followed by a comma ("a, de son côté, affirmé"), when in ``seg``:
    the parse hangs the auxiliary on the verb or on the adverbial."""
    doc = verb.doc
    if verb.i - 1 <= seg.start or doc[verb.i - 1].text != ",":
        return None
    for aux in doc[seg.start: verb.i - 2]:
        if aux.pos_ != "AUX" or aux.lemma_.lower() not in g.auxiliary or doc[aux.i + 1].text != "," \
                or verb not in aux.ancestors or any(t.pos_ in ("VERB", "AUX") for t in doc[aux.i + 1: verb.i]):
            continue  # (the auxiliary hangs on the verb or on the adverbial, which holds no verb of its own)
        subject = next((c for c in aux.children if c.dep_ in g.active_subject and c.i < aux.i), None)
        if subject is not None and seg.start <= subject.i < seg.end:
            return subject
    return None
