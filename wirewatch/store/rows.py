"""Conversions between records and table rows, shared by the SQL backends."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from wirewatch.records import Article, Entity, Event, EventActor, EventPlace, Mention
from wirewatch.store.base import StoredArticle
from wirewatch.store.identity import event_day

Row = Sequence[Any]
ARTICLE_COLUMNS = (
    "id, ext_id, url, canonical_url, content_hash, lang, published, title, source, text,"
    " pipeline_version, error, updated_at"
)


def entity_identity(entity: Entity) -> str:
    """The identity shared across articles: the Wikidata id, else the type and case-folded name."""
    if entity.kb_id:
        return f"kb:{entity.kb_id}"
    return f"name:{entity.type}:{' '.join(entity.name.casefold().split())}"


EVENT_FIELDS = (
    "type, mode, cameo, date, source_name, source_country, source_entity, source_sector, target_name,"
    " target_country, target_entity, target_sector, place_name, place_country, lat, lon, place_precision, killed,"
    " injured, children_killed, children_injured, modality, evidence_start, evidence_end, evidence_text,"
    " other_evidence, confidence"
)
EVENT_INSERT_COLUMNS = ("article_id", "position", "day", "source_entity_id", "target_entity_id",
                         *(c.strip() for c in EVENT_FIELDS.split(",")))
ARTICLE_ENTITY_COLUMNS = ("article_id", "local_id", "position", "entity_id", "name", "type", "kb_id", "country",
                           "role")
QUOTE_COLUMNS = ("article_id", "position", "text", "start_char", "end_char", "direct", "speaker", "speaker_entity",
                  "entity_id", "channel", "date", "parts")
PLACE_COLUMNS = ("article_id", "position", "name", "country", "lat", "lon", "feature", "geonames_id", "precision",
                  "mentions")


def event_values(
    key: int, position: int, event: Event, entity_keys: dict[str, int], published: dt.date | None
) -> tuple[object, ...]:
    """The values of :data:`EVENT_INSERT_COLUMNS`; ``entity_keys``: the canonical entity row of each of the
    record's entity ids."""
    source, target, place = event.source, event.target, event.place
    return (
        key, position, iso_day(event_day(event.date, published)),
        entity_keys.get(source.entity or "") if source else None,
        entity_keys.get(target.entity or "") if target else None,
        event.type, event.mode, event.cameo, event.date,
        *_actor_values(source), *_actor_values(target),
        place.name if place else None, place.country if place else None, place.lat if place else None,
        place.lon if place else None, place.precision if place else None,
        event.killed, event.injured, event.children_killed, event.children_injured, event.modality,
        event.evidence.start, event.evidence.end, event.evidence.text, mentions_json(event.other_evidence),
        event.confidence,
    )


def _actor_values(actor: EventActor | None) -> tuple[str | None, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.name, actor.country, actor.entity, actor.sector)


def _actor(name: str | None, country: str | None, entity: str | None, sector: str | None) -> EventActor | None:
    if name is None:
        return None
    return EventActor(name=name, country=country, entity=entity, sector=sector)


def event_from_row(r: Row) -> Event:
    place = None
    if r[12] is not None:
        place = EventPlace(name=r[12], country=r[13], lat=r[14], lon=r[15], precision=r[16])
    return Event(
        type=r[0], mode=r[1], cameo=r[2], date=r[3], source=_actor(*r[4:8]), target=_actor(*r[8:12]), place=place,
        killed=r[17], injured=r[18], children_killed=r[19], children_injured=r[20], modality=r[21],
        evidence=Mention(start=r[22], end=r[23], text=r[24]), other_evidence=mentions_from_json(r[25]),
        confidence=r[26],
    )


def stored_article(r: Row) -> StoredArticle:
    article = Article(id=r[1], url=r[2], lang=r[5], published=as_date(r[6]), title=r[7], source=r[8], text=r[9])
    return StoredArticle(key=int(r[0]), article=article, canonical_url=r[3], content_hash=r[4],
                         pipeline_version=r[10], error=r[11], updated_at=as_time(r[12]) or utc_now())


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def mentions_json(mentions: list[Mention]) -> str:
    return json.dumps([[m.start, m.end, m.text] for m in mentions], ensure_ascii=False)


def mentions_from_json(raw: str) -> list[Mention]:
    return [Mention(start=s, end=e, text=t) for s, e, t in json.loads(raw)]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso_day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def as_text(value: object) -> str | None:
    return None if value is None else str(value)


def as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_time(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
