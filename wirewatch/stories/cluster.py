"""Incremental story clustering: each new article joins the most similar candidate story, or starts one.

Candidates come from a :class:`~wirewatch.stories.story_index.StoryIndex` (the article's most telling keys → stories
active within a time window), so the cost of a new article depends on how many stories share its keys recently,
not on how many stories exist. Similarity is the cosine of TF-IDF-weighted key vectors: the article's signature
against the story's summed signature.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wirewatch.stories.models import StoryAssignment
from wirewatch.stories.signatures import ArticleSignature
from wirewatch.stories.story_index import StoryIndex, StoryProfile


@dataclass(frozen=True)
class ClusterSettings:
    threshold: float = 0.15  # minimum similarity to join a story
    window_days: int = 7  # an article joins only stories active within this many days of its date
    lookup_keys: int = 12  # the article's keys used to find candidate stories
    per_key: int = 50  # stories looked at per lookup key, most recently active first
    max_candidates: int = 32  # stories compared at most, those found through the rarest keys first
    max_story_keys: int = 300  # a story profile keeps its heaviest keys only


def story_id_for(signature: ArticleSignature) -> str:
    """A new story is named after the article that started it."""
    return f"story:{signature.article_id}"


class StoryClusterer:
    """Assigns articles to stories one at a time; the index holds the state (memory or the store)."""

    def __init__(self, index: StoryIndex, settings: ClusterSettings | None = None):
        self.index = index
        self.settings = settings or ClusterSettings()

    def idf(self, keys: list[str]) -> dict[str, float]:
        """Smoothed inverse document frequency of each key over the articles observed so far."""
        return self._idf(self.index.document_frequency(keys))

    def _idf(self, frequencies: dict[str, int]) -> dict[str, float]:
        total = self.index.article_count()
        return {key: math.log((total + 1) / (count + 0.5)) for key, count in frequencies.items()}

    def similarity(self, signature: ArticleSignature, story: StoryProfile, idf: dict[str, float]) -> float:
        """Cosine of the TF-IDF vectors of an article and a story (keys unknown to ``idf`` weigh 1)."""
        dot = sum(weight * story.keys.get(key, 0.0) * idf.get(key, 1.0) ** 2
                  for key, weight in signature.keys.items())
        if dot <= 0.0:
            return 0.0
        norm_a = math.sqrt(sum((w * idf.get(k, 1.0)) ** 2 for k, w in signature.keys.items()))
        missing = [k for k in story.keys if k not in idf]
        if missing:
            idf = {**idf, **self.idf(missing)}
        norm_b = math.sqrt(sum((w * idf[k]) ** 2 for k, w in story.keys.items()))
        return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0

    def best(self, signature: ArticleSignature) -> tuple[StoryProfile | None, float, int]:
        """The most similar candidate story, its similarity and the number of candidates compared."""
        frequencies = self.index.document_frequency(list(signature.keys))
        idf = self._idf(frequencies)
        shared = {key for key, count in frequencies.items() if count > 1}  # keys some other article has
        lookup = signature.top_keys(idf, self.settings.lookup_keys, shared)
        candidates = self.index.candidates(lookup, signature.day, self.settings.window_days, self.settings.per_key,
                                           self.settings.max_candidates)
        best: StoryProfile | None = None
        best_score = 0.0
        for story in candidates:
            if signature.article_id in story.article_ids:
                continue
            score = self.similarity(signature, story, idf)
            if score > best_score or (score == best_score and best is not None and story.id < best.id):
                best, best_score = story, score
        return best, best_score, len(candidates)

    def add(self, signature: ArticleSignature, *, observe: bool = True) -> StoryAssignment:
        """Place one article; ``observe=False`` when its keys were already counted (a batch primed beforehand)."""
        if observe:
            self.index.observe(signature)
        best, best_score, compared = self.best(signature)
        created = best is None or best_score < self.settings.threshold
        story = StoryProfile(id=story_id_for(signature)) if created or best is None else best
        story.absorb(signature, self.settings.max_story_keys)
        self.index.save(story, signature)
        return StoryAssignment(article_id=signature.article_id, story_id=story.id, created=created,
                               score=round(best_score, 4), candidates=compared)
