"""RSS and Atom feeds (feedparser): a feed becomes the list of its items' links, each fetched as a page."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json"}


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None
    published: dt.date | None
    key: str = ""  # the GUID, else the link: what says an item was seen before
    description: str | None = None  # the item's summary as plain text


_TAGS = re.compile(r"<[^>]+>")


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """A feed by its media type, or (served as anything) by an XML body whose root is rss, feed or RDF."""
    if content_type in _FEED_TYPES:
        return True
    head = body[:1000].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(body: bytes, base_url: str | None = None) -> list[FeedItem] | None:
    """The items of a feed with a link, in feed order; None when ``body`` is not a feed."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.get("version") and not parsed.entries:
        return None
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        summary = entry.get("summary") or entry.get("description")
        text = " ".join(html.unescape(_TAGS.sub(" ", summary)).split()) if summary else None
        items.append(FeedItem(link=str(link), title=entry.get("title"), published=published,
                              key=str(entry.get("id") or link), description=text or None))
    return items
