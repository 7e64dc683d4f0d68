"""A person named by function or kind ("le candidat", "the witness", "le maire") is an actor even with no
country stated: the doer of "le candidat a concédé sa défaite". Taken only when no candidate names an actor
the resolver knows, so that a person noun never displaces one with a country."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.events.actor_resolver import ActorResolver, holds_a_title
from wirewatch.nlp.events.syntax import span_of_phrase
from wirewatch.records import EventActor


@lru_cache(maxsize=8)
def person_nouns(lang: str) -> frozenset[str]:
    """Nouns of persons by what they do or are ("candidat", "witness"): the quotes layer's speakers without a
    name (``quote_speaker_nouns.txt``), who are as well those who act."""
    return frozenset(line.lower() for line in lexicons.read_lines(lang, "quote_speaker_nouns.txt"))


def names_a_person(token: Token, resolver: ActorResolver) -> bool:
    return token.pos_ == "NOUN" and not resolver.names_no_actor(token) and (
        holds_a_title(token, resolver.lexicon) or token.lemma_.lower() in person_nouns(resolver.lexicon.lang))


def first_person(candidates: tuple[Token, ...],
                 resolver: ActorResolver) -> tuple[Token | None, EventActor | None]:
    """The first candidate that names a person by function, as an actor of no country."""
    for token in candidates:
        if names_a_person(token, resolver):
            start, end = span_of_phrase(token)
            return token, EventActor(name=doc_text(token.doc)[start:end])
    return None, None
