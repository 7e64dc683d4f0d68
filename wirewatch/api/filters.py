"""Query-string filters shared by the event endpoints; the store applies every one of them in SQL
(:class:`~wirewatch.store.EventQuery`, :meth:`EventFilters.sql_query`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from wirewatch.store import EventQuery

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
MAX_PAGE = 500
MAX_OFFSET = 1_000_000
AFTER_PATTERN = r"^(\d{4}-\d{2}-\d{2})?:\d{1,18}$"  # an event's day (none: undated) and key
# free text in a query: no control characters (a NUL is refused by the stores' drivers and text indexes)
PRINTABLE = r"^[^\x00-\x08\x0a-\x1f\x7f]*$"


@dataclass(frozen=True)
class BBox:
    """West, south, east and north edges in degrees (west > east crosses the antimeridian)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        parts = text.split(",")
        if len(parts) != 4:
            raise ValueError("bbox is four numbers: west,south,east,north")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError:
            raise ValueError("bbox is four numbers: west,south,east,north") from None
        if not all(-180 <= v <= 180 for v in (west, east)) or not all(-90 <= v <= 90 for v in (south, north)):
            raise ValueError("bbox longitudes lie in [-180, 180] and latitudes in [-90, 90]")
        if south > north:
            raise ValueError("bbox south edge is above its north edge")
        return cls(west, south, east, north)


class EventFilters(BaseModel):
    """Which events: every filter given must hold."""

    model_config = ConfigDict(extra="forbid")

    type: list[PloverType] = Field(default_factory=list, description="PLOVER event types (repeat the parameter).")
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{3}$",
                                description="ISO 3166-1 alpha-3 country of the source, target or place.")
    actor: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                              description="Part of the source's or target's name (case-insensitive).")
    since: dt.date | None = Field(default=None, description="First day (the event's date, else the article's).")
    until: dt.date | None = Field(default=None, description="Last day, included.")
    bbox: str | None = Field(default=None, max_length=100, description="west,south,east,north in degrees.",
                             examples=["22,44,41,53"])
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$", description="Language of the article.")
    q: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                          description="Text the evidence sentence contains (case-insensitive).")
    story: str | None = Field(default=None, min_length=1, max_length=200, pattern=PRINTABLE,
                              description="Only the events of the articles of this story (its id).")

    @field_validator("bbox")
    @classmethod
    def _valid_bbox(cls, value: str | None) -> str | None:
        if value is not None:
            BBox.parse(value)
        return value

    @model_validator(mode="after")
    def _ordered_days(self) -> EventFilters:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        return self

    def store_query(self, limit: int | None) -> EventQuery:
        return EventQuery(types=tuple(self.type), country=self.country.upper() if self.country else None,
                          since=self.since, until=self.until, limit=limit)

    def sql_query(self, limit: int | None) -> EventQuery:
        """Every filter as a store query (all applied in SQL)."""
        box = BBox.parse(self.bbox) if self.bbox else None
        return dataclasses.replace(self.store_query(limit), actor=self.actor, lang=self.lang, text=self.q,
                                   bbox=(box.west, box.south, box.east, box.north) if box else None,
                                   story=self.story)

    def key(self) -> tuple[object, ...]:
        return (tuple(sorted(self.type)), self.country, self.actor, self.since, self.until, self.bbox, self.lang,
                self.q, self.story)


class PageParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(default=50, ge=1, le=MAX_PAGE)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


class EventListParams(EventFilters, PageParams):
    """Event filters and a page."""

    merged: bool = Field(default=False, description="One item per real-world event: reports merged by story "
                                                    "(their number, the lowest toll, the sources).")
    after: str | None = Field(default=None, pattern=AFTER_PATTERN, max_length=40,
                              description="The page starts after this event: a page's `next_after` (its last "
                                          "event's day and key). As fast deep in the list as at its start; "
                                          "`offset` counts from there. Not with `merged`.")

    @model_validator(mode="after")
    def _after_unmerged(self) -> EventListParams:
        if self.after is not None and self.merged:
            raise ValueError("after pages the unmerged list; page a merged list with offset")
        day = self.after.split(":")[0] if self.after else ""
        if day:
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                raise ValueError(f"after: {day} is no calendar day (YYYY-MM-DD)") from None
        return self

    def after_event(self) -> tuple[dt.date | None, int] | None:
        """``after`` as the store reads it: the event's day (None when undated) and key."""
        if self.after is None:
            return None
        day, key = self.after.split(":")
        return (dt.date.fromisoformat(day) if day else None), int(key)


def after_cursor(day: dt.date | None, key: int) -> str:
    """The ``after`` value of the page that follows an event."""
    return f"{day.isoformat() if day else ''}:{key}"
