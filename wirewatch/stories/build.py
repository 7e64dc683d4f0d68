"""Stories of a batch of extraction records: the library function behind ``wirewatch stories``.

A batch is clustered the way the store clusters a stream: one article at a time, oldest first, through the same
:class:`~wirewatch.stories.cluster.StoryClusterer`. Two batch privileges: key document frequencies are counted
over the whole batch first (a stream has them from the articles already stored), and a refinement pass then
reconsiders each article once all are placed (:func:`refine`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from wirewatch.records import ArticleRecord
from wirewatch.stories.cluster import ClusterSettings, StoryClusterer, story_id_for
from wirewatch.stories.merge_events import merge_events
from wirewatch.stories.models import Story
from wirewatch.stories.signatures import ArticleSignature, SignatureSettings, signature_of
from wirewatch.stories.story_index import MemoryStoryIndex, StoryProfile


def cluster_records(records: Iterable[ArticleRecord], settings: ClusterSettings | None = None,
                    signature_settings: SignatureSettings | None = None, refine_passes: int = 2) -> MemoryStoryIndex:
    """Cluster records (failed ones included: they get a story of their own) into an in-memory index, then refine
    the batch (``refine_passes`` second looks at most)."""
    signatures = [signature_of(r, signature_settings) for r in records]
    signatures.sort(key=lambda s: s.day or dt.date.min)  # stable: input order within a day
    index = MemoryStoryIndex()
    for signature in signatures:
        index.observe(signature)
    clusterer = StoryClusterer(index, settings)
    for signature in signatures:
        clusterer.add(signature, observe=False)
    for _ in range(refine_passes):
        if not refine(index, clusterer, signatures):
            break
    return index


def refine(index: MemoryStoryIndex, clusterer: StoryClusterer, signatures: list[ArticleSignature]) -> int:
    """A second look at a batch (single-pass clustering depends on arrival order): each article, taken out of its
    story, moves to the story it is now most similar to, or stands alone when none reaches the threshold.
    Returns the number of articles moved."""
    threshold = clusterer.settings.threshold
    max_keys = clusterer.settings.max_story_keys
    moved = 0
    for signature in signatures:
        current = index.stories[index.story_of_article(signature.article_id)]
        current.release(signature)
        own = clusterer.similarity(signature, current, clusterer.idf(list(signature.keys))) if current.keys else 0.0
        best, score, _ = clusterer.best(signature)
        if best is not None and score >= threshold and score > own:
            target = best
        elif own < threshold and current.article_ids:
            target = StoryProfile(id=_free_id(index, story_id_for(signature)))
        else:
            target = current
        target.absorb(signature, max_keys)
        index.save(target, signature)
        if target is not current:
            moved += 1
            if not current.article_ids:
                index.drop(current.id)
    return moved


def _free_id(index: MemoryStoryIndex, story_id: str) -> str:
    n = 1
    candidate = story_id
    while candidate in index.stories:
        n += 1
        candidate = f"{story_id}#{n}"
    return candidate


def _key_entities(records: list[ArticleRecord], limit: int) -> list[str]:
    """Entity names that most articles of the story name (ties: by total mentions)."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for record in records:
        names = {e.name for e in record.entities}
        articles.update(names)
        for entity in record.entities:
            mentions[entity.name] += len(entity.mentions)
    return sorted(articles, key=lambda n: (-articles[n], -mentions[n], n))[:limit]


def story_of(profile: StoryProfile, records: dict[str, ArticleRecord], key_entities: int = 8) -> Story:
    members = [records[i] for i in profile.article_ids if i in records]
    return Story(id=profile.id, article_ids=list(profile.article_ids), first_published=profile.first_day,
                 last_published=profile.last_day, key_entities=_key_entities(members, key_entities),
                 events=merge_events(members))


def build_stories(records: list[ArticleRecord], settings: ClusterSettings | None = None) -> list[Story]:
    """Stories of the records, with their merged events, in order of first article."""
    index = cluster_records(records, settings)
    by_id = {r.id: r for r in records}
    return [story_of(profile, by_id) for profile in index.stories.values()]
