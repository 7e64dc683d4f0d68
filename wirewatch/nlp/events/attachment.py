"""Complements the parser hung one level too high, read where the grammar puts them.

Two attachments the French parser often gets wrong, whatever the text:
- a noun's complement in "de" hung on the verb that governs the noun ("a annoncé le blocage | de dix sites":
  ``obl:arg`` of "annoncé" instead of ``nmod`` of "blocage"): it is the noun's when it starts right after it;
- an object-control infinitive hung on the object ("a prié les rebelles | de déposer les armes": ``acl`` of
  "rebelles" instead of ``xcomp`` of "prié"): its marker ("de", "à") is the verb's.
A trigger's condition on its prepositions (``pp:de=…``, ``prep:de``) reads these as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.syntax import NOMINAL, prep_objects
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT

INFINITIVE_ON_NOUN = frozenset({"acl"})


@lru_cache(maxsize=8)
def complement_prepositions(lang: str) -> frozenset[str]:
    """The prepositions by which a noun takes its complement ("de", "of": word class ``of_prep``)."""
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_words.tsv")
                     if row.get("role") == "of_prep")


def displaced_complements(noun: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) of a complement the parser attached to the noun's verb though it follows the noun
    directly: "le blocage de dix sites", parsed as "bloquer … de dix sites"."""
    if noun.pos_ not in NOMINAL or noun.head == noun or noun.head.pos_ not in ("VERB", "AUX"):
        return
    if noun.dep_ not in OBJECT and noun.dep_ not in SUBJECT and noun.dep_ not in PASSIVE_SUBJECT:
        return
    owned = complement_prepositions(noun.lang_)
    for prep, obj in prep_objects(noun.head):
        # the phrase starts at its preposition: the object's child (UD) or its head (ClearNLP "prep")
        start = min(obj.left_edge.i, obj.head.i) if obj.head != noun.head else obj.left_edge.i
        if obj.i > noun.i and start == noun.right_edge.i + 1 and prep in owned:
            yield prep, obj


def controlled_markers(verb: Token) -> Iterator[Token]:
    """The marker of an infinitive that completes the verb through its object but hangs on the object: "prié
    les rebelles de déposer" → "de"."""
    for obj in verb.children:
        if obj.dep_ not in OBJECT or obj.pos_ not in NOMINAL:
            continue
        for clause in obj.children:
            if clause.dep_ in INFINITIVE_ON_NOUN and "Inf" in clause.morph.get("VerbForm", []) and clause.i > obj.i:
                yield from (m for m in clause.children if m.dep_ == "mark" and m.i < clause.i)
