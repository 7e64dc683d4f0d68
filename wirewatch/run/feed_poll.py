"""One watched feed: a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the stored validators)
and its items with their keys (GUID, else link) and descriptions.

The request goes through the fetcher's client with the fetcher's checks: every hop's address (private
addresses refused unless allowed), bounded redirects, the size limit and the total deadline.
"""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.ingest.feeds import FeedItem, parse_feed
from wirewatch.ingest.fetch import Fetcher
from wirewatch.store.watch_tables import FeedState


@dataclass(frozen=True)
class FeedResponse:
    """A feed's answer: ``body`` None when it was not modified (304)."""

    url: str
    body: bytes | None
    etag: str | None
    last_modified: str | None
    requests: int  # HTTP requests made, redirects included


WatchItem = FeedItem  # an item with its GUID key and plain-text description (wirewatch.ingest.feeds)


def conditional_get(fetcher: Fetcher, state: FeedState) -> FeedResponse:
    """GET ``state.url`` with the validators ``state`` holds, through :meth:`Fetcher.get` (every hop's address
    checked, bounded redirects, the size limit, all of it within the total deadline); FetchError on failure
    (HTTP ≥ 400 included)."""
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    page = fetcher.get(state.url, headers=headers)
    if page.not_modified:
        return FeedResponse(page.url, None, page.etag or state.etag, page.last_modified or state.last_modified,
                            page.requests)
    return FeedResponse(page.url, page.body, page.etag, page.last_modified, page.requests)


def feed_items(body: bytes, base_url: str) -> list[WatchItem] | None:
    """The items of a feed that have a link, in feed order; None when ``body`` is not a feed."""
    return parse_feed(body, base_url)


def read_feed_list(sources: tuple[str, ...] | list[str]) -> list[str]:
    """Feed URLs from the command line: each source is a URL, or a text file listing them (one a line; blank
    lines and ``#`` comments skipped). ValueError names a source that is neither."""
    from pathlib import Path

    urls: list[str] = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            urls.append(source)
            continue
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"{source}: neither an http(s) URL nor a file listing feeds")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            entry = line.split("#", 1)[0].strip()
            if not entry:
                continue
            if not entry.startswith(("http://", "https://")):
                raise ValueError(f"{source}:{number}: not an http(s) URL: {entry}")
            urls.append(entry)
    return list(dict.fromkeys(urls))
