"""A nationality noun glued before a person's name: "l'Espagnol Iturrioz", "Briton Jane Holloway".

News introduces a foreign person by their nationality noun ("la Britannique …", "Spaniard …"); the model often
reads the noun and the name as one name. The demonym is no part of the name: it is a nationality of its own (it
gives the person's entity its country, component.py) and the rest is the person. That holds where the noun stands
for a person: the model called the whole a person, or, in a language that writes its adjectives of nationality in
lower case, an article stands before the capitalised noun ("l'Espagnol"). Names of organisations keep their
demonym ("Turkish Red Crescent"), and so do names the KB knows; a rest the KB knows as an organisation only is one
("l'Américain Boeing").
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate


def _names_a_person(doc: Doc, cand: Candidate, lex: EntityLexicon) -> bool:
    if cand.type == "PER":
        return True
    before = doc[cand.start - 1] if cand.start > 0 else None
    return cand.type == "MISC" and before is not None and before.lower_ in lex.trim_words


def split_leading_demonyms(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """The candidates, a person's leading nationality noun apart ("Briton [Jane Holloway]"); the rest is a person
    unless the KB knows it as an organisation only ("l'Américain Boeing")."""
    out: list[Candidate] = []
    for cand in cands:
        span = cand.span(doc)
        if (cand.actor is None and len(span) >= 2 and span[0].is_title and span[1].is_title
                and lex.demonym_country(span[0].text) is not None and normalize(span[0].text) not in lex.given_names
                and _names_a_person(doc, cand, lex)):  # "Roman Vasquez": a given name first
            out.append(Candidate(cand.start, cand.start + 1, "MISC", cand.origin))
            cand.rebound(cand.start + 1, cand.end)
            known = {a.type for a in kb.candidates(cand.span(doc).text, lex.lang)}
            cand.type = "ORG" if known and "PER" not in known else "PER"
        out.append(cand)
    return out
