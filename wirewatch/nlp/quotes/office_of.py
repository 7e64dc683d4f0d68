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

TITLE_WORDS = 3  # words of a title read around its head noun ("secretary - general")
MAX_ARCS = 8  # arcs from the name's first word up to the office noun
# link words between the name and the title: its own complement ("mayor of X", "maire de X"), not a complement of
# a complement ("members of both chambers of the Parliament": the members are no office of the Parliament)
MAX_LINKS = 1


@cache
def voice_roles() -> frozenset[str]:
    """The roles that speak for the body of their office (English role names, shared by every language)."""
    return frozenset(line.strip().lower() for line in lexicons.read_lines("en", "quote_voice_roles.txt"))


def office_title(head: Token, titles: dict[str, str]) -> tuple[str, range]:
    """The role of the office noun ``head`` ("mayor", "maire" → "mayor"), or of a title of a few words holding it
    ("secretary-general", "secrétaire général"), with the indices of the title's words; ("", empty) when it is
    in no title."""
    found = titles.get(head.lower_) or titles.get(head.lemma_.lower())
    if found:
        return found, range(head.i, head.i + 1)
    doc = head.doc
    for start in range(max(head.sent.start, head.i - TITLE_WORDS + 1), head.i + 1):
        for end in range(min(head.sent.end, start + TITLE_WORDS), head.i, -1):
            words = doc[start:end]
            for form in (words.text.lower(), " ".join(t.lower_ for t in words if not t.is_punct)):
                if titles.get(form):
                    return titles[form], range(start, end)
    return "", range(0)


def owns_office(g: QuoteGrammar, title: range, name: Token) -> bool:
    """Whether the name whose first word is ``name`` is the complement of the office whose words are ``title``
    through its own link word ("mayor of X", "chef du X"): the arcs within the name come first, then only
    the link; an apposition ("the mayor, X") or a word of the title itself is no owner."""
    links = g.preposition_object | g.leading
    tok, linked, links_crossed = name, False, 0
    for _ in range(MAX_ARCS):
        if tok.head.i == tok.i or tok.i in title:
            return False
        if tok.dep_ in links:
            links_crossed += tok.dep_ in g.preposition_object  # one a link word, whatever the scheme's arcs
            linked = links_crossed <= MAX_LINKS
            if not linked:
                return False
        elif linked or tok.dep_ in g.apposition:
            return False
        tok = tok.head
        if tok.i in title:
            return linked
    return False


def office_of_named(doc: Doc, g: QuoteGrammar, titles: dict[str, str], voice_roles: Collection[str],
                    head: Token, name_start: int) -> bool:
    """"The mayor of Tolenburg": the name starting at ``name_start`` owns the office ``head`` names, and that
    office does not speak for its owner."""
    role, title = office_title(head, titles)
    if not role or role in voice_roles or name_start <= head.idx:
        return False
    name = next((t for t in doc if t.idx == name_start), None)
    return name is not None and owns_office(g, title, name)
