"""Acts told with no doer and no recipient: kept only when they are the story's own telling of that act.

"Clashes erupted near the university", "a grenade attack hit the residence", "hundreds marched on Sunday": a
short report often names its act and nothing else. Such an act on the ground is recorded when no other event
of its type in the document names a party (it is then the report's event); otherwise it is a vague retelling
of an act already recorded with its actors ("the attack was followed by a fire"), or a figure of speech, and
it is left out. A stance or a meeting (an accusation, talks) with no one taking part is never recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.records import Event

# acts that happen on the ground, which a report can state by their word alone
GROUND_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})


def has_party(event: Event) -> bool:
    return event.source is not None or event.target is not None


def with_parties_or_sole(events: Sequence[Event]) -> list[Event]:
    """The events that name a party, and, per type of act on the ground that none of them names, the first
    telling with no party."""
    named = {e.type for e in events if has_party(e)}
    kept: list[Event] = []
    sole: set[str] = set()
    for event in events:
        if has_party(event):
            kept.append(event)
        elif event.type in GROUND_ACTS and event.type not in named and event.type not in sole:
            sole.add(event.type)
            kept.append(event)
    return kept
