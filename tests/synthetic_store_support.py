"""Helpers (no tests) of the store's scale tests: a store of synthetic events loaded through the bulk loader,
as the 10-million-event benchmarks load theirs."""

from __future__ import annotations

from wirewatch.store import Store, open_store
from wirewatch.store.bulk_load import BulkLoader
from wirewatch.store.synthetic_events import (
    EVENT_COLUMNS,
    SOURCE_COLUMNS,
    STORY_ARTICLE_COLUMNS,
    STORY_COLUMNS,
    EventRows,
    EventStream,
)


def bulk_loaded_store(url: str, stream: EventStream) -> Store:
    """A migrated store at ``url`` holding the stream's articles, stories and events, with the event keys
    derived as after a bulk load."""
    open_store(url).close()
    loader = BulkLoader(url)
    rows = EventRows(stream)
    with loader.indexes_dropped(["events"]):
        loader.write("articles", SOURCE_COLUMNS, rows.articles())
        loader.write("stories", STORY_COLUMNS, (story for story, _ in rows.stories()))
        loader.write("story_articles", STORY_ARTICLE_COLUMNS, (m for _, members in rows.stories() for m in members))
        loader.write("events", EVENT_COLUMNS, rows.events())
    loader.derive_event_keys()
    loader.close()
    return open_store(url)
