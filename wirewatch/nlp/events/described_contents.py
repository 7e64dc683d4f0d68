"""What an object is said to contain or to be, by a participle that describes it: "packages containing explosives",
"a boat carrying weapons", "a car packed with explosives", "parcels identified as explosive devices". An object
condition on the verb ("intercepted" + a weapon) holds through it: a container seized for what it holds is its
content seized (CAMEO 1711 "confiscate property" names the weapons, not the parcel)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.syntax import OBJECT

DESCRIBING = frozenset({"acl", "amod"})  # a participle on the noun ("packages containing …", "bags filled with …")
FILE = "content_prepositions.txt"  # "packed with explosives", "identified as explosive devices"


def described_contents(objects: Iterable[Token]) -> Iterator[Token]:
    """The nouns a participle on each object names as its content or its nature: its object, or the noun after
    one of the language's content prepositions (``content_prepositions.txt``: "with", "as"; "de", "comme")."""
    for obj in objects:
        prepositions = lexicons.read_lines(obj.lang_, FILE)
        for participle in obj.children:
            if participle.dep_ not in DESCRIBING or "Part" not in participle.morph.get("VerbForm", []):
                continue
            for child in participle.children:
                if child.dep_ in OBJECT:
                    yield child
                elif child.dep_ in ("prep", "obl", "nmod") and content_preposition(child, prepositions):
                    yield from (g for g in (child, *child.children) if g.dep_ in ("pobj", "obl", "nmod"))


def content_preposition(phrase: Token, prepositions: tuple[str, ...]) -> bool:
    """An English preposition ("with"), or the case marker of a French oblique ("chargé d'explosifs")."""
    return phrase.lower_ in prepositions or any(c.dep_ == "case" and c.lower_ in prepositions
                                                 for c in phrase.children)
