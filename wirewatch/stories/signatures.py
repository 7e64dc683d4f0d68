"""What an article is about, as weighted language-independent keys: its signature for story clustering.

Keys are built from the record only, so a French and an English article on the same events share them:

- ``ent:<id>``: a canonical entity (its Wikidata id, else the language-independent name key of its canonical
  name); people also give ``per:<surname key>`` so that "Steve Witkoff" and "Steven Witkoff" meet;
- ``place:<id>``: a resolved place (GeoNames id, else name key);
- ``event:<TYPE>:<source country>:<target country>``: a PLOVER event of the article.

A key's weight is its salience in the article: ``1 + ln(mentions)``, doubled when it is first named in the lead
(the title and first sentences say what an article is about; background comes later). Country- and
continent-level places and entities are damped: they are the setting of many stories, not their identity.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirewatch.kb.names import name_key
from wirewatch.records import ArticleRecord, Event, Mention

BROAD_FEATURES = frozenset({"COUNTRY", "CONT", "CONTINENT", "REGION"})


@dataclass(frozen=True)
class SignatureSettings:
    lead_chars: int = 400  # a key first named before this offset is in the lead
    lead_boost: float = 2.0
    broad_factor: float = 0.3  # weight factor of country- and continent-level keys
    event_weight: float = 0.5  # weight of one event of a type between two countries
    event_cap: float = 1.5  # at most this per event key
    word_factor: float = 0.5  # weight factor of the single-word keys of multi-word names
    word_min_chars: int = 4


@dataclass(frozen=True)
class ArticleSignature:
    """The clustering view of one article: its day and its weighted keys."""

    article_id: str
    day: dt.date | None
    keys: dict[str, float] = field(default_factory=dict)

    def top_keys(self, idf: dict[str, float], limit: int, shared: set[str] | None = None) -> list[str]:
        """The ``limit`` keys weighing most once rare keys are favoured (candidate lookup keys); with ``shared``,
        only those keys (the ones other articles have too)."""
        keys = [k for k in self.keys if shared is None or k in shared]
        return sorted(keys, key=lambda k: (-self.keys[k] * idf.get(k, 1.0), k))[:limit]


def _salience(mentions: Iterable[Mention], settings: SignatureSettings) -> float:
    starts = [m.start for m in mentions]
    if not starts:
        return 0.0
    weight = 1.0 + math.log(len(starts))
    return weight * (settings.lead_boost if min(starts) < settings.lead_chars else 1.0)


def _entity_keys(name: str, kb_id: str | None, entity_type: str) -> list[str]:
    base = name_key(name)
    keys = [f"ent:{kb_id}" if kb_id else f"ent:{base}"] if base or kb_id else []
    words = base.split()
    if entity_type == "PER" and words:
        keys.append(f"per:{words[-1]}")
    return keys


def _word_keys(name: str, min_chars: int) -> set[str]:
    """``word:<key>`` of each long word of a multi-word name: "Zaporizhzhia Oblast" meets "Zaporizhzhia"."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {f"word:{name_key(w)}" for w in words if len(w) >= min_chars and name_key(w)}


def _event_key(event: Event) -> str:
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    return f"event:{event.type}:{source or '-'}:{target or '-'}"


def signature_of(record: ArticleRecord, settings: SignatureSettings | None = None) -> ArticleSignature:
    """The signature of an extraction record (no text needed: mention offsets say where a key is first named)."""
    settings = settings or SignatureSettings()
    keys: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        keys[key] = keys.get(key, 0.0) + weight

    broad_names = {name_key(p.name) for p in record.places
                   if (p.feature or "").upper() in BROAD_FEATURES or p.precision == "country"}
    for place in record.places:
        weight = _salience(place.mentions, settings)
        if name_key(place.name) in broad_names:
            weight *= settings.broad_factor
        key = f"place:{place.geonames_id}" if place.geonames_id else f"place:{name_key(place.name)}"
        if weight and key != "place:":
            add(key, weight)
    for entity in record.entities:
        weight = _salience(entity.mentions, settings)
        if name_key(entity.name) in broad_names:
            weight *= settings.broad_factor
        for key in _entity_keys(entity.name, entity.kb_id, entity.type):
            add(key, weight)
        for key in _word_keys(entity.name, settings.word_min_chars):
            add(key, weight * settings.word_factor)
    for event in record.events:
        key = _event_key(event)
        keys[key] = min(settings.event_cap, keys.get(key, 0.0) + settings.event_weight)
    return ArticleSignature(article_id=record.id, day=record.published, keys=keys)
