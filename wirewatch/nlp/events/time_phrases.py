"""A time phrase is no party to an act: "gunmen stormed a church on Christmas Day", "attacked the village on New
Year's Day", « ont attaqué l'église le jour de Noël ». The parser may read a named day as an event ("New Year's
Day") or a date, and the preposition "on" both introduces a target ("an attack on the village") and a day: a noun
tagged as a date or a time, or a name headed by a noun of the calendar (``event_time_heads.tsv``: "day", "eve",
« jour », « veille »), is never a target or a source candidate."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.trigger_conditions import TIME_LABELS

FILE = "event_time_heads.tsv"
NAMED_TYPES = frozenset({"PER", "ORG", "LOC"})


@lru_cache(maxsize=4)
def time_heads(lang: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, FILE))


def names_a_time(token: Token, resolver: ActorResolver) -> bool:
    """The token is (the head of) a date or time phrase, or of a calendar day's name (see the module), and is
    not part of a name the entity layer read as a person, an organisation or a place (the parser's date tags
    err on rare surnames: "arrested Deen and Villanueva")."""
    named = resolver.entity_over(token.idx, token.idx + len(token))
    if named is not None and named.type in NAMED_TYPES:
        return False
    if token.ent_type_ in TIME_LABELS:
        return True
    return bool(token.ent_type_) and token.lemma_.lower() in time_heads(token.doc.lang_)
