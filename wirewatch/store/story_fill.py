"""Stored stories written straight into a store's tables from a synthetic stream
(:mod:`wirewatch.store.synthetic_stories`): the state story filing would have left after placing every article in
its own story of the stream (the stream's stories stand for the clusterer's), in minutes for a million articles.

Rows: each article (no text), each story with its summed keys (the heaviest ``max_story_keys``), the posting
lists key → story with the activity counter of the story's last article naming the key, each article's placement
and signature, the keys' document frequencies and the counters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from wirewatch.store.bulk_load import BulkLoader
from wirewatch.store.sql_story_index import signature_json
from wirewatch.store.synthetic_stories import ArticleSpec, signature_keys
from wirewatch.stories import ArticleSignature

STORY_TABLES = ("articles", "stories", "story_articles", "story_keys", "story_postings", "story_key_df")
_ARTICLE_COLUMNS = ("id", "ext_id", "url", "canonical_url", "content_hash", "lang", "published", "pipeline_version",
                    "ingested_at", "updated_at", "text")
_STORY_SPAN_DAYS = 3  # a stream's story has its articles within this many days of its first


@dataclass
class _OpenStory:
    id: str
    first_day: dt.date
    last_day: dt.date
    articles: int = 0
    keys: dict[str, float] = field(default_factory=dict)
    active: dict[str, int] = field(default_factory=dict)  # key → activity counter of its last article


@dataclass
class StoryFill:
    """What a fill wrote: the story id of each gold story of the stream (to judge later filing)."""

    articles: int = 0
    stories: int = 0
    story_of_gold: dict[int, str] = field(default_factory=dict)
    frequencies: Counter[str] = field(default_factory=Counter)


def fill_stories(loader: BulkLoader, specs: Iterable[ArticleSpec], max_story_keys: int = 300) -> StoryFill:
    """Write every table of :data:`STORY_TABLES` (empty before) for ``specs``, indexes built after the load."""
    fill = StoryFill()
    finished: list[_OpenStory] = []
    placements: list[tuple[object, ...]] = []

    def articles() -> Iterator[tuple[object, ...]]:
        now = dt.datetime.now(dt.UTC).isoformat()
        open_stories: dict[int, _OpenStory] = {}
        day: dt.date | None = None
        for spec in specs:
            if spec.day != day:  # a new day: stories begun more than their span ago are complete
                day = spec.day
                done = [g for g, s in open_stories.items() if (day - s.first_day).days > _STORY_SPAN_DAYS]
                finished.extend(open_stories.pop(g) for g in done)
            key = spec.number + 1
            keys = signature_keys(spec)
            fill.frequencies.update(keys.keys())
            story = open_stories.get(spec.story)
            if story is None:
                story = open_stories[spec.story] = _OpenStory(f"story:{key}", spec.day, spec.day)
                fill.story_of_gold[spec.story] = story.id
            story.articles += 1
            story.first_day, story.last_day = min(story.first_day, spec.day), max(story.last_day, spec.day)
            for name, weight in keys.items():
                story.keys[name] = story.keys.get(name, 0.0) + weight
                story.active[name] = key
            signature = ArticleSignature(article_id=str(key), day=spec.day, keys=keys)
            placements.append((key, story.id, 0.0, signature_json(signature)))
            fill.articles += 1
            url = f"https://synthetic.example.org/{key}"  # every article has one, as fed articles do
            yield (key, f"syn-{key}", url, url, f"synthetic-{key}", "en", spec.day.isoformat(), "synthetic", now, now,
                   "")
        finished.extend(open_stories.values())

    with loader.indexes_dropped(STORY_TABLES):
        loader.write("articles", _ARTICLE_COLUMNS, articles())
        fill.stories = loader.write("stories", ("id", "first_day", "last_day", "articles"),
                                    ((s.id, s.first_day.isoformat(), s.last_day.isoformat(), s.articles)
                                     for s in finished))
        loader.write("story_articles", ("article_id", "story_id", "score", "signature"), placements)
        placements.clear()
        loader.write("story_keys", ("story_id", "key", "weight"),
                     ((s.id, k, w) for s in finished
                      for k, w in sorted(s.keys.items(), key=lambda kv: (-kv[1], kv[0]))[:max_story_keys]))
        loader.write("story_postings", ("key", "story_id", "active_at"),
                     ((k, s.id, active) for s in finished for k, active in s.active.items()))
        loader.write("story_key_df", ("key", "articles"), fill.frequencies.items())
    loader.execute(f"UPDATE story_counters SET value = {fill.articles} WHERE name IN ('articles', 'activity')")
    if loader.postgres:
        loader.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT MAX(id) FROM articles))")
        loader.execute("VACUUM ANALYZE")
    else:
        loader.execute("ANALYZE")
    return fill
