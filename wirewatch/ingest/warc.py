"""WARC files (warcio; e.g. Common Crawl News): every HTML response or resource record becomes an article."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.fetch import decode_body, parse_content_type
from wirewatch.ingest.gzip_members import MemberError, gzip_members, next_header
from wirewatch.ingest.read import article_from_document
from wirewatch.records import Article

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_RECORD_START = b"\nWARC/1."  # a record's first line, after the previous record's blank lines


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def _has_warc_header(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as stream:
            start = stream.read(16)
    except zlib.error:  # a corrupt first member: the members are read one by one, each failure reported
        return True
    except (OSError, EOFError):
        return False
    return start.startswith((b"WARC/", b"filedesc://"))


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """Articles from the HTML pages archived in ``path`` (other records are skipped silently). Each record
    stands alone: a malformed record (no ``WARC-Target-URI`` …), a corrupt gzip member or a truncated file is
    one :class:`InputError` naming the record's byte offset, and reading resumes at the next record."""
    if not _has_warc_header(path):
        yield InputError(str(path), None, "not a WARC file (no WARC/ or ARC header)")
        return
    with path.open("rb") as raw:
        if raw.read(2) != b"\x1f\x8b":
            start: int | None = 0
            while start is not None:  # after a malformed record, resume at the next record's header line
                raw.seek(start)
                failed_at = yield from _read_records(raw, path, None)
                start = None if failed_at is None else next_header(raw, failed_at + 1, _RECORD_START)
            return
        for member in gzip_members(raw):
            failed_at = yield from _read_records(member.stream, path, member.offset)
            if member.error is not None and failed_at is None:  # raised inside warcio, taken for the end
                yield InputError(str(path), None, f"record at byte {member.offset}: {member.error}")


def _read_records(stream: BinaryIO, path: Path, member: int | None
                  ) -> Generator[Article | InputError, None, int | None]:
    """The articles of the records in ``stream``: the gzip member starting at byte ``member`` of ``path``, or
    (``member`` None) the uncompressed file from its position. An unreadable record ends the stream with one
    :class:`InputError`; the byte offset where it starts is returned (None when the stream ended cleanly)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream, check_digests=False)

    def offset() -> int:  # of the record being read (warcio keeps it; absolute for an uncompressed file)
        return member if member is not None else int(records.offset)

    try:
        for record in records:
            if (item := _article_of(record, str(path), f"record at byte {offset()}")) is not None:
                yield item
    except MemberError as error:
        problem = str(error)
    except ArchiveLoadFailed as error:
        problem = f"not a readable WARC record ({str(error).splitlines()[0]})"
    except Exception as error:  # warcio fails on malformed records in many ways (AttributeError, KeyError …)
        problem = f"unreadable ({type(error).__name__}: {error})"
    else:
        return None
    yield InputError(str(path), None, f"record at byte {offset()}: {problem}")
    return offset()


def _article_of(record: ArcWarcRecord, source: str, where: str) -> Article | InputError | None:
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        header = record.http_headers.get_header("Content-Type")
        if status and not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        header = record.rec_headers.get_header("Content-Type")
    else:
        return None
    media_type, charset = parse_content_type(header)
    if media_type not in _HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        return InputError(source, None, f"{where}: an HTML {record.rec_type} without WARC-Target-URI")
    body = decode_body(record.content_stream().read(), charset).encode("utf-8")
    return article_from_document(body, f"{source}#{url}", url=url)
