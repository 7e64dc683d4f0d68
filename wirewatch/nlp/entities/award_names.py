"""Prizes and awards are things: "the Booker Prize", "the Nobel Prize in Literature", "le prix Goncourt", "la Palme
d'or".

The model labels such names as organisations (or places) after their givers and places. A name whose head noun is a
prize's (``lexicons/<lang>/award_nouns.tsv``: last in English, first in French, where the language puts a name's
head) is a thing (MISC), under every mention of the same name. Names the KB links keep their type.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.spans import Candidate


@lru_cache(maxsize=8)
def award_nouns(lang: str) -> frozenset[tuple[str, str]]:
    """(normalised award noun, where it stands in a name: ``first`` or ``last``)."""
    return frozenset((normalize(row["form"]), row["position"]) for row in lexicons.read_tsv(lang, "award_nouns.tsv"))


def names_award(span: Span) -> bool:
    """A name with a prize's noun at the edge its language puts it, or before a lower-case word that opens its
    complement ("Pulitzer Prize for Fiction", "Nobel Prize in Literature"), or that noun alone."""
    nouns = award_nouns(span.doc.lang_)
    words = [normalize(t.text) for t in span]
    if len(words) == 1:  # the noun alone ("the Governor General's [Award]") is no name of its own
        return any((words[0], position) in nouns for position in ("first", "last"))
    if (words[0], "first") in nouns:
        return True
    return any((word, "last") in nouns and (i == len(words) - 1 or span[i + 1].is_lower)
               for i, word in enumerate(words) if i > 0)


def retype_awards(doc: Doc, cands: list[Candidate]) -> None:
    """Every mention of a prize's name is a thing (MISC)."""
    awards = {c.norm(doc) for c in cands if c.actor is None and c.type != "MISC" and names_award(c.span(doc))}
    for cand in cands:
        if cand.actor is None and cand.norm(doc) in awards:
            cand.type = "MISC"
