"""A state and its armed forces are one doer of an act: "the Israel Defense Forces struck a house" and "Israel
bombed the house" tell one strike. The KB says which entities are a country itself (its LOC actor, role
``country``) and which are a country's armed forces (role ``armed forces``); any other two actors of one country
(a government and a rebel group, two militias) stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.nlp.events.actor_resolver import ActorLookup
from wirewatch.records import Entity

STATE_ROLES = frozenset({"country", "armed forces"})


def state_sides(entities: Sequence[Entity], kb: ActorLookup | None) -> dict[str, str]:
    """Entity id → country for the entities that are a state or its armed forces."""
    if kb is None:
        return {}
    sides: dict[str, str] = {}
    for entity in entities:
        actor = kb.lookup(entity.name) if entity.country is not None else None
        if actor is not None and actor.country is not None and actor.role in STATE_ROLES \
                and actor.country == entity.country:
            sides[entity.id] = actor.country
    return sides
