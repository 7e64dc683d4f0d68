"""Names a place's possessive owns: "Spain's Rodri", "Brazil's Neymar", "Japan's KEIDANREN".

After a country's possessive the model often copies the country's label onto the name that follows ("Spain's
Rodri" as two places). A place owned by a place is a real construction ("Russia's Kursk region", "Sudan's Darfur"),
but then the gazetteer knows the owned name; a name the gazetteer does not know as a place, owned by a place, is
who or what belongs to it: a person, or an organisation when it is written as an acronym.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate


def retype_place_owned_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon,
                             gazetteer: Gazetteer | None) -> None:
    """"Spain's Rodri": a place the gazetteer does not know, right after a place's possessive, is a person (an
    organisation when in capitals)."""
    if gazetteer is None:
        return
    place_ends = {c.end for c in cands if c.type == "LOC"}
    for cand in cands:
        marker = cand.start - 1
        if (cand.actor is not None or cand.type != "LOC" or marker < 1 or doc[marker].text not in lex.possessives
                or marker not in place_ends or gazetteer.lookup(cand.span(doc).text)):
            continue
        cand.type = "ORG" if cand.span(doc).text.isupper() else "PER"
