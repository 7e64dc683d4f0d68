"""Stories: articles from any outlet or language about the same events, built in the store as they arrive; one
story with its articles and merged events (every source's figures, disagreements flagged)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import BaseModel, ConfigDict, Field, model_validator

from wirewatch.api.access import StoreDep, allow_read
from wirewatch.api.filters import PageParams
from wirewatch.store import StoryArticle, StoryQuery, StorySummary
from wirewatch.stories import MergedEvent

router = APIRouter(prefix="/api/stories", tags=["stories"], dependencies=[Depends(allow_read)])


class StoryListParams(PageParams):
    since: dt.date | None = Field(default=None, description="Stories active on or after this day.")
    until: dt.date | None = Field(default=None, description="Stories active on or before this day.")
    min_articles: int = Field(default=1, ge=1, le=10_000, description="Stories of at least this many articles.")

    @model_validator(mode="after")
    def _ordered_days(self) -> StoryListParams:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        return self


class StorySummaryOut(BaseModel):
    """One story of the list: its span, size, the first article's title, languages and outlets."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    first_day: dt.date | None
    last_day: dt.date | None
    articles: int
    title: str | None
    langs: list[str]
    outlets: list[str]

    @classmethod
    def of(cls, row: StorySummary) -> StorySummaryOut:
        return cls.model_validate(row, from_attributes=True)


class StoryListOut(BaseModel):
    items: list[StorySummaryOut]
    offset: int
    limit: int
    next_offset: int | None


class StoryArticleOut(BaseModel):
    """An article of the story; ``id`` leads to ``/api/articles/{id}``; ``score``: similarity on joining."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str | None
    url: str | None
    source: str | None = Field(description="The outlet.")
    lang: str | None
    published: dt.date | None
    score: float

    @classmethod
    def of(cls, row: StoryArticle) -> StoryArticleOut:
        return cls.model_validate(row, from_attributes=True)


class StoryOut(BaseModel):
    """A story: its articles (oldest first), the entities most of them name, and its merged events. Each merged
    event keeps every source's figures; ``conservative_*`` is the lowest figure given, ``latest_*`` the most
    recent source's, ``disagreement`` the figures on which sources differ."""

    id: str
    first_day: dt.date | None
    last_day: dt.date | None
    key_entities: list[str]
    articles: list[StoryArticleOut]
    events: list[MergedEvent]
    disagreements: int = Field(description="Merged events on whose figures the sources disagree.")


@router.get("", response_model=StoryListOut, summary="Stories, most recently active first")
def list_stories(params: Annotated[StoryListParams, Query()], store: StoreDep) -> StoryListOut:
    rows = store.stories(StoryQuery(since=params.since, until=params.until, min_articles=params.min_articles,
                                    limit=params.limit + 1, offset=params.offset))
    more = len(rows) > params.limit
    return StoryListOut(items=[StorySummaryOut.of(r) for r in rows[:params.limit]], offset=params.offset,
                        limit=params.limit, next_offset=params.offset + params.limit if more else None)


@router.get("/{story_id}", response_model=StoryOut, summary="One story with its articles and merged events",
            responses={404: {"description": "No such story."}})
def get_story(story_id: Annotated[str, Path(min_length=1, max_length=200)], store: StoreDep) -> StoryOut:
    detail = store.story(story_id)
    if detail is None:
        raise HTTPException(404, "no such story")
    story = detail.story
    return StoryOut(id=story.id, first_day=story.first_published, last_day=story.last_published,
                    key_entities=story.key_entities, articles=[StoryArticleOut.of(a) for a in detail.articles],
                    events=story.events, disagreements=sum(1 for e in story.events if e.disagreement))
