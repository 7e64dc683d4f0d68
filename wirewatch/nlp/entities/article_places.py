"""Place names that open with an article: "La Haye" (The Hague), "La Havane", "La Mecque", "Le Cap".

The model often leaves the capitalised article out of the name ("à La [Haye]"), and the rest alone names no place
or another one ("Cap"). A candidate takes the capitalised article written right before it (the articles of
``lexicons/<lang>/name_articles.tsv``) when the gazetteer knows the whole as one place, and the rest alone as no
place, as several ("Havre") that one among them, or as that place whose own name has the article ("The Hague"); it
is then a place.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.spans import Candidate

_NAMED_FEATURES = frozenset({"COUNTRY", "RGN", "ADM1", "PPLC", "PPL", "LANDMARK"})
_MIN_TOWN = 5_000  # as place_names.py: a smaller town shares its name with too many others


@lru_cache(maxsize=8)
def capitalised_articles(lang: str) -> frozenset[str]:
    """The articles a name may open with, as written inside the name ("La", "Le", "L'", "The")."""
    return frozenset(row["article"] for row in lexicons.read_tsv(lang, "name_articles.tsv") if row.get("article"))


def _place_names(gazetteer: Gazetteer, text: str) -> set[str]:
    return {c.place.name for c in gazetteer.lookup(text) if c.place.feature in _NAMED_FEATURES
            and (c.place.feature != "PPL" or c.place.population >= _MIN_TOWN)}


def extend_over_place_articles(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer | None, lang: str) -> None:
    """"à La [Haye]" → "La Haye", a place."""
    if gazetteer is None:
        return
    articles = capitalised_articles(lang)
    taken = {i for c in cands for i in range(c.start, c.end)}
    for cand in cands:
        i = cand.start - 1
        if cand.actor is not None or cand.type == "PER" or i < 0 or i in taken or doc[i].text not in articles:
            continue
        names = _place_names(gazetteer, doc[i:cand.end].text)
        rest = _place_names(gazetteer, cand.span(doc).text)
        if len(names) == 1 and (not rest or (len(rest) > 1 and names <= rest)  # "Le Havre", not "La France"
                                or normalize(next(iter(names))) == normalize(doc[i:cand.end].text)):  # "The Hague"
            cand.rebound(i, cand.end)
            cand.type = "LOC"
            taken.add(i)
