"""A sentence that says how often acts of a kind happen tells no act: the plural act noun is the subject of a
predicate of frequency ("killings of journalists are common here", "kidnappings remain frequent", "such raids have
become routine", « les enlèvements sont fréquents », « les attaques restent monnaie courante ») or of a verb of
occurrence told habitual by a frequency adverb or a recurring period ("bombings happen every week", "such attacks
often occur", « les attentats se produisent chaque semaine »). A singular act noun names one act ("the attack was
rare in its violence") and is left alone, as is a past told with a date ("the raids were frequent in May" still
says how often, and is no single act either, so it goes too: no tense condition).

Words: ``event_generic_words.tsv`` (classes ``frequency``, ``period``, ``occurrence``) and the adverbs of the
word class ``iterative`` of ``event_words.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.syntax import CONJ, NOMINAL_SUBJECT

FILE = "event_generic_words.tsv"
PREDICATE_COMPLEMENT = frozenset({"acomp", "xcomp", "attr", "oprd"})  # "remain frequent", « restent courantes »
COPULA = frozenset({"cop"})  # « sont fréquents »: the adjective heads the clause


@dataclass(frozen=True)
class GenericWords:
    frequency: frozenset[str]  # adjectives of frequency ("common", « fréquent »)
    period: frozenset[str]  # determiners of a recurring period ("every", « chaque »)
    occurrence: frozenset[str]  # verbs of occurrence ("happen", « se produire »)


@lru_cache(maxsize=4)
def generic_words(lang: str) -> GenericWords:
    kinds: dict[str, set[str]] = {"frequency": set(), "period": set(), "occurrence": set()}
    for row in lexicons.read_tsv(lang, FILE):
        kinds.setdefault(row["role"], set()).add(row["word"].lower())
    return GenericWords(frozenset(kinds["frequency"]), frozenset(kinds["period"]), frozenset(kinds["occurrence"]))


def is_plural(token: Token) -> bool:
    return "Plur" in token.morph.get("Number", []) or token.tag_ in ("NNS", "NNPS")


def predicate_of(token: Token) -> Token | None:
    """The head of the clause whose subject the act noun (or the first of a coordination it belongs to) is."""
    while token.dep_ == CONJ and token.head != token:
        token = token.head
    return token.head if token.dep_ in NOMINAL_SUBJECT and token.head != token else None


def states_frequency(token: Token, iterative: frozenset[str]) -> bool:
    """The trigger is a plural act noun whose clause says how often such acts happen (see the module)."""
    if token.pos_ != "NOUN" or not is_plural(token):
        return False
    head = predicate_of(token)
    if head is None:
        return False
    words = generic_words(token.doc.lang_)
    if head.lemma_.lower() in words.frequency and any(c.dep_ in COPULA for c in head.children):
        return True  # « les enlèvements sont fréquents », « sont monnaie courante »
    if any(c.dep_ in PREDICATE_COMPLEMENT and c.lemma_.lower() in words.frequency for c in head.children):
        return True  # "are common", "remain frequent", "have become routine"
    if head.lemma_.lower() not in words.occurrence:
        return False
    return any(c.lower_ in iterative or any(d.lower_ in words.period for d in c.children)
               for c in head.children)  # "often occur", "happen every week", « chaque semaine »
