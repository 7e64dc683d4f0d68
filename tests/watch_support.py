"""A local feed server and webhook receiver for the watch and alert tests (127.0.0.1 only, in a thread).

The feed server serves ``/feed.xml`` (RSS 2.0 with an ETag and a Last-Modified, answering 304 to a matching
conditional request), article pages ``/a/<n>.html``, 404 elsewhere, and counts every request by path. The
webhook receiver records each POST's body and headers, and can fail its first N requests with 503.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

import httpx

from wirewatch.ingest.fetch import Fetcher

PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{text}</p><p>Officials gave no further details on Tuesday evening, and reporters at the scene said the roads
around the district stayed closed while investigators worked through the night.</p></article></body></html>"""


@dataclass
class FeedItemSpec:
    guid: str
    title: str
    text: str
    description: str
    page: bool = True  # False: the page answers 404 (the description stands in)


@dataclass
class FeedSite:
    items: list[FeedItemSpec] = field(default_factory=list)
    requests: Counter[str] = field(default_factory=Counter)
    conditional: int = 0  # feed requests that carried a validator
    failing_feed: bool = False
    modified: str = email.utils.formatdate(1_700_000_000, usegmt=True)
    base: str = ""

    def rss(self) -> bytes:
        entries = "".join(
            f"<item><guid isPermaLink=\"false\">{escape(i.guid)}</guid><title>{escape(i.title)}</title>"
            f"<link>{self.base}/a/{escape(i.guid)}.html</link><description>{escape(i.description)}</description>"
            "<pubDate>Tue, 05 Aug 2025 10:00:00 GMT</pubDate></item>" for i in self.items)
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Local</title>"
                f"<link>{self.base}/</link><description>test feed</description>{entries}</channel></rss>"
                ).encode()

    def etag(self) -> str:
        return '"' + hashlib.sha1(self.rss()).hexdigest()[:16] + '"'


class _FeedHandler(BaseHTTPRequestHandler):
    site: FeedSite

    def do_GET(self) -> None:
        site = self.site
        site.requests[self.path] += 1
        if self.path == "/feed.xml":
            if site.failing_feed:
                self._send(500, b"boom", "text/plain")
                return
            etag = site.etag()
            if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                site.conditional += 1
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", None, {"ETag": etag})
                return
            self._send(200, site.rss(), "application/rss+xml", {"ETag": etag, "Last-Modified": site.modified})
            return
        item = next((i for i in site.items if self.path == f"/a/{i.guid}.html" and i.page), None)
        if item is None:
            self._send(404, b"not found", "text/plain")
            return
        self._send(200, PAGE.format(title=escape(item.title), text=escape(item.text)).encode("utf-8"),
                   "text/html; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str | None,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@dataclass
class Receiver:
    posts: list[tuple[bytes, dict[str, str]]] = field(default_factory=list)
    fail_first: int = 0
    url: str = ""


class _HookHandler(BaseHTTPRequestHandler):
    receiver: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.receiver.posts.append((body, {k.lower(): v for k, v in self.headers.items()}))
        status = 503 if len(self.receiver.posts) <= self.receiver.fail_first else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@contextmanager
def _serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def feed_site(items: list[FeedItemSpec]) -> Iterator[FeedSite]:
    site = FeedSite(items=items)
    handler = type("Handler", (_FeedHandler,), {"site": site})
    with _serving(handler) as base:
        site.base = base
        yield site


@contextmanager
def webhook_receiver(fail_first: int = 0) -> Iterator[Receiver]:
    receiver = Receiver(fail_first=fail_first)
    handler = type("Handler", (_HookHandler,), {"receiver": receiver})
    with _serving(handler) as base:
        receiver.url = f"{base}/hook"
        yield receiver


@contextmanager
def local_fetcher() -> Iterator[Fetcher]:
    """A fetcher allowed to reach 127.0.0.1, with short timeouts."""
    with httpx.Client(timeout=5.0) as client:
        yield Fetcher(client, allow_private=True)


def items(count: int, *, start: int = 0) -> list[FeedItemSpec]:
    """Items written for these tests: a council vote, a storm, a court ruling … (no real event)."""
    subjects = ["The city council approved the new tram line", "A storm closed the northern harbour",
                "The appeals court upheld the fishing quota", "The regional museum reopened its west wing",
                "Rail workers ended their three-day strike", "The water board raised its flood warning"]
    return [FeedItemSpec(guid=f"item-{n}", title=f"Local story {n}",
                         text=f"{subjects[n % len(subjects)]} (report {n}).",
                         description=f"Summary of local story {n}: {subjects[n % len(subjects)].lower()}.")
            for n in range(start, start + count)]
