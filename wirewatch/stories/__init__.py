"""Stories: articles about the same real-world events clustered across outlets and languages, their events
merged (every source's figures kept, disagreements flagged), and threats and demands tracked as deadlines.

For a stream (the store), call :class:`StoryClusterer` per new article with a :class:`StoryIndex` the store
implements; for a batch, :func:`build_stories`. See docs/stories.md.
"""

from wirewatch.stories.build import build_stories, cluster_records, story_of
from wirewatch.stories.cluster import ClusterSettings, StoryClusterer, story_id_for
from wirewatch.stories.deadline_roles import SentenceParser, SpacySentenceParser
from wirewatch.stories.deadline_track import follow, link_deadlines, merge_deadlines, track
from wirewatch.stories.deadlines import DeadlineLexicon, capital_countries, find_deadlines
from wirewatch.stories.merge_events import merge_events
from wirewatch.stories.models import Deadline, DeadlineLink, MergedEvent, SourceFigure, Story, StoryAssignment
from wirewatch.stories.signatures import ArticleSignature, SignatureSettings, signature_of
from wirewatch.stories.story_index import MemoryStoryIndex, StoryIndex, StoryProfile

__all__ = [
    "ArticleSignature", "ClusterSettings", "Deadline", "DeadlineLexicon", "DeadlineLink", "MemoryStoryIndex",
    "MergedEvent", "SentenceParser", "SignatureSettings", "SourceFigure", "SpacySentenceParser", "Story",
    "StoryAssignment", "StoryClusterer", "StoryIndex", "StoryProfile", "build_stories", "capital_countries",
    "cluster_records", "find_deadlines", "follow", "link_deadlines", "merge_deadlines", "merge_events",
    "signature_of", "story_id_for", "story_of", "track",
]
