"""An organisation's name written with its words in another order, or with its country added, is still the
organisation the KB knows: "Conseil national de sécurité et de défense d'Ukraine" is the KB's "Conseil de sécurité
nationale et de défense" (of Ukraine), "Bureau national anticorruption d'Ukraine" its "Bureau national
anticorruption", "the Ukrainian Security and Defense Council", "US Federal Reserve" (or "U.S. …": a country in
capitals, no stop word "us") the "Federal Reserve" … when the KB actor's country is the one named.

Names are compared as bags of content words: lower-case, without accents, without the language's function words
(spaCy's stop words of the language), without a final agreement "-e"/"-s" ("nationale" = "national") and in
one English spelling ("Defence" = "Defense"). A bag
names an actor when an alias of two content words or more has exactly that bag, or that bag once the words
naming the actor's own country (its name, a demonym) are set aside; one actor only, else none. A name that states
no country only names a body of no country ("Programme mondial alimentaire"): every country has its "Conseil de
sécurité national".
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import spacy

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.names import normalize, undotted_acronyms
from wirewatch.nlp.entities.lexicon import EntityLexicon

Bag = tuple[str, ...]


@lru_cache(maxsize=8)
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in spacy.blank(lang).Defaults.stop_words)


_SPELLINGS = ((re.compile(r"ence$"), "ense"), (re.compile(r"isation$"), "ization"), (re.compile(r"our$"), "or"))


def _stem(word: str) -> str:
    """A word without its final agreement letters, in one spelling of English: "nationales" → "national",
    "forces" → "forc", "Defence" = "Defense", "Organisation" = "Organization"."""
    for pattern, spelling in _SPELLINGS:
        word = pattern.sub(spelling, word)
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def word_bag(name: str, lang: str) -> Bag:
    """The sorted content words of a name, stemmed: "Conseil de sécurité nationale" → (conseil, national, securit)."""
    stop = _function_words(lang)
    return tuple(sorted(_stem(w) for w in normalize(name).split() if w not in stop and len(w) > 1))


@lru_cache(maxsize=2)
def _bags(kb: ActorKB) -> dict[tuple[str, Bag], frozenset[str]]:
    """(language, bag) → ids of the organisations with an alias of that bag (two content words or more)."""
    out: dict[tuple[str, Bag], set[str]] = defaultdict(set)
    for actor in kb.actors:
        if actor.type != "ORG" or not actor.has_reference_name:
            continue
        for lang, forms in actor.aliases.items():
            for form in [*forms, actor.name]:
                if len(bag := word_bag(form, lang)) >= 2:
                    out[(lang, bag)].add(actor.id)
    return {key: frozenset(ids) for key, ids in out.items()}


def _country_of_word(word: str, kb: ActorKB, lex: EntityLexicon) -> str | None:
    if country := lex.demonym_country(word):
        return country
    found = kb.lookup(word, lex.lang, "LOC")
    return found.country if found is not None and found.role == "country" else None


def reordered_organisation(text: str, kb: ActorKB, lex: EntityLexicon) -> Actor | None:
    """The one KB organisation ``text`` names with its alias's words reordered or its country added, or None."""
    bags = _bags(kb)
    text = undotted_acronyms(text)  # "U.S. Federal Reserve": "US", a country, not the stop word "us"
    capitals = {normalize(w) for w in text.split() if w.isupper()}
    words = [w for w in normalize(text).split()
             if (w not in _function_words(lex.lang) or w in capitals) and len(w) > 1]
    countries = {w: c for w in words if (c := _country_of_word(w, kb, lex))}
    bag = tuple(sorted(_stem(w) for w in words))
    bare = tuple(sorted(_stem(w) for w in words if w not in countries))
    named = set(countries.values())
    found = {i for i in bags.get((lex.lang, bag), frozenset())
             if (a := kb.by_id(i)) and (a.country in named if named else a.country is None)}
    if len(named) == 1 and len(bare) >= 2:
        found |= {i for i in bags.get((lex.lang, bare), frozenset()) if (a := kb.by_id(i)) and a.country in named}
    return kb.by_id(found.pop()) if len(found) == 1 else None
