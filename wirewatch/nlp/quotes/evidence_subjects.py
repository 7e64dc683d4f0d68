"""The document subject of a verb of evidence closing a sentence: "…, Pentagon records show.", "…, a new Gallup poll
shows.", "…, the ministry's figures show."

After a comma at the end of a sentence, the parser often reads "records show" or "poll shows" as one noun phrase:
the document becomes a compound of the verb, which is left with no subject. The compound right before the verb is
its subject when it is a document noun (``quote_document_nouns.txt``); the verb then reports the clause before the
comma as any "X records show" does (document_reports.py decides whether an issuer is named).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar, QuoteLexicon
from wirewatch.nlp.quotes.subjects import own_subject, within
from wirewatch.nlp.quotes.things import is_document


def document_read_as_compound(g: QuoteGrammar, lex: QuoteLexicon, verb: Token, seg: Span) -> Token | None:
    """The document noun right before ``verb`` that the parse hung on it as a compound, if the verb has no subject
    of its own and stands after the clause it reports."""
    if own_subject(g, verb) is not None or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.head.i != verb.i or before.dep_ != "compound" or not within(before, seg) or not is_document(lex, before):
        return None
    if not any(c.dep_ in g.clause and c.i < before.left_edge.i for c in verb.children):
        return None  # ("a records show": no clause before it, nothing reported)
    return before
