"""When and where: the temporal expression and the location attached to an event, from the dates and places
layers computed before us. Attached means reached from the trigger through the parse without crossing
another clause; failing that, the sentence's; the date then falls back on the publication date for an
asserted event in a past or present tense."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.events.place_levels import level_nouns
from wirewatch.nlp.syntax import AUXILIARY, DIRECT_OBJECT, RELATIVE_CLAUSE, SUBJECT, VERB_COMPLEMENT
from wirewatch.nlp.syntax import NOUN_MODIFIER as NOUN_MODIFIER_DEPS
from wirewatch.records import EventPlace, Place, TimeExpr

Elsewhere = Callable[[int, int, Token], bool]  # whether a span (start, end) tells of another act than the trigger's
MAX_HOPS = 6
NOWHERE = 99


def hops_to(token: Token, trigger: Token) -> int | None:
    """Heads climbed from ``token`` to ``trigger``; None when a different clause's verb comes first."""
    node = token
    for hop in range(MAX_HOPS + 1):
        if node == trigger:
            return hop
        if node.head == node:
            return None
        if hop > 0 and node.pos_ in ("VERB", "AUX") and node != trigger:
            return None
        node = node.head
    return None


def distance(start: int, end: int, trigger: Token, doc: Doc) -> tuple[int, int]:
    """(hops through the parse, characters) from the trigger to a span: attached expressions come first."""
    span = doc.char_span(start, end, alignment_mode="expand")
    unattached = MAX_HOPS + 2
    if span is None:
        return (unattached, abs(start - trigger.idx))
    hops = [h for h in (hops_to(t, trigger) for t in span) if h is not None]
    clause = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    if not hops and clause != trigger:
        hops = [h + 1 for h in (hops_to(t, clause) for t in span) if h is not None]
    return (min(hops) if hops else unattached, abs(start - trigger.idx))


def event_date(trigger: Token, sent: Span, dates: Sequence[TimeExpr], elsewhere: Elsewhere | None = None
               ) -> str | None:
    """The value of the temporal expression attached to the trigger, else the sentence's nearest; none that
    ``elsewhere`` gives another act ("arrested in the wake of a crash Tuesday": the crash's day)."""
    in_sentence = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.value]
    usable = [d for d in in_sentence if d.type in ("DATE", "TIME") and d.value not in ("PRESENT_REF",)
              and not in_other_relative_clause(d.start, d.end, trigger)
              and not (elsewhere is not None and elsewhere(d.start, d.end, trigger))]
    if usable:
        best = min(usable, key=lambda d: distance(d.start, d.end, trigger, trigger.doc))
        return best.value
    return None


def in_other_relative_clause(start: int, end: int, trigger: Token) -> bool:
    """The span stands in a relative clause the trigger is outside of ("the minister, who served until July,
    resigned"; "le ministre, qui a pris ses fonctions en 2015, a été arrêté"): that clause dates its noun's past,
    not the event. A relative clause on the trigger noun tells of the event itself."""
    span = trigger.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    governing = {trigger, *trigger.ancestors}
    for token in span:
        for node in (token, *token.ancestors):
            if node in governing:
                break
            if node.dep_ in RELATIVE_CLAUSE and node.head != trigger:
                return True  # unless it tells of the trigger itself ("the attack that killed nine on Friday")
    return False


def fallback_date(trigger: Token, published: dt.date | None, modality: str) -> str | None:
    """The publication date, for an asserted event told in a past or present tense (news reports the day's
    events); None for the future, the hypothetical and the negated."""
    if published is None or modality not in ("asserted", "claimed"):
        return None
    return published.isoformat() if past_or_present(trigger) else None


def past_or_present(trigger: Token) -> bool:
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    tenses = set(verb.morph.get("Tense", []))
    for aux in verb.children:
        if aux.dep_ in AUXILIARY:
            tenses |= set(aux.morph.get("Tense", []))
    return "Fut" not in tenses


def event_place(trigger: Token, sent: Span, places: Sequence[Place], excluded: Sequence[tuple[int, int]],
                place_preps: frozenset[str], demonyms: Mapping[str, str], source_country: str | None = None,
                topics: Sequence[tuple[int, int]] = (), elsewhere: Elsewhere | None = None
                ) -> tuple[EventPlace | None, int, EventPlace | None]:
    """The location attached to the trigger (or introduced by a place preposition in its sentence), its
    distance in hops, and the sentence's nearest place however attached (context for actors' countries).
    Places in ``excluded`` spans are neither, nor those ``elsewhere`` gives another act ("a day after talks in
    Geneva"); places in ``topics`` (what an act is about) are only context."""
    candidates: list[tuple[tuple[int, int], Place]] = []
    loose: list[tuple[tuple[int, int], Place]] = []
    for place in places:
        for mention in place.mentions:
            if not (sent.start_char <= mention.start < sent.end_char):
                continue
            if any(s < mention.end and mention.start < e for s, e in excluded):
                continue
            if elsewhere is not None and elsewhere(mention.start, mention.end, trigger):
                continue
            if mention.text.lower() in demonyms or is_adjective(trigger.doc, mention.start, mention.end):
                continue  # "les drones russes": whose, not where
            located = after_place_prep(trigger.doc, mention.start, place_preps)
            if not located and acting_subject(trigger.doc, mention.start, mention.end):
                continue  # "Peru has issued an ultimatum", "Ukraine denied any role": who acts, not where
            if source_country is not None and place.country == source_country and not located:
                continue  # "Russia's strike", "Russia launched": the doer's country, not where it struck
            hops = distance(mention.start, mention.end, trigger, trigger.doc)
            loose.append((hops, place))
            if not located and modifies_noun(trigger.doc, mention.start, mention.end):
                continue  # "the US envoy", "Iran's facilities": whose, not where
            if hops[0] > MAX_HOPS and not located:
                continue  # a country named as someone's, or in another clause, is not where this happened
            if any(s < mention.end and mention.start < e for s, e in topics):
                continue
            candidates.append((hops, place))
    context = as_event_place(min(loose, key=lambda c: (c[0], feature_rank(c[1])))[1]) if loose else None
    if not candidates:
        return None, NOWHERE, context
    hops, place = min(candidates, key=lambda c: (c[0], feature_rank(c[1])))
    finer = [c for c in candidates if c[1].country == place.country and feature_rank(c[1]) < feature_rank(place)]
    if place.feature == "COUNTRY" and finer:
        # "in the town of Kramatorsk in eastern Ukraine": the country only says where the town is
        hops, place = min(finer, key=lambda c: (c[0], feature_rank(c[1])))
    return as_event_place(place), hops[0], context


def as_event_place(place: Place) -> EventPlace:
    return EventPlace(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                      precision=place.precision)


def after_place_prep(doc: Doc, start: int, place_preps: frozenset[str]) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    for _ in range(4):  # "in the town of Kramatorsk", "dans la région de Zaporijia"
        if any(c.dep_ == "case" and c.lower_ in place_preps for c in node.children):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in place_preps:
            return True
        if node.head.lower_ in place_preps:  # "près d'Odessa"
            return True
        if node.head == node or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """A name used as a noun's modifier ("US envoy", "Iran's nuclear sites") says whose, not where; not one
    that names the place a level noun states (``place_levels``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head not in span \
        and root.head.lower_ not in level_nouns(doc.lang_)  # "Kherson city", "la région de Sumy": the place itself


def acting_subject(doc: Doc, start: int, end: int) -> bool:
    """A name that is the active subject of a verb taking an object or a clause ("Peru has issued an
    ultimatum", "Moscow said that…"): an actor (a country or a city for its government), not a place. A subject
    with no object may be where things happen to it ("Kharkiv came under fire")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    verb = root.head
    return root.dep_ in SUBJECT and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in DIRECT_OBJECT or c.dep_ in VERB_COMPLEMENT for c in verb.children)


def is_adjective(doc: Doc, start: int, end: int) -> bool:
    """A demonym ("russes", "Iranian") names a country's people, not where the event took place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "ADJ" for t in span)


def feature_rank(place: Place) -> int:
    """Prefer the finer place when two are as close: a city over its region over its country."""
    order = {"COUNTRY": 3, "ADM1": 2, "ADM2": 1}
    return order.get(place.feature or "", 0)


def conjoined_places(doc: Doc, sent: Span, place: EventPlace, places: Sequence[Place]) -> list[EventPlace]:
    """The other places named in coordination with the event's place ("in the Kharkiv and Donetsk regions")."""
    def tokens_of(candidate: Place) -> list[Token]:
        spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in candidate.mentions
                 if sent.start_char <= m.start < sent.end_char)
        return [token for span in spans if span is not None for token in span]

    chosen = [p for p in places if p.name == place.name]
    linked = {c.i for p in chosen for t in tokens_of(p) for c in t.conjuncts}
    out: list[EventPlace] = []
    for other in places:
        if other.name != place.name and any(t.i in linked for t in tokens_of(other)) \
                and all(o.name != other.name for o in out):
            out.append(as_event_place(other))
    return out


def told_where(token: Token, place: EventPlace | None, sent: Span, places: Sequence[Place],
               place_preps: frozenset[str]) -> bool:
    """Whether the event has a place the sentence tells: for a verb, any place found; for an act noun, one a
    place preposition introduces ("attacks in Ottawa", not "attacks on Canada angered Ottawa"), or the place one
    attack is made on ("Putin's attack on Ukraine"; repeated "attacks on Canada" by a person are words)."""
    if place is None:
        return False
    if token.pos_ != "NOUN":
        return True
    phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]
    one = "Plur" not in token.morph.get("Number", [])
    return any(after_place_prep(token.doc, m.start, place_preps)
               or (one and phrase.start_char <= m.start < phrase.end_char)
               for p in places if p.name == place.name
               for m in p.mentions if sent.start_char <= m.start < sent.end_char)
