"""Who protests when a crowd is counted, not named: the protesters, of the country where they protest.

"Thousands rally in Paris against the reform", "Hundreds marched through Nairobi", « Des milliers de personnes
manifestent à Lyon », « Des centaines ont défilé »: the subject of a protest is a quantity (word class
``quantity``, or a number) with no one named in it, or a description of people as such ("people", "residents",
« personnes », sector ``civilians``). Both are the protesters (PLOVER PROTEST's usual source). People protest where
they are: an unnamed group protesting (farmers, students, teachers, protesters) is of the country of the place of
the protest ("Hundreds of farmers protested in Nairobi" → farmers of Kenya), as the police and the protesters
already are for every act (``implied.is_local``); an armed group is not (``implied.LOCAL_ARMED`` decides that).
Nor does one who stops a protest protest: "police prevented the demonstration", "broke up a protest"
(``repressed_protest``): the protest noun's source is then not the verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import prep_objects, span_of_head, subject_of
from wirewatch.nlp.events.trigger_conditions import lookup, reading
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import EventActor

PROTEST = "PROTEST"
PROTESTERS = "protesters"
UNARMED_SECTORS = frozenset({"civilians", "protesters", "labor", "agriculture", "education", "health", "media"})
REPRESSION_TYPES = frozenset({"COERCE", "ASSAULT"})


def is_count(token: Token, lexicon: EventLexicon) -> bool:
    """A word that counts people without saying who they are ("thousands", "a crowd", "5,000", « des milliers »)."""
    lower = token.lower_
    return lower in lexicon.word_class("quantity") or token.lemma_.lower() in lexicon.word_class("quantity") \
        or lower in lexicon.numbers or (token.like_num and token.pos_ in ("NUM", "NOUN"))


def counted_crowd(subject: Token, lexicon: EventLexicon) -> bool:
    """The subject counts a crowd and names no one in it: "thousands", "tens of thousands", « des milliers »;
    not "thousands of farmers" (the farmers are named, the resolver finds them)."""
    node = subject
    for _ in range(4):  # "tens of thousands of …": a few counts deep at most
        if not is_count(node, lexicon):
            return False
        members = [obj for prep, obj in prep_objects(node) if obj.i > node.i
                   and prep not in lexicon.word_class("place_prep")]
        if not members:
            return True
        node = members[0]
    return False


def protesting_crowd(trigger: Token, event_type: str, source: EventActor | None,
                     lexicon: EventLexicon) -> EventActor | None:
    """The source of a protest told by a verb whose subject is a crowd counted or described as people: the
    protesters (their country, when the description gave one, kept); any other source as it is."""
    if event_type != PROTEST:
        return source
    if source is not None:
        if source.entity is None and source.sector == "civilians":
            return EventActor(name=PROTESTERS, country=source.country, sector=PROTESTERS)
        return source
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(trigger)
    if subject is not None and counted_crowd(subject, lexicon):
        return EventActor(name=PROTESTERS, sector=PROTESTERS)
    return None


def repressed_protest(noun: Token, event_type: str, source_span: tuple[int, int] | None,
                      lexicon: EventLexicon) -> bool:
    """A protest named as the object of an act that stops it ("police prevented the demonstration", "broke up a
    protest", « a empêché la manifestation »: a coercion or an assault by the verb's reading): the verb's subject
    is who stops it, never who protests, so a source taken from that subject is no protester."""
    if event_type != PROTEST or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in OBJECT or source_span is None:
        return False
    verb = noun.head
    entry = reading(verb, lookup(verb, lexicon)) if verb.pos_ in ("VERB", "AUX") else None
    subject = subject_of(verb) if entry is not None and entry.type in REPRESSION_TYPES else None
    return subject is not None and span_of_head(subject) == source_span


def protests_at_home(actor: EventActor | None, event_type: str) -> bool:
    """An unnamed, unarmed group protesting: of the country where it protests."""
    return event_type == PROTEST and actor is not None and actor.entity is None \
        and actor.sector in UNARMED_SECTORS
