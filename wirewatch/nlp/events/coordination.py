"""Actors coordinated with an event's source or target: each of another country than the first one takes part
in an event of its own ("sanctions on the US and Israel", "aid from Germany and Finland")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.records import EventActor

if TYPE_CHECKING:
    from wirewatch.nlp.events.actor_resolver import ActorResolver


def co_targets(token: Token | None, target: EventActor | None, resolver: ActorResolver) -> tuple[EventActor, ...]:
    """The recipients conjoined with the target, each of a country of its own: one event each (not for a
    meeting or an agreement, whose conjoined sides are its parties)."""
    if token is None or target is None or target.country is None:
        return ()
    out: list[EventActor] = []
    for other in token.conjuncts:
        actor = resolver.resolve(other)
        if actor is not None and actor.country is not None and actor.country != target.country \
                and all(actor.country != seen.country for seen in out):
            out.append(actor)
    return tuple(out)


SEPARATORS = frozenset({",", ";"})
NAME_PARTS = frozenset({"compound", "flat", "flat:name", "fixed"})


def coordinated_with(token: Token) -> list[Token]:
    """The nouns coordinated with the token: its conjuncts, and an enumeration that follows it which the parser
    attached elsewhere ("l'aide de l'Allemagne, la Roumanie et la Finlande", with "Roumanie" a conjunct of
    "aide"): after the phrase, each separator or conjunction, then a noun parsed as some conjunct."""
    out = list(token.conjuncts)
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].head == token and doc[i].dep_ in NAME_PARTS:
        i += 1
    while i + 1 < len(doc) and (doc[i].text in SEPARATORS or doc[i].dep_ == "cc"):
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        if j >= len(doc) or doc[j].dep_ != "conj" or doc[j].pos_ not in ("PROPN", "NOUN"):
            break
        if doc[j] not in out and doc[j] != token:
            out.append(doc[j])
        i = j + 1
        while i < len(doc) and doc[i].head == doc[j] and doc[i].dep_ in NAME_PARTS:
            i += 1
    return out


def co_sources(token: Token | None, source: EventActor | None, resolver: ActorResolver) -> tuple[EventActor, ...]:
    """The doers coordinated with the source, each of a country of its own: one event each ("Germany and
    Finland sent aid"; not for a meeting or an agreement, whose coordinated sides are its parties)."""
    if token is None or source is None or source.country is None:
        return ()
    out: list[EventActor] = []
    for other in (t for anchor in (token, *country_words(token, source, resolver)) for t in coordinated_with(anchor)):
        actor = resolver.resolve(other)
        if actor is not None and actor.country is not None and actor.country != source.country \
                and all(actor.country != seen.country for seen in out):
            out.append(actor)
    return tuple(out)


def country_words(token: Token, actor: EventActor, resolver: ActorResolver) -> list[Token]:
    """The names inside a phrase that give it the actor's country ("l'aide de l'Allemagne" → "Allemagne")."""
    if actor.country is None:
        return []
    return [t for t in token.subtree if t != token and t.pos_ == "PROPN"
            and (entity := resolver.entity_over(t.idx, t.idx + len(t.text))) is not None
            and resolver.country_of_entity(entity) == actor.country]
