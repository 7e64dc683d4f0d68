"""The members of a multi-member gzip file (a ``.warc.gz`` holds one record per member), read one at a time.

Python's ``gzip`` module reads members as one stream: a corrupt member ends the whole file, and a truncated
last member is only noticed at the very end. Here each member is its own readable stream; a corrupt member is
reported and reading resumes at the next gzip header; a truncated one raises :class:`TruncatedMember`.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 16


class MemberError(Exception):
    """A gzip member that cannot be read to its end (not an EOFError, which readers take for a clean end)."""


class TruncatedMember(MemberError):
    """The file ends inside a gzip member."""


class CorruptMember(MemberError):
    """A gzip member whose compressed data cannot be decoded."""


class _MemberReader(io.RawIOBase):
    """The decompressed bytes of the member starting at ``raw``'s position; EOF at the member's end."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.inflater = zlib.decompressobj(wbits=31)
        self.pending = b""
        self.leftover = b""  # compressed bytes read past the member's end (the next members' start)
        self.error: MemberError | None = None  # what stopped the reading, kept for readers that catch errors

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        while not self.pending and not self.inflater.eof:
            data = self.inflater.unconsumed_tail or self.raw.read(_CHUNK)
            if not data:
                self.error = TruncatedMember("the file ends inside a gzip member (truncated)")
                raise self.error
            try:
                self.pending = self.inflater.decompress(data, size)
            except zlib.error as error:
                self.error = CorruptMember(f"corrupt gzip data ({error})")
                raise self.error from None
            if self.inflater.eof:
                self.leftover = self.inflater.unused_data
        count = min(size, len(self.pending))
        buffer[:count] = self.pending[:count]
        self.pending = self.pending[count:]
        return count


@dataclass
class Member:
    """One member: its byte offset in the file, and a stream of its decompressed content."""

    offset: int
    stream: io.BufferedReader
    _reader: _MemberReader

    @property
    def error(self) -> MemberError | None:
        """Why this member could not be read to its end, if it could not."""
        return self._reader.error

    def end(self) -> int:
        """The offset just past this member (valid once its stream was read to the end)."""
        return self._reader.raw.tell() - len(self._reader.leftover)


def next_header(raw: BinaryIO, start: int, magic: bytes = _MAGIC) -> int | None:
    """The offset of the first ``magic`` at or after ``start`` (a gzip header by default; for a ``magic``
    starting with a newline, the offset just after that newline), or None."""
    raw.seek(start)
    offset, tail = start, b""
    while chunk := raw.read(_CHUNK):
        found = (tail + chunk).find(magic)
        if found >= 0:
            return offset - len(tail) + found + (1 if magic.startswith(b"\n") else 0)
        tail = chunk[-(len(magic) - 1):]
        offset += len(chunk)
    return None


def gzip_members(raw: BinaryIO) -> Iterator[Member]:
    """Each member of the seekable gzip file ``raw``. The caller reads each member's stream to its end (or until
    it raises :class:`CorruptMember`) before asking for the next; after a corrupt member the next one is found by
    its header."""
    offset: int | None = 0
    while offset is not None:
        raw.seek(offset)
        if not raw.read(1):
            return
        raw.seek(offset)
        reader = _MemberReader(raw)
        member = Member(offset, io.BufferedReader(reader), reader)
        yield member
        try:
            while member.stream.read(_CHUNK):  # what the caller left unread of this member
                pass
        except MemberError:
            pass  # kept in member.error for the caller; the next header is looked for below
        # after corrupt or truncated data, resume at the next header after this member's start
        offset = member.end() if reader.inflater.eof else next_header(raw, offset + 1)
