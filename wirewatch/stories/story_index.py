"""The candidate lookup the clusterer asks for stories: a Protocol the store implements, and an in-memory index.

A story is reached through its keys (posting lists key → stories, most recently active last), never by scanning
all stories; document frequencies of keys (how many articles have them) give rare keys more weight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wirewatch.stories.signatures import ArticleSignature


@dataclass
class StoryProfile:
    """What the clusterer compares a new article with: a story's summed key weights and its time span."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    keys: dict[str, float] = field(default_factory=dict)
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    def within(self, day: dt.date | None, window_days: int) -> bool:
        """Whether an article of ``day`` may belong here: within ``window_days`` of the story's span."""
        if day is None or self.first_day is None or self.last_day is None:
            return True
        window = dt.timedelta(days=window_days)
        return self.first_day - window <= day <= self.last_day + window

    def absorb(self, signature: ArticleSignature, max_keys: int) -> None:
        """Add an article: its keys, its day; keep the ``max_keys`` heaviest keys (a bounded profile)."""
        self.article_ids.append(signature.article_id)
        for key, weight in signature.keys.items():
            self.keys[key] = self.keys.get(key, 0.0) + weight
        if len(self.keys) > max_keys:
            kept = sorted(self.keys.items(), key=lambda kv: (-kv[1], kv[0]))[:max_keys]
            self.keys = dict(kept)
        if signature.day is not None:
            self.first_day = min(self.first_day or signature.day, signature.day)
            self.last_day = max(self.last_day or signature.day, signature.day)

    def release(self, signature: ArticleSignature) -> None:
        """Take an article out (its keys subtracted; the time span is kept)."""
        self.article_ids.remove(signature.article_id)
        for key, weight in signature.keys.items():
            left = self.keys.get(key, 0.0) - weight
            if left > 1e-9:
                self.keys[key] = left
            else:
                self.keys.pop(key, None)


class StoryIndex(Protocol):
    """What :class:`~wirewatch.stories.cluster.StoryClusterer` needs from whoever holds the stories."""

    def article_count(self) -> int:
        """Articles observed so far (the N of inverse document frequency)."""
        ...

    def document_frequency(self, keys: Iterable[str]) -> dict[str, int]:
        """How many observed articles have each key (0 when never seen)."""
        ...

    def observe(self, signature: ArticleSignature) -> None:
        """Count an article's keys in the document frequencies (once per article)."""
        ...

    def candidates(self, keys: Sequence[str], day: dt.date | None, window_days: int,
                   per_key: int, limit: int | None = None) -> list[StoryProfile]:
        """Stories having any of ``keys`` and active within ``window_days`` of ``day``; at most ``per_key`` stories
        looked at per key, most recently active first; at most ``limit`` stories, those of the earlier keys
        (the rarer: the clusterer gives them rarest first) first, so the cost per article stays bounded however
        many stories share a common key."""
        ...

    def save(self, story: StoryProfile, signature: ArticleSignature) -> None:
        """Persist ``story`` (just created or extended by ``signature``) and post it under the article's keys."""
        ...


class MemoryStoryIndex:
    """The in-memory :class:`StoryIndex`, used by ``wirewatch stories`` and the tests."""

    def __init__(self) -> None:
        self.stories: dict[str, StoryProfile] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._df: dict[str, int] = {}
        self._observed: int = 0
        self._story_of: dict[str, str] = {}  # article id → story id

    def article_count(self) -> int:
        return self._observed

    def document_frequency(self, keys: Iterable[str]) -> dict[str, int]:
        return {key: self._df.get(key, 0) for key in keys}

    def observe(self, signature: ArticleSignature) -> None:
        self._observed += 1
        for key in signature.keys:
            self._df[key] = self._df.get(key, 0) + 1

    def candidates(self, keys: Sequence[str], day: dt.date | None, window_days: int,
                   per_key: int, limit: int | None = None) -> list[StoryProfile]:
        found: dict[str, StoryProfile] = {}
        for key in keys:
            posting = self._postings.get(key)
            if not posting:
                continue
            for looked, story_id in enumerate(reversed(posting)):
                if looked >= per_key:
                    break
                story = self.stories.get(story_id)  # None: emptied by a refinement
                if story is not None and story_id not in found and story.within(day, window_days):
                    found[story_id] = story
        return list(found.values())[:limit]

    def save(self, story: StoryProfile, signature: ArticleSignature) -> None:
        self.stories[story.id] = story
        self._story_of[signature.article_id] = story.id
        for key in signature.keys:
            posting = self._postings.setdefault(key, {})
            posting.pop(story.id, None)  # move to the end: most recently active last
            posting[story.id] = None

    def drop(self, story_id: str) -> None:
        """Forget an emptied story (its postings are skipped from now on)."""
        self.stories.pop(story_id, None)

    def story_of_article(self, article_id: str) -> str:
        return self._story_of[article_id]

    def story_of(self) -> dict[str, str]:
        """Article id → story id, for every article added."""
        return dict(self._story_of)
