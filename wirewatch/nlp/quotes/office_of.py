"""Offices of a place or body: "the mayor of Tolenburg said", "a déclaré le chef du Kremlin".

The name after the link word only says whose office it is: the speaker is the office holder (found by title
before this check, see offices.py), else the office itself, never the place or body. A voice of the body
("a spokesman for the army", "le porte-parole du ministère") is the exception: it speaks for the body, which
may stand as the speaker. Voice roles are data (``quote_voice_roles.txt``, English role names as in
``titles.tsv``).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteGrammar

MAX_ARCS = 8  # arcs from the name's first word up to the office noun ("the mayor of the city of New Lisbon")


@cache
def voice_roles() -> frozenset[str]:
    """The roles that speak for the body of their office (English role names, shared by every language)."""
    return frozenset(line.strip().lower() for line in lexicons.read_lines("en", "quote_voice_roles.txt"))


def office_role(head: Token, titles: dict[str, str]) -> str:
    """The role of the office noun ``head`` ("mayor", "maire" → "mayor"), or "" when it is no title."""
    return titles.get(head.lower_) or titles.get(head.lemma_.lower()) or ""


def owns_office(g: QuoteGrammar, head: Token, name: Token) -> bool:
    """Whether the name whose first word is ``name`` is the complement of the office noun ``head`` through
    link words ("mayor of X", "chef du X", "head of the X agency"): the arcs within the name come first, then
    only links; an apposition ("the mayor, X") or the head itself is no owner."""
    links = g.preposition_object | g.leading
    tok, linked = name, False
    for _ in range(MAX_ARCS):
        if tok.head.i == tok.i or tok.i == head.i:
            return False
        if tok.dep_ in links:
            linked = True
        elif linked or tok.dep_ in g.apposition:
            return False
        tok = tok.head
        if tok.i == head.i:
            return linked
    return False


def office_of_named(doc: Doc, g: QuoteGrammar, titles: dict[str, str], voice_roles: Collection[str],
                    head: Token, name_start: int) -> bool:
    """"The mayor of Tolenburg": the name starting at ``name_start`` owns the office ``head`` names, and that
    office does not speak for its owner."""
    role = office_role(head, titles)
    if not role or role in voice_roles or name_start <= head.idx:
        return False
    name = next((t for t in doc if t.idx == name_start), None)
    return name is not None and owns_office(g, head, name)
