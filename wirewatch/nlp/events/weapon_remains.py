"""Remains of a weapon are no weapon: "fragments of a grenade were recovered", "pieces of the rocket found near the
school", "des éclats d'obus retrouvés". After a blast, what is picked up from the scene is evidence of the attack
already told, not arms confiscated (CAMEO 1711 names property seized, a cache found). A noun of remains
(``weapon_remains.txt``) keeps an object condition from reaching the weapon it governs by a preposition, as a
quantity ("a cache of weapons") lets it."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch import lexicons

FILE = "weapon_remains.txt"


def names_remains(token: Token) -> bool:
    """The noun names the remains of something ("fragments", "debris", "éclats")."""
    words = lexicons.read_lines(token.lang_, FILE)
    lemma = token.lemma_.lower()
    return lemma in words or token.lower_ in words or lemma.rstrip("s") in words
