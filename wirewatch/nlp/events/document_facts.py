"""What the event component learns about one document while reading it.

A value made by ``EventComponent.match`` for each document and passed through the calls that need it, never kept
on the component: one component serves every document of ``nlp.pipe``, so state on ``self`` would leak from one
document into the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.records import EventPlace


@dataclass
class DocumentFacts:
    home_country: str | None = None  # the country the document's places are mostly in
    home_place: EventPlace | None = None  # its most mentioned place
    fallback_dates: dict[tuple[str, int], str] = field(default_factory=dict)  # (type, evidence start) → day
    blames_without_target: set[int] = field(default_factory=set)  # evidence starts of blames naming no one
    accusing_words: set[int] = field(default_factory=set)  # evidence starts of accusing words (not blames)
    unpunctuated: set[int] = field(default_factory=set)  # evidence starts of lines without final punctuation
