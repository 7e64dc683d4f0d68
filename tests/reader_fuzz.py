"""Generated inputs for every reader (hypothesis strategies), and the run they go through: the same readers and
ingest job as the CLI, with the synthetic extractor (the pipeline is not what is fuzzed). Shared by the bounded
CI test (``tests/test_fuzz_readers.py``) and the on-demand fuzz (``benchmarks/fuzz_readers.py``)."""

from __future__ import annotations

import gzip as gzip_module
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from hypothesis import strategies as st

from wirewatch.ingest.fetch import Fetcher
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article
from wirewatch.run.ingest_job import IngestSummary, ingest
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor

WORDS = ["council", "vote", "budget", "Monday", "school", "bridge", "mayor", "conseil", "lundi", "école", "pont",
         "maire", "le", "the", "a", "de", "and", "et"]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=3, max_size=20).map(lambda w: " ".join(w).capitalize() + ".")
ANY_TEXT = st.one_of(SENTENCE, st.text(max_size=300), st.text(st.characters(codec="utf-8"), max_size=100))
# text that may hold lone surrogates, control characters and NULs (JSON can carry them all)
HOSTILE_TEXT = st.one_of(ANY_TEXT, st.text(st.characters(min_codepoint=0, max_codepoint=0xDFFF), max_size=60))
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), HOSTILE_TEXT)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


DEPTHS = st.integers(min_value=1, max_value=3000)


@st.composite
def article_objects(draw: st.DrawFn) -> dict[str, object]:
    fields = {"text": draw(st.one_of(SENTENCE, HOSTILE_TEXT, JSON_VALUES))}
    for name in draw(st.sets(st.sampled_from(["id", "title", "lang", "published", "url", "source"]))):
        fields[name] = draw(st.one_of(HOSTILE_TEXT, JSON_VALUES, st.sampled_from(["en", "fr", "2025-08-06",
                                                                                   "https://news.example.org/x"])))
    return fields


def _json_line(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")  # ensure_ascii: lone surrogates travel as \ud800 escapes


JSONL_LINES = st.one_of(
    article_objects().map(_json_line),
    JSON_VALUES.map(_json_line),
    DEPTHS.map(lambda d: ('{"text": "deep", "x": ' + deep_json(d) + "}").encode()),
    st.binary(max_size=80).filter(lambda b: b"\n" not in b),
    st.just(b""),
)
JSONL = st.lists(JSONL_LINES, max_size=12).map(lambda lines: b"\n".join(lines) + b"\n")
TEXT = st.one_of(st.binary(max_size=400), HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    title = draw(ANY_TEXT).replace("<", " ")
    paragraphs = "".join(f"<p>{p}</p>" for p in draw(st.lists(ANY_TEXT, max_size=5)))
    depth = draw(st.integers(min_value=0, max_value=400))
    jsonld = draw(st.one_of(st.just(""), JSON_VALUES.map(json.dumps), DEPTHS.map(deep_json), ANY_TEXT))
    meta = draw(st.one_of(st.just(""), ANY_TEXT)).replace('"', "'")
    page = (f'<html><head><title>{title}</title><meta property="article:published_time" content="{meta}">'
            f'<script type="application/ld+json">{jsonld}</script></head><body>{"<div>" * depth}<article>'
            f'{paragraphs}</article>{"</div>" * depth}</body></html>')
    encoded = page.encode("utf-8", "surrogatepass")
    cut = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=len(encoded))))
    return encoded if cut is None else encoded[:cut]


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    items = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>" for t, link, d in
                    draw(st.lists(st.tuples(ANY_TEXT.map(_xml_text), st.one_of(
                        st.sampled_from(["https://news.example.org/a", "http://news.example.org/b", "ftp://x/y",
                                         "", "not a url"]), ANY_TEXT.map(_xml_text)), ANY_TEXT.map(_xml_text)),
                        max_size=4)))
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    encoded = feed.encode("utf-8", "surrogatepass")
    cut = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=len(encoded))))
    return encoded if cut is None else encoded[:cut]


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@dataclass(frozen=True)
class WarcRecord:
    body: bytes
    content_type: str
    uri: str | None
    kind: str


WARC_RECORDS = st.builds(WarcRecord, body=st.one_of(html_pages(), st.binary(max_size=200)),
                         content_type=st.sampled_from(["text/html; charset=utf-8", "text/html", "text/plain",
                                                       "application/xhtml+xml; charset=latin-1", "image/png"]),
                         uri=st.one_of(st.none(), st.just("https://news.example.org/w"), st.text(max_size=20)),
                         kind=st.sampled_from(["response", "resource", "request"]))


def warc_bytes(records: list[WarcRecord], gzip: bool) -> bytes:
    """A WARC file written by hand (any header value goes, as in a damaged crawl); one gzip member per record."""
    out = []
    for number, record in enumerate(records):
        if record.kind == "response":
            block = b"HTTP/1.1 200 OK\r\nContent-Type: " + record.content_type.encode() + b"\r\n\r\n" + record.body
            block_type = b"application/http; msgtype=response"
        else:
            block, block_type = record.body, record.content_type.encode()
        uri = b"" if record.uri is None else b"WARC-Target-URI: " + record.uri.encode("utf-8", "replace") + b"\r\n"
        head = (b"WARC/1.0\r\nWARC-Type: " + record.kind.encode() + b"\r\n" + uri
                + f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n".encode()
                + b"WARC-Date: 2025-08-06T10:00:00Z\r\nContent-Type: " + block_type
                + f"\r\nContent-Length: {len(block)}\r\n\r\n".encode())
        raw = head + block + b"\r\n\r\n"
        out.append(gzip_module.compress(raw) if gzip else raw)
    return b"".join(out)


@st.composite
def warcs(draw: st.DrawFn, gzip: bool) -> bytes:
    data = bytearray(warc_bytes(draw(st.lists(WARC_RECORDS, max_size=4)), gzip))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 3]))):  # flipped bytes (none, most often)
        if data:
            data[draw(st.integers(min_value=0, max_value=len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.one_of(st.none(), st.none(), st.none(), st.integers(min_value=0, max_value=len(data))))
    return bytes(data if cut is None else data[:cut])


@dataclass(frozen=True)
class Served:
    body: bytes
    content_type: str
    status: int


SERVED = st.builds(Served, body=st.one_of(html_pages(), feeds(), st.binary(max_size=300)),
                   content_type=st.sampled_from(["text/html", "text/html; charset=utf-8", "application/rss+xml",
                                                 "text/plain", "application/octet-stream", "text/html; charset=x-y"]),
                   status=st.sampled_from([200, 200, 200, 404, 500, 302]))

FORMATS = {"jsonl": (JSONL, "in.jsonl"), "text": (TEXT, "in.txt"), "html": (html_pages(), "in.html"),
           "feed": (feeds(), "in.xml"), "warc": (warcs(gzip=False), "in.warc"),
           "warc.gz": (warcs(gzip=True), "in.warc.gz")}


def feed_item_fetcher() -> Fetcher:
    """A fetcher answering every feed item link with a small page (no network)."""
    page = b"<html><head><title>Item</title></head><body><article><p>The council voted the budget.</p></article>"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=page, headers={"Content-Type": "text/html"})

    return Fetcher(httpx.Client(transport=httpx.MockTransport(answer)), allow_private=True)


@dataclass
class RunResult:
    items: int
    summary: IngestSummary
    articles: int  # items that were articles

    @property
    def adds_up(self) -> bool:
        s = self.summary
        return s.ingested + s.updated + s.duplicates + s.failed == self.items


def run_sources(sources: list[str], fetcher: Fetcher | None) -> RunResult:
    """Read ``sources`` as ``wirewatch ingest`` does and ingest them into a fresh in-memory store."""
    items = list(read_sources(sources, fetcher))
    summary = ingest(items, SyntheticExtractor(), open_store(":memory:"), max_chars=100_000)
    return RunResult(items=len(items), summary=summary, articles=sum(isinstance(i, Article) for i in items))


def run_file(folder: Path, name: str, data: bytes, fetcher: Fetcher | None) -> RunResult:
    path = folder / name
    path.write_bytes(data)
    return run_sources([str(path)], fetcher)


class _Handler(BaseHTTPRequestHandler):
    served: Served = Served(b"", "text/html", 200)

    def do_GET(self) -> None:
        served = type(self).served
        self.send_response(served.status)
        if served.status == 302:
            self.send_header("Location", "/again")
        self.send_header("Content-Type", served.content_type)
        self.send_header("Content-Length", str(len(served.body)))
        self.end_headers()
        self.wfile.write(served.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def local_server() -> Iterator[tuple[str, type[_Handler]]]:
    """A server on 127.0.0.1 answering every GET with its handler class's ``served`` response."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/page", handler
    finally:
        server.shutdown()
        server.server_close()


def url_fetcher(deadline: float = 5.0) -> Fetcher:
    from wirewatch.ingest.fetch import make_client
    from wirewatch.settings import Settings

    settings = Settings(allow_private_urls=True, fetch_timeout=2.0, fetch_deadline=deadline)
    return Fetcher.from_settings(settings, make_client(settings))
