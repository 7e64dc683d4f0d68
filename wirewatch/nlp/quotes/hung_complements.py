"""The complement clause of a speech verb that the parser hung somewhere else in the verb's phrase.

French reported speech is "<verbe> [à <auditeur>] que <proposition>"; the parser often attaches the clause to the
listener or outlet named between them (« a indiqué à l'agence TASS que … », « a expliqué à
la radio France Inter que … »: the clause under the outlet's name), or reads a locution inside the clause as the
verb's object and hangs the complementizer below it (« a déclaré mardi que les deux pays étaient d'accord »: « accord »
object of « déclaré », « que » and the clause's subject under « d' »). Both are still the verb's complement: a
phrase after the verb that opens on the complementizer (a subordinating conjunction, not the relative pronoun
« que » an object clause opens on) and holds a subject and a finite verb of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite, own_subject, within

NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X"})


def hung_complement(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The head of the complement clause of ``verb`` the parse hung under a phrase after it, or None."""
    for child in verb.children:
        if child.i < verb.i or not within(child, seg):
            continue
        if _opens_clause_below(g, child):
            return child  # « a déclaré mardi que les deux pays étaient d'accord »
        if child.dep_ in g.object:
            continue  # « a rappelé le principe que … »: a noun's own clause
        for tok in child.subtree:
            if tok.i > child.i and within(tok, seg) and _complement_clause(g, tok) and _under_names(tok, child):
                return tok  # « a indiqué à l'agence TASS que … »: under the outlet's name
    return None


def _under_names(clause: Token, child: Token) -> bool:
    """The clause hangs on a noun phrase alone (no verb between it and the speech verb: "a promis de maintenir …
    aussi longtemps que …", "claimed X but there were signs that …" are other clauses' own), and its
    complementizer comes right after that phrase's last noun or name."""
    head = clause.head
    while True:
        if not _nominal(head):
            return False
        if head == child:
            break
        head = head.head
    return _nominal(clause.doc[clause.left_edge.i - 1])


def _nominal(tok: Token) -> bool:
    """A noun, adjective or name; a capitalised word inside the sentence is a name whatever its tag (« la radio
    France Inter »: « Inter » tagged a verb)."""
    return tok.pos_ in NOMINAL or (tok.is_title and tok.i > tok.sent.start)


def _complementizer(g: QuoteGrammar, tok: Token) -> bool:
    return tok.lower_ in g.complementizer and tok.dep_ == "mark" and tok.pos_ == "SCONJ"


def _complement_clause(g: QuoteGrammar, tok: Token) -> bool:
    """A clause opening on its own complementizer, with a subject of its own that is no relative pronoun."""
    if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or not _complementizer(g, tok.left_edge) \
            or tok.left_edge.head != tok:
        return False
    subject = own_subject(g, tok)
    return subject is not None and subject.lower_ not in g.relative_pronoun and (
        tok.pos_ not in ("VERB", "AUX") or finite(tok) or any(c.dep_ == "cop" for c in tok.children))


def _opens_clause_below(g: QuoteGrammar, child: Token) -> bool:
    """A phrase whose first word is a complementizer hung lower in it and that holds a subject and a finite verb
    or copula: a clause the parse built around a word inside it."""
    first = child.left_edge
    if not _complementizer(g, first) or first.head == child:
        return False
    words = list(child.subtree)
    return any(t.dep_ in g.subject for t in words) and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in words)
