"""One watched feed: a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the stored validators)
and its items with their keys (GUID, else link) and descriptions.

The request goes through the fetcher's client with the fetcher's checks: every hop's address (private
addresses refused unless allowed), bounded redirects, the size limit and the total deadline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from wirewatch.ingest.feeds import FeedItem, parse_feed
from wirewatch.ingest.fetch import Fetcher, FetchError
from wirewatch.ingest.fetch_deadline import deadline
from wirewatch.store.watch_tables import FeedState

_REDIRECTS = {301, 302, 303, 307, 308}


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
    """GET ``state.url`` with the validators ``state`` holds, all of it within the fetcher's total deadline;
    FetchError on failure (HTTP ≥ 400 included)."""
    try:
        with deadline(fetcher.deadline_seconds) as moment:
            return _conditional_get(fetcher, state, moment)
    except (httpx.InvalidURL, ValueError) as error:
        raise FetchError(f"{state.url}: not a valid URL ({error})") from None


def _conditional_get(fetcher: Fetcher, state: FeedState, moment: float) -> FeedResponse:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    current = state.url
    for hop in range(fetcher.max_redirects + 1):
        fetcher.check_url(current)
        try:
            with fetcher.client.stream("GET", current, headers=headers, follow_redirects=False) as response:
                if response.status_code in _REDIRECTS and response.headers.get("location"):
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code == 304:
                    return FeedResponse(current, None, state.etag, state.last_modified, hop + 1)
                if response.status_code >= 300:
                    raise FetchError(f"{current}: HTTP {response.status_code}")
                body = _read_limited(response, current, fetcher.max_bytes, moment)
                return FeedResponse(current, body, response.headers.get("etag"),
                                    response.headers.get("last-modified"), hop + 1)
        except httpx.TimeoutException:
            raise FetchError(f"{current}: timed out (the whole fetch is bounded to {fetcher.deadline_seconds:g}s)"
                             ) from None
        except httpx.HTTPError as error:
            raise FetchError(f"{current}: {type(error).__name__}: {error}") from None
    raise FetchError(f"{state.url}: more than {fetcher.max_redirects} redirects")


def _read_limited(response: httpx.Response, url: str, max_bytes: int, moment: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if time.monotonic() > moment:  # also for transports that do not honour the deadline themselves
            raise FetchError(f"{url}: the whole fetch took too long")
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: over the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


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
