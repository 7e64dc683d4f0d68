"""A name in the complement of another speaker noun does not speak: "a source close to Joe Biden said", "a lawyer
for Macron said", "friends of Putin say", "une source proche de l'Élysée", "l'avocat de Nicolas Sarkozy a déclaré".

The noun that heads the subject (source, lawyer, friends, wife, aide) is the speaker; the name after its link word
only says whose source, lawyer or friends they are. Two cases:
- the name hangs on a relational adjective of the noun ("close to", "familiar with", "loyal to", "proche de"):
  whoever the name is, person or organisation, it is not the one talking;
- the name of a person hangs on the noun through a preposition ("a lawyer for X", "the wife of X"): the noun
  speaks. A body's own people speak for it ("an official of the ministry", "members of both chambers of Parliament")
  and stay with the body.
A voice of the name ("a spokesman for X", ``quote_voice_roles.txt``) speaks for it (see office_of.py), and a
document keeps its issuer ("a statement by X", see things.py).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar

MAX_ARCS = 6  # arcs from the name's last word up to the noun it completes


def completes_other_noun(doc: Doc, g: QuoteGrammar, head: Token, name_start: int, name_end: int, name_type: str,
                         voice: Collection[str], titles: dict[str, str], documents: Collection[str]) -> bool:
    """Whether the name at ``name_start:name_end`` completes the common noun ``head`` (the subject's head, outside
    the name) through a link word, so that the noun speaks rather than the name."""
    if head.pos_ != "NOUN" or name_start <= head.idx < name_end:
        return False
    if {head.lower_, head.lemma_.lower()} & set(documents):
        return False  # "a statement by X": its issuer speaks
    role = titles.get(head.lower_) or titles.get(head.lemma_.lower())
    if role and role in voice:
        return False  # "a spokesman for X" speaks for X
    last = next((t for t in reversed(doc) if t.idx < name_end), None)
    if last is None:
        return False
    tok = _outside_name(last, name_start, name_end)
    through_adjective = tok is not None and _after_adjective(g, head, tok)
    links = 0
    for _ in range(MAX_ARCS):
        if tok is None or tok.dep_ in g.apposition or tok.dep_ in g.coordinated:
            return False
        if tok.dep_ in g.preposition_object or any(c.dep_ in g.leading and c.i < tok.i for c in tok.children):
            links += 1  # "for <X>", "proche d'<X>" (its link word a child, whatever the arc's label)
        parent = tok.head
        if parent.i == tok.i:
            return False
        if parent.i == head.i:
            return links >= 1 and (through_adjective or name_type == "PER")
        through_adjective = through_adjective or parent.pos_ == "ADJ"
        tok = parent
    return False


def _after_adjective(g: QuoteGrammar, head: Token, name: Token) -> bool:
    """"des sources proches de la Commission" parsed with the name on the noun: the word before the name's link
    word is an adjective of the noun."""
    link = next((c for c in name.children if c.dep_ in g.leading and c.i < name.i), None)
    first = min([link.i] if link is not None else [], default=name.left_edge.i)
    before = name.doc[first - 1] if first > 0 else None
    return before is not None and before.pos_ == "ADJ" and before.head.i == head.i and before.i > head.i


def _outside_name(last: Token, name_start: int, name_end: int) -> Token | None:
    """The name's own head word: up from its last word while the head stays inside the name."""
    tok = last
    for _ in range(MAX_ARCS):
        parent = tok.head
        if parent.i == tok.i or not name_start <= parent.idx < name_end:
            return tok
        tok = parent
    return None
