"""An act named as what a prohibition forbids is not told happening: "announced a ban on protests", "a moratorium
on executions", "outlawed strikes in the ports", « l'interdiction des manifestations », « a interdit les
rassemblements ». The prohibition may be an act of its own (a restriction); the act it names is negated, as an act
cancelled is (``unrealised.cancelled``).

The act's noun is the object of a prohibiting verb, or the complement of a prohibiting noun through its
preposition ("ban on", "prohibition of", « interdiction de »). Nor does a verb's reading that asks for an act as
its object find it inside a prohibition ("announced a ban on protests" announces no protest:
``trigger_conditions``). Word class ``prohibition`` of ``lexicons/<lang>/event_words.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.syntax import OBJECT

COMPLEMENT = frozenset({"pobj", "nmod", "obl"})


@lru_cache(maxsize=8)
def prohibition_words(lang: str) -> frozenset[str]:
    """The words of prohibiting of a language (word class ``prohibition``)."""
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_words.tsv")
                     if row["role"] == "prohibition")


def names_a_prohibition(token: Token) -> bool:
    """The word forbids what it governs ("a *ban* on protests", « l'*interdiction* des manifestations »)."""
    return token.lemma_.lower() in prohibition_words(token.lang_)


def prohibited(trigger: Token) -> bool:
    """Whether the trigger is an act noun a prohibiting verb or noun forbids (see the module)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.head == trigger:
        return False
    words = prohibition_words(trigger.lang_)
    governor = trigger.head
    if trigger.dep_ in OBJECT or trigger.dep_ in ("nsubjpass", "nsubj:pass"):
        return governor.pos_ == "VERB" and governor.lemma_.lower() in words  # "protests were banned"
    if trigger.dep_ == "pobj" and governor.dep_ == "prep" and governor.head != governor:
        governor = governor.head  # "a ban | on | protests"
    elif trigger.dep_ not in COMPLEMENT:
        return False
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in words
