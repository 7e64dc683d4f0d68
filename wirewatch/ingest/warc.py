"""WARC files (warcio; e.g. Common Crawl News): every HTML response or resource record becomes an article."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.fetch import decode_body, parse_content_type
from wirewatch.ingest.read import article_from_document
from wirewatch.records import Article

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def _has_warc_header(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as stream:
            start = stream.read(16)
    except (OSError, EOFError):
        return False
    return start.startswith((b"WARC/", b"filedesc://"))


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """Articles from the HTML pages archived in ``path`` (other records are skipped silently)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _has_warc_header(path):
        yield InputError(str(path), None, "not a WARC file (no WARC/ or ARC header)")
        return
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    header = record.http_headers.get_header("Content-Type")
                    if status and not status.startswith("2"):
                        continue
                elif record.rec_type == "resource":
                    header = record.rec_headers.get_header("Content-Type")
                else:
                    continue
                media_type, charset = parse_content_type(header)
                if media_type not in _HTML_TYPES:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = decode_body(record.content_stream().read(), charset).encode("utf-8")
                yield article_from_document(body, f"{path}#{url}", url=url)
    except ArchiveLoadFailed as error:
        yield InputError(str(path), None, f"not a readable WARC file ({str(error).splitlines()[0]})")
