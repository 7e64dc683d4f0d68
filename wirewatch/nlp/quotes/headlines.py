"""Headline grammar of reported speech: "Bridge to reopen next month, mayor says", "Scholz says Germany open to talks".

A headline (a segment without final punctuation, ``headline_structure.unpunctuated``) states what is to come with a
noun and an infinitive ("City to cut fares") where running text has a finite verb; before a postposed attribution,
that is what was said. A headline also drops the copula of the clause it reports: "Macron says France ready to send
troops" reports "France ready to send troops", a subject and an adjective with its complement
(``verbless_predicate``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def headline_infinitive(span: Span) -> bool:
    """"Bridge to reopen next month": a noun phrase with an infinitive predicate and no finite verb."""
    words = [t for t in span if not t.is_punct]
    if not words or any("Fin" in t.morph.get("VerbForm", []) for t in words):
        return False
    nouns = {t.i for t in words if t.pos_ in ("NOUN", "PROPN")}
    return bool(nouns) and any(
        t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm", [])
        and (t.head.i in nouns or any(c.i in nouns for c in t.children)) for t in words)


def verbless_predicate(subject_labels: frozenset[str], clause: Token) -> bool:
    """"France ready to send troops", "Germany open to talks": the reported clause of a headline without its
    copula, an adjective with a subject before it and a complement after it, and no finite verb."""
    if clause.pos_ != "ADJ" or any("Fin" in t.morph.get("VerbForm", []) for t in clause.subtree):
        return False
    return any(c.dep_ in subject_labels and c.i < clause.i for c in clause.children) \
        and any(c.i > clause.i and (c.pos_ == "VERB" or c.left_edge.pos_ == "ADP") for c in clause.children)
