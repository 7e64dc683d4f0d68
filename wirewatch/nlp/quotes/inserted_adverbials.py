"""A subject parted from its verb by an inserted adverbial: "Le ministère a, de son côté, affirmé que …", "X a,
pour sa part, estimé …". The parse hangs the subject on the auxiliary before the commas and the auxiliary on the
verb; the subject of that auxiliary is the verb's (the adverbial between the commas never is). When the parse
broke the clause at the commas (the auxiliary tagged a verb, the participle hung on the subject as a clause), the
subject is read on the surface: the nominal right before the auxiliary, opening the segment."""

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
    return _surface_subject(g, verb, seg)


SUBJECT_WORDS = ("DET", "NOUN", "PROPN", "ADJ")


def _surface_subject(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """"Vladimir Poutine a, de son côté, déclaré": the nominal opening the segment right before a finite auxiliary
    followed by a comma, with no verb between that comma and the comma before ``verb``."""
    doc = verb.doc
    aux = next((t for t in doc[seg.start + 1: verb.i - 2] if t.lemma_.lower() in g.auxiliary
                and "Fin" in t.morph.get("VerbForm", []) and doc[t.i + 1].text == ","), None)
    if aux is None or "Part" not in verb.morph.get("VerbForm", []) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[aux.i + 2: verb.i - 1]):
        return None
    words = doc[seg.start: aux.i]
    if not all(t.pos_ in SUBJECT_WORDS for t in words) or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    head = words[-1]
    while head.pos_ == "ADJ" or head.dep_.startswith("flat"):
        if not seg.start <= head.head.i < aux.i or head.head == head:
            break
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None
