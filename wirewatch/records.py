"""Typed records: what flows between pipeline, store, CLI, API and batch.

Every layer of an article record is a pydantic model; the JSON form of :class:`ArticleRecord` is the record
format of ``CONTRACT.md`` (fields may be added, never renamed or dropped).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
Modality = Literal["asserted", "negated", "hypothetical", "future", "claimed", "denied"]
Precision = Literal["country", "region", "city", "point"]


class Record(BaseModel):
    """Base of all records: strict about unknown fields, serialisable to JSON."""

    model_config = ConfigDict(extra="forbid")


class Article(Record):
    """One input article. Only ``text`` is required."""

    id: str
    text: str
    lang: str | None = None
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None  # outlet, when known


class Mention(Record):
    """A span of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


class Entity(Record):
    id: str
    name: str
    type: EntityType
    kb_id: str | None = None
    country: str | None = None
    role: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Quote(Record):
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None
    speaker_entity: str | None = None
    channel: str | None = None
    date: str | None = None  # speech date (TIMEX3 value) when the text states it
    parts: list[Mention] = Field(default_factory=list)  # interrupted quotes: every part


class TimeExpr(Record):
    text: str
    start: int
    end: int
    value: str | None
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"


class Place(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # COUNTRY, ADM1, ADM2, PPL, PPLC, LANDMARK …
    geonames_id: int | None = None
    precision: Precision | None = None
    mentions: list[Mention] = Field(default_factory=list)


class EventActor(Record):
    name: str
    country: str | None = None
    entity: str | None = None  # id of an entity of the same record
    sector: str | None = None  # government, military, civilians, rebels, …


class EventPlace(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision | None = None


class Event(Record):
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: EventActor | None = None
    target: EventActor | None = None
    date: str | None = None
    place: EventPlace | None = None
    killed: int | None = None
    injured: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    modality: Modality = "asserted"
    evidence: Mention
    other_evidence: list[Mention] = Field(default_factory=list)
    confidence: float = 0.5


class ArticleRecord(Record):
    """The extraction record of one article (CONTRACT.md)."""

    id: str
    lang: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet, when known
    text: str | None = None  # the article as read (the string the offsets index): loadable without extracting
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[TimeExpr] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    pipeline_version: str | None = None
