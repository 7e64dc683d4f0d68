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
