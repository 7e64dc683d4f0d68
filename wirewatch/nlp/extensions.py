"""The Doc attributes through which wirewatch components hand results to each other.

Registered by :func:`ensure_extensions`, called from every component factory (never at import time).
Each attribute holds a list of typed records from :mod:`wirewatch.records` (or None before its component ran):

- ``doc._.ww_published``: ``datetime.date | None``: the article's publication date (set before the pipeline).
- ``doc._.ww_entities``: ``list[Entity]`` (component ``ww_entities``): merged entities with char-offset mentions.
- ``doc._.ww_dates``: ``list[TimeExpr]`` (``ww_dates``).
- ``doc._.ww_places``: ``list[Place]`` (``ww_places``).
- ``doc._.ww_quotes``: ``list[Quote]`` (``ww_quotes``).
- ``doc._.ww_events``: ``list[Event]`` (``ww_events``).
- ``doc._.ww_warnings``: ``list[str]``: problems met on the way, reported in the record.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = (
    "ww_published", "ww_entities", "ww_dates", "ww_places", "ww_quotes", "ww_events", "ww_warnings",
)


def ensure_extensions() -> None:
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
