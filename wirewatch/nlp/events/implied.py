"""What a sentence or its story implies about an event's recipient, place and actors' countries.

One rule decides how a recipient and a place stand for each other: an act done on the ground happens at the
place it is done to ("an attack on Kyiv", "a curfew in Bouaké", "visited Moscow"); a decision, a statement or
talks addressed to a city are addressed to its government, and did not happen there ("sanctions on Moscow",
"des sanctions à Moscou"). A building, a site or a topic named as the other side of a meeting is no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver, country_label
from wirewatch.nlp.events.merge import whole_country
from wirewatch.nlp.events.protest_crowds import protests_at_home
from wirewatch.records import PLOVER_TYPES, Event, EventActor, EventPlace

VIOLENT = frozenset({"ASSAULT"})
PHYSICAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "CONSULT", "AID"})
# acts whose recipient, when none is named, is the place they concern ("imposed a curfew in Bouaké"); not a
# meeting, whose place is its venue ("talks in Istanbul" are not with Istanbul), nor an attack (its victims)
PLACE_RECIPIENT = frozenset(PLOVER_TYPES) - {"CONSULT", "ASSAULT"}
LOCAL_SECTORS = frozenset({"police", "government", "protesters", "civilians", "labor"})
# armed groups left unnamed that fight in their own country, as the police and protesters act in theirs ("the
# rebels", "les milices"), by their records' canonical names (``event_actor_nouns.tsv``); not terrorists,
# jihadists, fighters or attackers, as often from abroad as from where they strike
LOCAL_ARMED = frozenset({"rebels", "militia", "paramilitary forces", "militants"})
VISIT = "visit"


def is_local(actor: EventActor) -> bool:
    """An actor described by a function exercised where it belongs (``LOCAL_SECTORS``, ``LOCAL_ARMED``)."""
    return actor.sector in LOCAL_SECTORS or (actor.sector == "rebels" and actor.name in LOCAL_ARMED)


def on_the_ground(event_type: str, mode: str | None) -> bool:
    """Whether the act is done where its recipient is, so that a place it is done to is also where it happened:
    physical acts, and of meetings only visits ("visited Moscow"; "talks with Moscow" are not in Moscow)."""
    return event_type in PHYSICAL and (event_type != "CONSULT" or mode == VISIT)


def place_recipient(event_type: str, place: EventPlace) -> bool:
    """Whether the place of an event with no named recipient stands for it ("imposed a curfew in Bouaké"): not
    for a meeting or an attack, and for an accusation only a country (its government), never a town."""
    return event_type in PLACE_RECIPIENT and (event_type != "ACCUSE" or whole_country(place))


def as_recipient(event_type: str, mode: str | None, place: EventPlace) -> tuple[EventActor, EventPlace | None]:
    """The recipient a place stands for, and the event's place left: the same place for an act done on the
    ground ("a curfew in Bouaké"), none for one that is not ("des sanctions à Moscou": on Moscow, not there)."""
    recipient = EventActor(name=place.name, country=place.country)
    return recipient, place if on_the_ground(event_type, mode) else None


def counted_victims(noun: Token, resolver: ActorResolver) -> EventActor | None:
    """The victims a toll's noun names by their role ("Attaque à Lyon : deux policiers blessés": the police;
    "two soldiers killed": the military), the target of an act that names none otherwise; a noun of no role
    ("deux personnes", "three residents") leaves them to the default, civilians of the place."""
    actor = resolver.resolve(noun)
    return actor if actor is not None and actor.sector not in (None, "civilians") else None


def fill_from_context(event_type: str, mode: str | None, place: EventPlace | None, context: EventPlace | None,
                      source: EventActor | None, target: EventActor | None, killed: int | None,
                      injured: int | None) -> tuple[EventPlace | None, EventActor | None, EventActor | None]:
    """What the sentence implies: an attack on a country happens there; victims counted without a named
    target are civilians there; a described (unnamed) target, or local actors (police, protesters), are of
    the place's country."""
    if event_type in VIOLENT and place is None and target is not None and target.country is not None \
            and target.sector in (None, "government"):
        place = EventPlace(name=country_label(target.country), country=target.country)
    nearby = place or context
    country = nearby.country if nearby is not None else None
    if event_type in VIOLENT and target is None and (killed is not None or injured is not None):
        target = EventActor(name="civilians", country=country, sector="civilians")
    if target is None and nearby is not None and place_recipient(event_type, nearby):
        target, left = as_recipient(event_type, mode, nearby)  # "imposed a curfew in Bouaké"
        place = left if place is nearby else place
    if target is not None and target.country is None and target.entity is None and country is not None:
        target = target.model_copy(update={"country": country})
    if source is not None and source.country is None and source.entity is None and country is not None \
            and (is_local(source) or protests_at_home(source, event_type)):
        source = source.model_copy(update={"country": country})
    return place, source, target


def visit_abroad(source: EventActor | None, place: EventPlace | None) -> EventActor | None:
    """The country visited when the visit's destination is a thing (a hospital, a factory, a site): a visit
    to a hospital in Kyiv by a foreign leader is a visit to Ukraine; at home, or where the visitor's country is
    unknown, it visits no one (None)."""
    if source is None or source.country is None or place is None or place.country is None \
            or place.country == source.country:
        return None
    return EventActor(name=country_label(place.country), country=place.country)


def with_home_country(actor: EventActor | None, resolver: ActorResolver, home: str | None,
                      event_type: str) -> EventActor | None:
    """A person or organisation of unknown country acting in a story set in one country is taken to be of
    it ("President X extended the curfew in Abidjan"), and so are local descriptions ("the police", "the
    army" withdrawing; not an army attacking, which is as often foreign)."""
    if actor is None or actor.country is not None or home is None:
        return actor
    if actor.entity is None:
        local = is_local(actor) or (actor.sector == "military" and event_type not in VIOLENT) \
            or protests_at_home(actor, event_type)
        return actor.model_copy(update={"country": home}) if local else actor
    if resolver.entity_type(actor.entity) not in ("PER", "ORG") or resolver.known_entity(actor.entity):
        return actor  # places keep theirs; an entity the KB knows without a country is international (UN)
    return actor.model_copy(update={"country": home})


def host_first(source: EventActor | None, target: EventActor | None,
               place: EventPlace | None) -> tuple[EventActor | None, EventActor | None]:
    """The host of a meeting is its source: "the envoy met the president in Moscow" → the Russian side."""
    if source is None or target is None or place is None or place.country is None or target.name == place.name \
            or (target.entity is None and target.sector is None):
        return source, target  # a thing named (a topic, a building) hosts no one
    if target.country == place.country and source.country != place.country:
        return target, source
    return source, target


def host_at_home(event: Event, home: EventPlace | None) -> Event:
    """A meeting placed, after merging, where the story is (``finish.with_home_place``) has the side of that
    country as its host, as one whose place its sentence names ("his visits, during which he held talks with the
    Russian leader", in a story from Moscow); applied after the story's place is known."""
    if event.type != "CONSULT" or event.place is None or home is None or event.place.country != home.country:
        return event
    source, target = host_first(event.source, event.target, event.place)
    return event if source is event.source else event.model_copy(update={"source": source, "target": target})
