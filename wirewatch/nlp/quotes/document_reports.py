"""Reports of what a document or a poll shows: "FEC records show that X donated …", "a new Gallup poll finds that
Y leads", "the Pentagon's records indicate that …".

Verbs of evidence (``quote_document_verbs.tsv``, kind ``evidence``: show, find, suggest) report what was said only
when their subject is a document (``quote_document_nouns.txt``: record, poll, survey, report …) whose issuer is named
in it ("FEC records", "the FBI's records", "a Gallup poll"): the issuer speaks and the document is the channel
(speakers.py). A person or a thing that "shows" something says nothing ("the senator showed that he cared", "the
images show smoke"), and a document nobody is named as issuing ("court documents show …") has no speaker to give.
Figures "released by the ministry" are the ministry's (``giver_of``).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar, QuoteLexicon
from wirewatch.nlp.quotes.things import is_document

EVIDENCE = "evidence"  # speech-verb kind of "show", "find": a document's report only


def issued_document(lex: QuoteLexicon, verb: Token, subject: Token | None) -> bool:
    """Whether ``subject`` is a document that names its issuer, before ``verb`` ("FEC records show"), or the
    issuer's name right before such a document ("…, Federal Maritime Commission records show.", the parse making
    the name the subject and the document a compound of the verb)."""
    if subject is not None and subject.pos_ == "PROPN" and subject.i + 2 == verb.i:
        document = subject.doc[subject.i + 1]
        if document.dep_ == "compound" and document.head.i == verb.i and is_document(lex, document):
            return True
    if subject is None or (subject.pos_ != "NOUN" and subject.dep_ != "compound") or not is_document(lex, subject):
        # (a compound: "…, Pentagon records show." read as one noun phrase, evidence_subjects.py)
        return False
    dated = [(d.start, d.end) for d in subject.doc._.ww_dates or []]  # ("the document released Monday")
    return any(t.pos_ == "PROPN" and t.i < verb.i and not any(s <= t.idx < e for s, e in dated)
               for t in [*compounds_before(subject), *subject.subtree])


def compounds_before(subject: Token) -> list[Token]:
    """"…, Federal Maritime Commission records show.": when the parse hung the document on the verb as a compound
    (evidence_subjects.py), the words of its issuer's name right before it are compounds of the verb too."""
    if subject.dep_ != "compound":
        return []
    words: list[Token] = []
    k = subject.i - 1
    while k >= 0 and subject.doc[k].dep_ == "compound" and subject.doc[k].head.i == subject.head.i:
        words.append(subject.doc[k])
        k -= 1
    return words


def giver_of(g: QuoteGrammar, head: Token) -> Token | None:
    """"selon des données publiées par le ministère", "figures released by the ministry": whoever gave the
    figures speaks."""
    for clause in head.children:
        if clause.dep_ not in g.agent_clause:
            continue
        for child in clause.children:
            if child.dep_ == "obl:agent":
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
