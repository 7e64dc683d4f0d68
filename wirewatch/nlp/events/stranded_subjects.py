"""The subject of a finite clause the parser left without one.

"L'UE a débloqué une enveloppe et le Royaume-Uni a annoncé une aide": parsers often attach the second clause's
subject ("le Royaume-Uni") as a conjunct of the first clause's object and the second verb as a clause of the
first, so the second verb has no subject and would borrow the first one's. A verb conjugated with a finite
auxiliary is a clause of its own: its subject is the noun phrase right before its auxiliary, after a
coordinating conjunction or a comma, when the parse made that noun a conjunct of something before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.syntax import AUXILIARY, SUBJECT

NOMINAL_HEADS = frozenset({"NOUN", "PROPN"})
PHRASE_INNER = frozenset({"det", "amod", "compound", "flat", "flat:name", "fixed", "nmod", "conj", "punct"})


def finite_auxiliary(verb: Token) -> Token | None:
    """The first finite auxiliary of a compound tense ("a annoncé", "has announced")."""
    return next((c for c in verb.children if c.dep_ in AUXILIARY and c.i < verb.i
                 and "Fin" in c.morph.get("VerbForm", [])), None)


def stranded_subject(verb: Token) -> Token | None:
    """The noun before the verb's finite auxiliary that the parser attached as a conjunct elsewhere, opened by a
    conjunction or a comma: the subject of a coordinated clause ("… et le Royaume-Uni a annoncé une aide")."""
    if any(c.dep_ in SUBJECT for c in verb.children):
        return None
    auxiliary = finite_auxiliary(verb)
    if auxiliary is None or auxiliary.i == 0:
        return None
    doc = verb.doc
    i = auxiliary.i - 1
    # walk back over the noun phrase to its first word; its head noun is the conjunct
    conjunct: Token | None = None
    while i >= 0 and doc[i].pos_ in (*NOMINAL_HEADS, "DET", "ADJ", "PUNCT") and doc[i].text not in (",", ";"):
        if doc[i].dep_ == "conj" and doc[i].pos_ in NOMINAL_HEADS and doc[i].head.i < doc[i].i:
            conjunct = doc[i]
        if doc[i].dep_ not in PHRASE_INNER:
            return None
        i -= 1
    if conjunct is None or i < 0 or not (doc[i].dep_ == "cc" or doc[i].text in (",", ";")):
        return None
    first = conjunct
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    # "L'Allemagne, la Pologne et le Chili ont envoyé": a list the parser left without a verb is the subject
    return first if first.head == first and first.pos_ in NOMINAL_HEADS else conjunct


def in_stranded_subject(token: Token) -> bool:
    """The word belongs to the stranded subject of a later clause (then it is no part of the phrase the parser
    attached it to: "une enveloppe … et le Royaume-Uni a annoncé": "Uni" is not the envelope's)."""
    doc = token.doc
    i = token.i
    while i < len(doc) and doc[i].pos_ in (*NOMINAL_HEADS, "DET", "ADJ", "PUNCT") and doc[i].text not in (",", ";"):
        i += 1
    if i >= len(doc) or doc[i].dep_ not in AUXILIARY:
        return False
    subject = stranded_subject(doc[i].head)
    return subject is not None and subject.i <= token.i


def stranded_subject_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans of the stranded subjects in a sentence: a clause's subject is no place of an event."""
    out = []
    for token in sent:
        subject = stranded_subject(token) if token.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            out.append((subject.idx, token.idx))
    return out
