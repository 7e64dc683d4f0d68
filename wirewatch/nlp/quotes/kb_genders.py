"""The gender the actor KB knows for a person, for pronouns: « Emmanuel Macron a reçu Angela Merkel. « … »,
a-t-elle déclaré » is Merkel's, "Biden met Kamala Harris. She said …" is Harris's.

A person the KB holds with a gender (Wikidata P21) has that gender. A person it does not hold has the gender of
the given name that opens their name when the KB's persons who bear that given name are all of one gender
("Olaf", "Ursula") and no KB person bears it as a surname ("Kim", "Wang": in names written family name first it
says nothing); a given name borne by one KB person only must also be in the list of given names
(``kb/data/given_names.txt``: not "Pope" or "Gen."), and one given to both sexes
(``kb/data/unisex_given_names.txt``: "Dominique", "Jean") says nothing. The article's own words (an honorific, a
title, an agreeing participle: person_genders.py) come first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import given_names

GENDERED = ("m", "f")


@dataclass(frozen=True)
class KBGenders:
    """Genders by a person's normalised full name, and by a given name."""

    by_name: dict[str, str]
    by_given_name: dict[str, str]

    def of(self, name: str) -> str | None:
        key = normalize(name)
        words = key.split()
        return self.by_name.get(key) or (self.by_given_name.get(words[0]) if len(words) >= 2 else None)


@cache
def kb_genders(kb: ActorKB) -> KBGenders:
    """The genders of ``kb``'s persons (read once per KB)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    given: dict[str, tuple[set[str], int]] = defaultdict(lambda: (set(), 0))
    surnames: set[str] = set()
    for actor in kb.actors:
        if actor.type != "PER":
            continue
        words = normalize(actor.name).split()
        if len(words) >= 2:
            surnames.add(words[-1])
        if actor.gender not in GENDERED:
            continue
        for form in actor.surface_forms():
            if len(normalize(form).split()) >= 2:  # ("Macron" alone may be someone else of the family)
                by_name[normalize(form)].add(actor.gender)
        if len(words) >= 2:
            genders, bearers = given[words[0]]
            given[words[0]] = (genders | {actor.gender}, bearers + 1)
    listed, unisex = given_names(), unisex_given_names()
    return KBGenders(
        {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1},
        {k: next(iter(v)) for k, (v, n) in given.items() if len(v) == 1 and k not in surnames | unisex
         and (n >= 2 or k in listed)},
    )


def unisex_given_names() -> frozenset[str]:
    path = Path(str(resources.files("wirewatch.kb") / "data" / "unisex_given_names.txt"))
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(normalize(w) for w in lines if w.strip() and not w.startswith("#"))
