"""The edges of what was said: a reported content's characters trimmed, and a speech verb's lexicon forms."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar

EDGE_PUNCT = " \t\n\u00a0\u202f,;:—–-"


def speech_verb_forms(g: QuoteGrammar, tok: Token) -> list[str]:
    """The lemma of a speech verb as the lexicon lists it, reflexive forms first ("s'indigner"), a phrasal verb
    with its particle first ("point out")."""
    lemma = tok.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in g.particle]
    if particles:
        return [*particles, lemma]
    if any(c.lemma_.lower() in g.reflexive or c.lower_ in g.reflexive for c in tok.children):  # "s’est indigné"
        return [f"s'{lemma}", f"se {lemma}", lemma]
    return [lemma]


def trim_content(g: QuoteGrammar, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content's characters without edge punctuation and an opening complementizer ("that", "que")."""
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    for word in sorted(g.complementizer, key=len, reverse=True):  # "that", "que" are not part of what was said
        after = start + len(word)
        if text[start:after].lower() == word and (after >= end or not text[after].isalnum() or word[-1] in "'’"):
            start = after
            break
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT + ".":
        end -= 1
    return (start, end) if end > start else None
