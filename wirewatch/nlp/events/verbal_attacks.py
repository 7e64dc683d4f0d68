"""An attack in words: a noun "attack" harming no one, with no weapon, whose place is not told with a place
preposition, made by a person who bears no arms ("Trump's attacks on Canada angered Ottawa": Ottawa, the object of
another verb, is no place of the attack) or by no one named on a side of a political contest ("closing the rally
with further attacks on the press", « de nouvelles attaques contre le parti »; ``event_verbal_targets.tsv``) or on a
person by name ("attacks on Clinton"). An attack with a toll, a weapon or a place told ("the attack on the party's
offices in Kyiv", "a knife attack on the writer") stays an assault. The person case is ``non_events.
personal_attack``, to which ``told_where`` gives the place only when a place preposition tells it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.context import after_place_prep
from wirewatch.records import EventActor, EventPlace, Place

FILE = "event_verbal_targets.tsv"
NOUNS = frozenset({"NOUN"})


@lru_cache(maxsize=4)
def verbal_targets(lang: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, FILE))


def told_where(token: Token, place: EventPlace | None, sent: Span, places: Sequence[Place],
               place_preps: frozenset[str]) -> bool:
    """Whether the event has a place the sentence tells: for a verb, any place found; for an act noun, one a
    place preposition introduces ("attacks in Ottawa", not "attacks on Canada angered Ottawa"), or the place one
    attack is made on ("Putin's attack on Ukraine"; repeated "attacks on Canada" by a person are words)."""
    if place is None:
        return False
    if token.pos_ not in NOUNS:
        return True
    phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]
    one = "Plur" not in token.morph.get("Number", [])
    return any(after_place_prep(token.doc, m.start, place_preps)
               or (one and phrase.start_char <= m.start < phrase.end_char)
               for p in places if p.name == place.name
               for m in p.mentions if sent.start_char <= m.start < sent.end_char)


def unsigned_verbal_attack(token: Token, event_type: str, source: EventActor | None, target: EventActor | None,
                           resolver: ActorResolver, harmed: bool, armed: bool, placed: bool) -> bool:
    """An attack noun by no one named, harming no one, with no weapon (``armed``: a mode is told) and no place,
    on a named person or a side of a political contest (see the module)."""
    if event_type != "ASSAULT" or token.pos_ not in NOUNS or source is not None or target is None \
            or harmed or armed or placed:
        return False
    if target.entity is not None and resolver.entity_type(target.entity) == "PER":
        return True
    words = verbal_targets(token.doc.lang_)
    return any(t.lemma_.lower() in words for t in token.subtree if t.i > token.i)
