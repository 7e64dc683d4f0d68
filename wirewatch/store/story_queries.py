"""Query filters and result values of the store's story and deadline views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wirewatch.stories import Deadline, Story
from wirewatch.stories.models import DeadlineStatus


@dataclass(frozen=True)
class StoryQuery:
    """Stories active between ``since`` and ``until`` (their span overlaps the range), most recent first."""

    since: dt.date | None = None
    until: dt.date | None = None
    min_articles: int = 1
    limit: int | None = 50
    offset: int = 0


@dataclass(frozen=True)
class StorySummary:
    """One line of the story list: its span, size, the first article's title, its languages and outlets."""

    id: str
    first_day: dt.date | None
    last_day: dt.date | None
    articles: int
    title: str | None
    langs: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoryArticle:
    """An article of a story (``id`` is its external id; ``score`` the similarity with which it joined)."""

    key: int
    id: str
    title: str | None
    url: str | None
    source: str | None
    lang: str | None
    published: dt.date | None
    score: float


@dataclass(frozen=True)
class StoryDetail:
    """A story with its articles and its merged events (every source's figures, disagreements flagged)."""

    story: Story
    articles: list[StoryArticle]


@dataclass(frozen=True)
class DeadlineQuery:
    """Deadlines (one per demand, statements merged) by status, a party's name or country, and due range.

    ``as_of`` is today for expiry (None: the real today)."""

    status: DeadlineStatus | None = None
    actor: str | None = None  # part of the issuer's or target's name, or their ISO3 country
    due_from: dt.date | None = None
    due_until: dt.date | None = None
    as_of: dt.date | None = None
    limit: int | None = 200


@dataclass(frozen=True)
class StoredDeadline:
    """A tracked deadline and the story of the article that states it."""

    deadline: Deadline
    story_id: str | None
