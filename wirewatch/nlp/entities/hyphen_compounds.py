"""A name cut at a hyphen inside a compound word: the French tagger splits « Croix-Rouge » into « Croix », « - »,
« Rouge » and at a sentence start can tag « La Croix » alone (a newspaper's name, a town's); English "Coca-Cola"
may come out as "Coca". The name takes the rest of the compound when the word after the hyphen is written against
it on both sides and is no name of its own: not inside another candidate ("Amsterdam-London": two places), not
a country, region, capital or large town the gazetteer knows, not a given name ("Jean-Pierre" is one already).
Any KB link made on the cut form is dropped, to be made again on the whole name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

NOTABLE_FEATURES = frozenset({"CONT", "COUNTRY", "ADM1", "RGN", "PPLC"})
NOTABLE_POPULATION = 100_000  # a town this large is read as a place after a hyphen ("Amsterdam-Londres")


def _glued_hyphen(doc: Doc, i: int) -> bool:
    return (0 < i < len(doc) - 1 and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def extend_over_hyphen_compounds(doc: Doc, cands: list[Candidate], lex: EntityLexicon,
                                 is_notable_place: Callable[[str], bool]) -> None:
    """« [La Croix]-Rouge » → « La Croix-Rouge »: each candidate takes the hyphenated rest of its last word."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    for cand in cands:
        end = cand.end
        while (end + 1 < len(doc) and _glued_hyphen(doc, end) and end + 1 not in taken
               and doc[end + 1].is_alpha and doc[end + 1].is_title
               and normalize(doc[end + 1].text) not in lex.given_names and not is_notable_place(doc[end + 1].text)):
            end += 2
        if end != cand.end:
            taken.update(range(cand.end, end))
            cand.rebound(cand.start, end)
            cand.actor = None
