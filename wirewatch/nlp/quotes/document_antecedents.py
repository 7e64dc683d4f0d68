"""A document taken up by its noun speaks for whoever issued it where the article introduced it.

"Amnesty International a publié un rapport mardi. Le rapport affirme que …", "Un sondage de l'Ifop a été publié
mardi. Ce sondage montre que …", "The ministry released a report on Monday. The report says …": the definite
document noun ("le rapport", "ce sondage", of ``quote_document_nouns.txt``) takes up the nearest earlier mention of
the same noun and number outside quotation marks, when it introduced the document (an indefinite determiner or
an issuer named: not an earlier take-up, "The report notes … the report states"). Its issuer is a person or an
organisation named inside that mention's phrase ("un rapport d'Amnesty"), else the subject of the verb whose
object it is ("Amnesty a publié un rapport"). A document the narrator introduced with no issuer speaks for no
one: the speaker quoted before it did not write it ("…, a indiqué la Maison Blanche. Un sondage a été publié
mardi. Le sondage révèle que …"). (Figures given by a clause on the noun, "figures released by the ministry":
``document_reports.giver_of``.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex

ISSUER_TYPES = ("ORG", "PER")


@dataclass(frozen=True)
class IntroducedDocument:
    """The earlier mention of a document noun, and the word of who issued it there (None: not said)."""

    noun: Token
    issuer: Token | None


def introduced_document(g: QuoteGrammar, index: EntityIndex, quoted: Callable[[int], bool], head: Token,
                        phrase: Span, since: int) -> IntroducedDocument | None:
    """The nearest mention of ``head``'s noun before ``phrase`` and after the character ``since`` (see the module
    docstring), if the article introduced the document there."""
    doc, lemma = head.doc, head.lemma_.lower()
    for tok in reversed(doc[:phrase.start]):
        if tok.idx < since:
            break
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or quoted(tok.idx) \
                or tok.morph.get("Number", []) != head.morph.get("Number", []):
            continue  # ("the most ambiguous reports …": other documents than "the report")
        issuer = _named_in(index, quoted, tok) or _issuing_subject(g, tok)
        if issuer is not None or any(c.dep_ == "det" and c.lower_ in g.indefinite for c in tok.children):
            return IntroducedDocument(tok, issuer)
        return None  # "The report notes … the report states": taken up before, as the first time
    return None


def _named_in(index: EntityIndex, quoted: Callable[[int], bool], noun: Token) -> Token | None:
    """A person or organisation in the document noun's own phrase ("un rapport d'Amnesty International")."""
    start, end = noun.idx, noun.right_edge.idx + len(noun.right_edge.text)
    m = next((m for m in index.overlapping(start, end)
              if m.type in ISSUER_TYPES and m.start > noun.idx and not quoted(m.start)), None)
    span = noun.doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
    return span.root if span is not None and len(span) else None


def _issuing_subject(g: QuoteGrammar, noun: Token) -> Token | None:
    """The subject of the verb that has the document as its object ("X a publié un rapport"), not a pronoun."""
    if noun.dep_ not in g.object:
        return None
    return next((c for c in noun.head.children if c.dep_ in g.active_subject and c.i < noun.head.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
