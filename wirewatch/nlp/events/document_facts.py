"""What the event component learns about one document while reading it, and how it finds the document's home
place and country (where its places are, or whose demonyms it uses) and its entities.

A value made by ``EventComponent.match`` for each document and passed through the calls that need it, never kept
on the component: one component serves every document of ``nlp.pipe``, so state on ``self`` would leak from one
document into the next.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from wirewatch.nlp.events.confidence import TriggerFacts, TriggerKey
from wirewatch.nlp.events.context import after_place_prep
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.place_containment import Contains
from wirewatch.nlp.events.protest_voices import ProtestVoices
from wirewatch.records import Entity, EventPlace, Mention, Place


@dataclass
class DocumentFacts:
    home_country: str | None = None  # the country the document's places are mostly in
    home_place: EventPlace | None = None  # its most mentioned place
    fallback_dates: dict[tuple[str, int], str] = field(default_factory=dict)  # (type, evidence start) → day
    blames_without_target: set[int] = field(default_factory=set)  # evidence starts of blames naming no one
    accusing_words: set[int] = field(default_factory=set)  # evidence starts of accusing words (not blames)
    triggers: dict[TriggerKey, TriggerFacts] = field(default_factory=dict)  # what each event's trigger tells
    unpunctuated: set[int] = field(default_factory=set)  # evidence starts of lines without final punctuation
    discarded: set[int] = field(default_factory=set)  # starts of sentences holding a discard phrase
    alone: set[tuple[str, int]] = field(default_factory=set)  # (type, evidence start) of acts told with no party
    weighed: set[tuple[str, int]] = field(default_factory=set)  # (type, evidence start) of acts above the bar
    disaster_story: bool = False  # the lead tells a disaster or an accident and no attack (``non_events``)
    state_sides: dict[str, str] = field(default_factory=dict)  # entity id → country: states, their forces
    toll_updates: set[int] = field(default_factory=set)  # starts of sentences updating a known act's toll
    report_dated: set[int] = field(default_factory=set)  # starts of sentences dating only their speech verb
    contains: Contains | None = None  # whether one place holds another (``place_containment``), for merging
    protests: ProtestVoices = field(default_factory=ProtestVoices)  # acts per line, protesters (``protest_voices``)


def located_mentions(doc: Doc, places: Sequence[Place], lexicon: EventLexicon) -> list[tuple[Place, int]]:
    """(place, mention start) for mentions that say where ("in Kyiv", "à Moscou"), not whose ("Russia's",
    "russes"); all non-demonym mentions when the text locates nothing in a country ("in Europe" only)."""
    named = [(p, m.start) for p in places for m in p.mentions if m.text.lower() not in lexicon.demonyms]
    preps = lexicon.word_class("place_prep")
    located = [(p, start) for p, start in named if after_place_prep(doc, start, preps)]
    return located if any(p.country for p, _ in located) else named


def main_place(mentions: Sequence[tuple[Place, int]]) -> EventPlace | None:
    """The story's place: the one most often named as where things happen."""
    if not mentions:
        return None
    counts = Counter(id(p) for p, _ in mentions)
    place = max((p for p, _ in mentions), key=lambda p: counts[id(p)])
    return EventPlace(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                      precision=place.precision)


def demonym_country(doc: Doc, lexicon: EventLexicon) -> str | None:
    """A story that places nothing is set in the country its demonyms name most ("the Zambian people")."""
    counts = Counter(lexicon.demonyms[t.lower_] for t in lexicon.tokens(doc[:], "demonym")
                     if t.lower_ in lexicon.demonyms and (t.pos_ == "ADJ" or t.dep_ in ("amod", "compound")))
    return counts.most_common(1)[0][0] if counts else None


def main_country(mentions: Sequence[tuple[Place, int]]) -> str | None:
    counts = Counter(p.country for p, _ in mentions if p.country)
    return counts.most_common(1)[0][0] if counts else None


def entities_from_model(doc: Doc) -> Sequence[Entity]:
    """The model's own entities as records, used when the ``ww_entities`` layer is not in the pipeline."""
    labels = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "NORP": "MISC", "GPE": "LOC", "LOC": "LOC"}
    out = []
    for index, ent in enumerate(doc.ents):
        out.append(Entity(id=f"m{index}", name=ent.text, type=labels.get(ent.label_, "MISC"),  # type: ignore[arg-type]
                          mentions=[Mention(start=ent.start_char, end=ent.end_char, text=ent.text)]))
    return out
