"""One person the model split in two: "[Mohamed] [Hamdan Daglo]" → "Mohamed Hamdan Daglo". A lone given name
read as a person of its own, written right before another person's name on the same line (a space between, no
punctuation), is that person's first given name."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate


def join_split_given_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> list[Candidate]:
    """The candidates with every lone given name joined to the person's name right after it."""
    by_start = {c.start: c for c in cands}
    absorbed: set[int] = set()
    for cand in cands:
        nxt = by_start.get(cand.end)
        if (cand.type != "PER" or cand.actor is not None or len(cand.span(doc)) != 1 or nxt is None
                or nxt.type != "PER" or nxt.actor is not None or id(nxt) in absorbed
                or normalize(cand.span(doc).text) not in lex.given_names
                or not doc[cand.start].is_title or "\n" in doc[cand.start].whitespace_
                or not doc[cand.start].whitespace_):
            continue
        nxt.rebound(cand.start, nxt.end)
        absorbed.add(id(cand))
    return [c for c in cands if id(c) not in absorbed]
