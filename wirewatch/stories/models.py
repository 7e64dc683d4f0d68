"""Typed records of the story layer: story assignments, merged cross-article events and tracked deadlines.

These are outputs (serialised by the CLI, persisted by the store); the article records they are built from are
those of :mod:`wirewatch.records`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from wirewatch.records import EventActor, Record

DeadlineStatus = Literal["open", "expired", "fulfilled", "withdrawn", "met", "extended"]
DEADLINE_STATUSES: tuple[str, ...] = ("open", "expired", "fulfilled", "withdrawn", "met", "extended")


class StoryAssignment(Record):
    """Where one article went: an existing story (``created`` False) or a new one."""

    article_id: str
    story_id: str
    created: bool
    score: float  # similarity to the best candidate story (joined unless ``created``)
    candidates: int  # stories compared (found through the index, never all of them)


class SourceFigure(Record):
    """What one article says about a merged event."""

    article_id: str
    published: dt.date | None = None
    killed: int | None = None
    injured: int | None = None
    evidence: str


class MergedEvent(Record):
    """One real-world event reported by one or more articles of a story, every source's figures kept.

    ``conservative_*`` is the lowest figure any source gives (the ACLED rule); ``latest_*`` the figure of the most
    recently published source that gives one; ``disagreement`` lists the fields on which sources differ.
    """

    type: str
    date: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    place: str | None = None
    sources: list[SourceFigure] = Field(default_factory=list)
    conservative_killed: int | None = None
    conservative_injured: int | None = None
    latest_killed: int | None = None
    latest_injured: int | None = None
    disagreement: list[str] = Field(default_factory=list)


class Story(Record):
    """A cluster of articles about the same real-world events, with its merged events."""

    id: str
    article_ids: list[str]
    first_published: dt.date | None = None
    last_published: dt.date | None = None
    key_entities: list[str] = Field(default_factory=list)
    events: list[MergedEvent] = Field(default_factory=list)


class DeadlineLink(Record):
    """A later statement that settled a deadline or changed it: the issuer carried out its threat
    (``fulfilled``), the target complied (``met``), the issuer pushed the due day back (``extended``, with the
    new ``due``) or dropped the demand (``withdrawn``). ``type`` is the event type, or ``STATEMENT`` for a
    sentence about the deadline itself."""

    article_id: str
    type: str
    date: str | None = None
    evidence: str
    status: DeadlineStatus | None = None
    due: str | None = None


class Deadline(Record):
    """A tracked demand, threat or pledge: who demands (or promises) what of whom, by when, or else what.

    ``id`` is shared by the statements of one deadline across articles; ``article_id`` and ``evidence`` are this
    statement's own. ``history`` lists, oldest first, the later statements that changed or settled it."""

    id: str
    article_id: str
    kind: Literal["THREATEN", "REQUEST", "AGREE"]
    issued: dt.date | None = None  # publication date of the article stating it
    issuer: EventActor | None = None
    issuer_also: list[str] = Field(default_factory=list)  # others named on the issuer's side ("Trump" for the US)
    target: EventActor | None = None
    due: str | None = None  # TIMEX3 day value
    condition: str | None = None  # what the target must do (or stop doing)
    measures: list[str] = Field(default_factory=list)  # threatened measures: tariffs, sanctions, …
    evidence: str
    reported_by: list[str] = Field(default_factory=list)  # every article stating it (after merging)
    status: DeadlineStatus = "open"
    settled_by: DeadlineLink | None = None
    history: list[DeadlineLink] = Field(default_factory=list)
