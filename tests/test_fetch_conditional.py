"""One redirect loop for pages and feeds: ``Fetcher.get(url, headers=…)`` sends the headers on every hop,
answers a 304 as a page that was not modified (with the validators of the answer), and still checks every
hop's address, conditional or not. The watch's conditional GET goes through it."""

from __future__ import annotations

import httpx
import pytest

from wirewatch.ingest.fetch import Fetcher, FetchError
from wirewatch.run.feed_poll import conditional_get
from wirewatch.store.watch_tables import FeedState

ETAG = '"v7"'
FEED = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
PUBLIC = {"feeds.example.org": ["93.184.216.34"], "mirror.example.org": ["93.184.216.35"],
          "intranet.example.org": ["10.0.0.8"]}


def handler(request: httpx.Request) -> httpx.Response:
    """/old → /feed on the mirror; /feed answers 304 to its ETag; /leak redirects to a private host."""
    if request.url.path == "/old":
        return httpx.Response(301, headers={"Location": "https://mirror.example.org/feed"})
    if request.url.path == "/leak":
        return httpx.Response(302, headers={"Location": "https://intranet.example.org/feed"})
    if request.headers.get("if-none-match") == ETAG:
        return httpx.Response(304, headers={"ETag": ETAG})
    return httpx.Response(200, content=FEED, headers={"ETag": ETAG, "Last-Modified": "Mon, 02 Feb 2026 10:00:00 GMT",
                                                       "Content-Type": "application/rss+xml"})


@pytest.fixture()
def fetcher() -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(handler)), resolve=lambda host: PUBLIC[host])


def test_headers_go_with_every_hop_and_a_304_is_not_modified(fetcher: Fetcher) -> None:
    page = fetcher.get("https://feeds.example.org/old", headers={"If-None-Match": ETAG})
    assert (page.not_modified, page.body, page.etag, page.requests, page.url) == (
        True, b"", ETAG, 2, "https://mirror.example.org/feed")


def test_without_validators_the_page_carries_them(fetcher: Fetcher) -> None:
    page = fetcher.get("https://feeds.example.org/old")
    assert (page.not_modified, page.body, page.etag, page.last_modified is not None, page.requests) == (
        False, FEED, ETAG, True, 2)


@pytest.mark.parametrize("headers", [None, {"If-None-Match": ETAG}], ids=["plain", "conditional"])
def test_a_redirect_to_a_private_address_is_refused(fetcher: Fetcher, headers: dict[str, str] | None) -> None:
    with pytest.raises(FetchError, match="private or loopback"):
        fetcher.get("https://feeds.example.org/leak", headers=headers)


@pytest.mark.parametrize(("etag", "body"), [(None, FEED), (ETAG, None)], ids=["first", "again"])
def test_the_watch_conditional_get_uses_the_fetcher(fetcher: Fetcher, etag: str | None, body: bytes | None) -> None:
    response = conditional_get(fetcher, FeedState(url="https://feeds.example.org/old", etag=etag))
    assert (response.body, response.etag, response.requests, response.url) == (
        body, ETAG, 2, "https://mirror.example.org/feed")
