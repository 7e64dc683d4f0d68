"""A place the gazetteer does not know, written with a level word that belongs to its name: "the Darnytskyi
district", "le district de Darnytskyi" are the place "Darnytskyi District" (``lexicons/<lang>/name_levels.tsv``).

The model reads such a name as a person or an organisation ("Solomianskyi" as PER): the level word says it
is a place. A name the gazetteer knows ("the Kupiansk district") keeps the gazetteer's name (place_names.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.spans import Candidate


@lru_cache(maxsize=8)
def name_levels(lang: str) -> dict[tuple[str, str], str]:
    """(position, lower-case level words) → the level's form in a canonical name (("after", "district") →
    "District")."""
    return {(row["position"], row["form"].lower()): row["english"]
            for row in lexicons.read_tsv(lang, "name_levels.tsv")}


def level_around(doc: Doc, cand: Candidate) -> str | None:
    """The canonical form of the level word right after ("the X district") or before ("le district de X") a
    candidate, or None."""
    levels = name_levels(doc.lang_)
    if cand.end < len(doc) and (level := levels.get(("after", doc[cand.end].lower_))):
        return level
    for (position, form), level in levels.items():
        n = len(form.split())
        if position == "before" and cand.start >= n and " ".join(
                t.lower_ for t in doc[cand.start - n:cand.start]) == form:
            return level
    return None


def retype_names_before_name_levels(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer | None) -> None:
    """"the Solomianskyi district": a name the KB and the gazetteer do not know, next to such a level word, is a
    place."""
    for cand in cands:
        if (cand.actor is None and cand.type != "LOC" and level_around(doc, cand) is not None
                and not (gazetteer is not None and gazetteer.lookup(cand.span(doc).text))):
            cand.type = "LOC"


def level_name(doc: Doc, mentions: list[Candidate]) -> str | None:
    """"Darnytskyi District": the first mention written with a level word, with that word after it, or None."""
    for cand in mentions:
        if (level := level_around(doc, cand)) is not None:
            return f"{cand.span(doc).text} {level}"
    return None
