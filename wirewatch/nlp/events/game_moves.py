"""A sports team's "attack" is a move of the game, not an assault: "L'OL a attaqué fort en début de match",
"Manchester United attacked down the left". The test is general: the source is a team or club (an actor of the
sector "sport", ``kb/data/actors*.jsonl`` from Wikidata), no one is counted killed or injured, and what it acts on
is no party of public role: nothing, a thing ("le but adverse") or another team. Supporters of a club who attack
the police keep their act, whatever name the resolver gives them ("des supporters du PSG ont attaqué des
policiers")."""

from __future__ import annotations

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.commercial_acts import organisation_entry
from wirewatch.records import EventActor

SPORT_SECTORS = frozenset({"sport"})
GAME_MOVES = frozenset({"ASSAULT", "COERCE", "THREATEN"})  # "attacked", "crushed", "put under pressure"


def is_team(actor: EventActor | None, resolver: ActorResolver) -> bool:
    """The actor is a sports team or club, by its sector or by the knowledge base's entry for its entity."""
    if actor is None:
        return False
    if actor.sector in SPORT_SECTORS:
        return True
    known = organisation_entry(actor, resolver)
    return known is not None and getattr(known, "sector", None) in SPORT_SECTORS


def game_move(event_type: str, source: EventActor | None, target: EventActor | None, harmed: bool,
              resolver: ActorResolver) -> bool:
    """A forceful act whose doer is a team, harming no one, on nothing, a thing or a team (see the module)."""
    if event_type not in GAME_MOVES or harmed or not is_team(source, resolver):
        return False
    return target is None or (target.sector is None and target.entity is None) or is_team(target, resolver)
