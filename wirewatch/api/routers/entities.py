"""Entities: list with filters, and one entity with everything credited to its canonical identity in any language:
its events (as actor and as target), its quotes, its mentions and the names it goes by."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from wirewatch.api.access import StoreDep, allow_read, held
from wirewatch.api.csv_lists import CSV_MAX_ROWS, ENTITY_COLUMNS, ListFormat, csv_response, field_rows
from wirewatch.api.filters import PRINTABLE, PageParams
from wirewatch.api.routers.events import EventOut
from wirewatch.api.routers.quotes import QuoteOut
from wirewatch.api.store_reads import entity_events, entity_quotes, find_entity
from wirewatch.store import EntityQuery, EntityRow

router = APIRouter(prefix="/api/entities", tags=["entities"], dependencies=[Depends(allow_read)])
MAX_EVENTS = 500


class EntityListParams(PageParams):
    type: Literal["PER", "ORG", "LOC", "MISC"] | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{3}$")
    name: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                                 description="Part of the canonical name.")
    format: ListFormat = Field(default="json", description="csv: every matching entity (no paging) as CSV.")


class EntityOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    entity_key: int
    name: str
    type: str
    kb_id: str | None
    country: str | None
    role: str | None
    articles: int
    mentions: int
    wikidata_url: str | None

    @classmethod
    def of(cls, row: EntityRow) -> EntityOut:
        url = f"https://www.wikidata.org/wiki/{row.kb_id}" if row.kb_id and row.kb_id[1:].isdigit() else None
        return cls.model_validate({**dataclasses.asdict(row), "wikidata_url": url})


class EntityListOut(BaseModel):
    items: list[EntityOut]
    offset: int
    limit: int
    next_offset: int | None


class MentionOut(BaseModel):
    """One mention of the identity: the article, its language and the span of the mention."""
    model_config = ConfigDict(from_attributes=True)

    article: str
    title: str | None
    lang: str | None
    published: dt.date | None
    text: str
    start: int
    end: int


class NameOut(BaseModel):
    """One way the identity is written in one language, and how often."""
    model_config = ConfigDict(from_attributes=True)

    text: str
    lang: str | None
    mentions: int


class EntityDetailOut(BaseModel):
    entity: EntityOut
    events_as_source: list[EventOut]
    events_as_target: list[EventOut]
    quotes: list[QuoteOut]
    identity_keys: list[int] = Field(default_factory=list, description=(
        "Every entity row of the same canonical identity (Wikidata id, else normalised name), this one first; "
        "events, quotes and mentions are gathered from all of them."))
    names: list[NameOut] = Field(default_factory=list, description="How the identity is written, by language.")
    mentions: list[MentionOut] = Field(default_factory=list, description="Its mentions, newest article first.")


@router.get("", response_model=EntityListOut, summary="Entities, most written-about first",
            responses={200: {"content": {"text/csv": {}}}})
def list_entities(params: Annotated[EntityListParams, Query()],
                  store: StoreDep) -> EntityListOut | Response:
    csv = params.format == "csv"
    rows = store.entities(EntityQuery(type=params.type, country=params.country, name=params.name,
                                      limit=CSV_MAX_ROWS if csv else params.limit + 1),
                          offset=0 if csv else params.offset)
    if csv:
        return csv_response("entities", ENTITY_COLUMNS, field_rows(ENTITY_COLUMNS, rows))
    page = rows[:params.limit]
    more = len(rows) > params.limit
    return EntityListOut(items=[EntityOut.of(r) for r in page], offset=params.offset, limit=params.limit,
                         next_offset=params.offset + params.limit if more else None)


@router.get("/{entity_key}", response_model=EntityDetailOut, summary="One entity, its events and its quotes",
            responses={404: {"description": "No entity with this key"}})
def get_entity(entity_key: Annotated[int, Path(ge=1, le=2**62)],
               store: StoreDep) -> EntityDetailOut:
    with held(store) as reading:
        entity = find_entity(reading, entity_key)
        if entity is None:
            raise HTTPException(404, f"no entity with key {entity_key}")
        keys = reading.identity_keys(entity.entity_key)
        events = entity_events(reading, entity, keys, MAX_EVENTS)
        quotes = entity_quotes(reading, entity, keys, MAX_EVENTS)
        names = reading.identity_names(keys)
        mentions = reading.identity_mentions(keys, MAX_EVENTS)
    return EntityDetailOut(entity=EntityOut.of(entity), events_as_source=[EventOut.of(r) for r in events.as_source],
                           events_as_target=[EventOut.of(r) for r in events.as_target],
                           quotes=[QuoteOut.of(q) for q in quotes], identity_keys=keys,
                           names=[NameOut.model_validate(n) for n in names],
                           mentions=[MentionOut.model_validate(m) for m in mentions])
