"""Several events of one type in one sentence: "strikes on A, a drone strike on B and an attack on C" are three
assaults when the words are listed together and name different places or recipients."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.events.context import NOWHERE, conjoined_places
from wirewatch.nlp.events.implied import VIOLENT, with_home_country
from wirewatch.nlp.events.stranded_subjects import stranded_subject
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import Event, EventActor


def coordinated(a: Token, b: Token) -> bool:
    """Two words of one list: conjoined, in apposition or in the same role of one word ("there were strikes
    on A, a drone strike on B and an attack on C"), or the objects of two conjoined verbs ("the EU released
    funds and Japan announced aid", "l'UE a débloqué des fonds et le Japon a annoncé une aide")."""
    if listed(a, b):
        return True
    clause_a, clause_b = clause_word(a), clause_word(b)
    return (clause_a, clause_b) != (a, b) and clause_a != clause_b and (
        listed(clause_a, clause_b) or stranded_clause(clause_a, clause_b) or stranded_clause(clause_b, clause_a))


def stranded_clause(a: Token, b: Token) -> bool:
    """``b`` is a clause the parser hung on ``a`` though coordinated with it: its own subject was attached
    inside ``a``'s clause (``stranded_subjects``)."""
    return b.head == a and b.i > a.i and stranded_subject(b) is not None


def clause_word(token: Token) -> Token:
    """The verb a noun names its act as the object of ("announced aid" → announced), else the word itself."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in OBJECT and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def listed(a: Token, b: Token) -> bool:
    links = ("conj", "appos")
    siblings = a.head == b.head and a != b and (a.dep_ == b.dep_ or (a.dep_ in links and b.dep_ in links))
    return (a.dep_ in links and a.head == b) or (b.dep_ in links and b.head == a) or siblings


def told_apart(a: Event, b: Event) -> bool:
    """Two tellings of one type in a list are two events when they name different places, recipients or doers
    ("the EU released funds and Japan announced aid")."""
    places = a.place is not None and b.place is not None and a.place.name != b.place.name
    targets = a.target is not None and b.target is not None and a.target.name != b.target.name
    sources = a.source is not None and b.source is not None and a.source.name != b.source.name
    return places or targets or sources


def pooled_target(kept: EventActor | None, other: EventActor | None, same_word: bool) -> EventActor | None:
    """The target two tellings of one event pool: the first one's, unless one word read in two frames (an act
    and a blame) gives a place standing in for the recipient in one and names the recipient in the other
    ("condemned as a crime Chad's seizure of cattle from a village in Niger": Chad, not Niger)."""
    stand_in = kept is not None and kept.entity is None and kept.sector is None
    if same_word and stand_in and other is not None and other.entity is not None:
        return other
    return kept or other


def partner_events(event: Event, arguments: Arguments, resolver: ActorResolver, home: str | None, place_hops: int,
                   sent: Span) -> list[Event]:
    """The same event for each other recipient conjoined with its target ("Britain and France will pay"), each
    other doer conjoined with its source ("Germany and Finland sent aid"), and, for an attack, each other place
    conjoined with its place ("in the Kharkiv and Donetsk regions, they struck homes": one strike in each)."""
    partners = [event.model_copy(update={"target": with_home_country(other, resolver, home, event.type)})
                for other in arguments.co_targets]
    partners += [event.model_copy(update={"source": with_home_country(other, resolver, home, event.type)})
                 for other in arguments.co_sources]
    if event.type in VIOLENT and event.place is not None and place_hops < NOWHERE:
        partners += [event.model_copy(update={"place": other})
                     for other in conjoined_places(sent.doc, sent, event.place, sent.doc._.ww_places or [])]
    return partners
