"""A name the sentence describes as a person is a person under all its mentions.

- in apposition to a person's title, either way round: "the health minister, Omar Haddadi, said",
  "Omar Haddadi, the health minister, said" (the parse's ``appos`` link, the title from ``titles.tsv``);
- right before a relative pronoun that only refers to people ("…, said Ortega, who joined in May";
  ``lexicons/<lang>/person_relatives.txt``).

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
