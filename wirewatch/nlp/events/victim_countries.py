"""Whose country the victims of an attack are of when the sentence names no place: not the attacker's. A story's
home country (the country its places are mostly in, or the only one it names, often through the attacker's
demonym: "An Israeli airstrike killed two soldiers", "a Russian drone hit a depot") is no evidence of the victims'
side when it is the attacker's own; an army, a state or an armed group strikes abroad as often as at home. The
police, a government or protesters act where they are (``implied.is_local``), so their victims keep the home
country ("police shot two protesters"), and a place told in the sentence decides in any case ("killed two in
Tyre")."""

from __future__ import annotations

from wirewatch.nlp.events.implied import VIOLENT, is_local
from wirewatch.records import EventActor, EventPlace


def victims_home(event_type: str, source: EventActor | None, home: str | None,
                 nearby: EventPlace | None) -> str | None:
    """The home country an attack's unnamed victims may be given: none when it is only the story's and is the
    attacker's own (see the module)."""
    if event_type not in VIOLENT or nearby is not None or source is None or is_local(source):
        return home
    return None if source.country is not None and source.country == home else home
