"""A name the sentence describes as a person is a person under all its mentions.

- in apposition to a person's title, either way round: "the health minister, Omar Haddadi, said",
  "Omar Haddadi, the health minister, said" (the parse's ``appos`` link, the title from ``titles.tsv``);
- right before a relative pronoun that only refers to people ("…, said Ortega, who joined in May";
  ``lexicons/<lang>/person_relatives.txt``);
- the end of a person's full name the article writes: "Ursula von der Leyen" … "Von der Leyen said" (a particle
  capitalised at the start of a sentence), "Omar Haddadi" … "Haddadi" read as an organisation.

The model's ORG label for such a name is then wrong ("Haddadi" as ORG); names the KB knows, names with an
organisation's or a place's head noun ("Ministry", "Airport"), and names read as places keep their type.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_APPOSITION = "appos"


@lru_cache(maxsize=8)
def person_relatives(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "person_relatives.txt"))


def _is_title(token: Token, lex: EntityLexicon) -> bool:
    return token.is_lower and lex.title_role(token.text) is not None


def described_as_person(doc: Doc, cand: Candidate, lex: EntityLexicon) -> bool:
    span = cand.span(doc)
    root = span.root
    if root.dep_ == _APPOSITION and _is_title(root.head, lex):
        return True
    if any(child.dep_ == _APPOSITION and _is_title(child, lex) for child in root.children if child.i >= span.end):
        return True
    i = cand.end + (1 if cand.end < len(doc) and doc[cand.end].text == "," else 0)
    return i < len(doc) and doc[i].lower_ in person_relatives(lex.lang)


def retype_described_persons(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """Organisation names described as persons (see the module's docstring), and their other organisation
    mentions, become PER (a place stays a place: "Marseille, who finished third" is the club's town)."""
    persons = set()
    for cand in cands:
        if cand.actor is not None or cand.type != "ORG":
            continue
        words = cand.norm(doc).split()
        if any(w in lex.name_heads for w in words) or len(words) > 4:
            continue
        if described_as_person(doc, cand, lex):
            persons.add(cand.norm(doc))
    for cand in cands:
        if cand.actor is None and cand.type == "ORG" and cand.norm(doc) in persons:
            cand.type = "PER"


def retype_person_name_ends(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """A name the KB does not hold that is the end of a person's longer name in the article is that person's
    surname: an organisation or other name, or a place of two words or more ("Von der Leyen"; a one-word place
    stays: "Washington" is rather the city than George Washington's surname)."""
    ends = {tuple(words[k:]) for c in cands if c.type == "PER"
            for words in [c.norm(doc).split()] for k in range(1, len(words))}
    for cand in cands:
        if cand.actor is not None or cand.type == "PER" or cand.origin in ("gazetteer", "dateline", "descriptor"):
            continue
        words = cand.norm(doc).split()
        if (tuple(words) in ends and not any(w in lex.name_heads for w in words)
                and (cand.type != "LOC" or len(words) > 1)):
            cand.type = "PER"
