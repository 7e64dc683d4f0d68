"""Helpers (no tests) for the story and deadline tests: hand-built records, offsets from sentences written here."""

from __future__ import annotations

import datetime as dt

from wirewatch.records import ArticleRecord, Entity, Event, EventActor, EventPlace, Mention, Place, TimeExpr


def span(text: str, part: str, after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(start=start, end=start + len(part), text=part)


def entity(text: str, eid: str, name: str, surfaces: list[str], etype: str = "PER",
           country: str | None = None) -> Entity:
    mentions = [span(text, s) for s in surfaces]
    return Entity(id=eid, name=name, type=etype, country=country, mentions=mentions)  # type: ignore[arg-type]


def record(rid: str, text: str, published: str, lang: str = "fr", entities: list[Entity] | None = None,
           events: list[Event] | None = None, dates: list[TimeExpr] | None = None,
           places: list[Place] | None = None) -> ArticleRecord:
    return ArticleRecord(id=rid, lang=lang, published=dt.date.fromisoformat(published), entities=entities or [],
                         events=events or [], dates=dates or [], places=places or [])


def event(text: str, etype: str, sentence: str, source: EventActor | None = None, target: EventActor | None = None,
          date: str | None = None, killed: int | None = None, injured: int | None = None,
          modality: str = "asserted", place: str | None = None) -> Event:
    return Event(type=etype, evidence=span(text, sentence), source=source, target=target, date=date, killed=killed,
                 injured=injured, modality=modality,  # type: ignore[arg-type]
                 place=EventPlace(name=place) if place else None)


def timex(text: str, part: str, value: str) -> TimeExpr:
    m = span(text, part)
    return TimeExpr(text=m.text, start=m.start, end=m.end, value=value)
