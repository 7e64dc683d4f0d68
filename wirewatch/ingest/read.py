"""Inputs → Articles: JSON Lines (one article a line), a plain-text or HTML file, or standard input ("-").

Every input item yields either an :class:`Article` or an :class:`InputError` naming the item and what is
wrong, so one bad line never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from wirewatch.ingest.article_input import InputError, content_id, guarded
from wirewatch.ingest.html import extract_page, looks_like_html
from wirewatch.records import Article

ArticleOrError = Article | InputError
_JSON_FIELDS = {"id", "text", "lang", "published", "url", "title", "source"}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")  # "fr", "en-GB", "pt_BR"


def _decode(data: bytes, source: str, line: int | None) -> str | InputError:
    if b"\x00" in data:
        return InputError(source, line, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(source, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def parse_published(value: object) -> dt.date | None:
    """A date from "2025-08-06", "2025-08-06T10:00:00Z" or similar; ValueError when it is not one."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None


def lone_surrogate(value: str) -> int | None:
    """The offset of the first lone surrogate (``"\\ud800"`` in JSON: not a character) in ``value``, or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def parse_json(text: str) -> object:
    """``json.loads`` whose failures are all ``ValueError``: nesting deeper than the interpreter's recursion
    limit becomes one too (a RecursionError would otherwise end the whole run)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def article_from_json(obj: object, source: str, line: int | None) -> ArticleOrError:
    """An Article from one decoded JSON value (only ``text`` is required)."""
    if not isinstance(obj, dict):
        return InputError(source, line, f"expected a JSON object, got {type(obj).__name__}")
    for name in sorted(_JSON_FIELDS & obj.keys()):
        value = obj[name]
        if isinstance(value, str) and (offset := lone_surrogate(value)) is not None:
            return InputError(source, line, f"{name}: a lone surrogate (U+{ord(value[offset]):04X}) at offset "
                                            f"{offset} is not text")
        if isinstance(value, str) and "\x00" in value:
            return InputError(source, line, f"{name}: a NUL character at offset {value.index(chr(0))} is not text")
    given_id = obj.get("id")
    art_id = str(given_id) if given_id not in (None, "") else None
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, line, "no \"text\" string", art_id)
    if not text.strip():
        return InputError(source, line, "empty text", art_id)
    try:
        published = parse_published(obj.get("published"))
    except ValueError as exc:
        return InputError(source, line, f"published: {exc}", art_id)
    fields = {k: obj[k] for k in _JSON_FIELDS & obj.keys() if k not in ("id", "text", "published")}
    fields = {k: (str(v) if v is not None else None) for k, v in fields.items()}
    if fields.get("lang") and not _LANGUAGE_TAG.fullmatch(fields["lang"] or ""):
        return InputError(source, line, f"lang: {fields['lang'][:20]!r} is not a language code (e.g. \"fr\")", art_id)
    try:
        return Article(id=art_id or content_id(text, fields.get("title")), text=text, published=published,
                       **fields)
    except ValidationError as exc:
        return InputError(source, line, f"invalid article: {exc.errors()[0]['msg']}", art_id)


def read_jsonl_lines(lines: Iterable[bytes], source: str) -> Iterator[ArticleOrError]:
    """Articles from JSON Lines, streamed: one line in memory at a time."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        decoded = _decode(raw.rstrip(b"\r\n"), source, number)
        if isinstance(decoded, InputError):
            yield decoded
            continue
        yield article_from_json_line(decoded, source, number)


def article_from_json_line(line: str, source: str, number: int | None) -> ArticleOrError:
    """An Article from one JSON Lines line (malformed or too deeply nested JSON is an :class:`InputError`)."""
    try:
        obj = parse_json(line)
    except json.JSONDecodeError as exc:
        return InputError(source, number, f"malformed JSON ({exc.msg} at column {exc.colno})")
    except ValueError as exc:
        return InputError(source, number, f"malformed JSON ({exc})")
    return article_from_json(obj, source, number)


def read_jsonl_bytes(data: bytes, source: str) -> Iterator[ArticleOrError]:
    return read_jsonl_lines(data.split(b"\n"), source)


def article_from_document(data: bytes, source: str, url: str | None = None) -> ArticleOrError:
    """One article from a whole plain-text or HTML document."""
    decoded = _decode(data, source, None)
    if isinstance(decoded, InputError):
        return decoded
    if looks_like_html(decoded):
        try:
            page = extract_page(decoded, url=url)
        except (RecursionError, ValueError, LookupError) as error:  # e.g. markup nested past the recursion limit
            return InputError(source, None, f"unreadable HTML ({type(error).__name__}: {error})")
        if not page.text.strip():
            return InputError(source, None, "HTML page without main text")
        return Article(id=content_id(page.text, page.title), text=page.text, title=page.title, published=page.published,
                       url=page.url)
    if not decoded.strip():
        return InputError(source, None, "empty text")
    return Article(id=content_id(decoded), text=decoded, url=url)


def _is_jsonl(head: bytes, name: str) -> bool:
    if name.endswith((".jsonl", ".ndjson")):
        return True
    if name.endswith((".txt", ".html", ".htm")):
        return False
    return head.lstrip()[:1] == b"{"


def _read_stream(stream: BinaryIO, source: str) -> Iterator[ArticleOrError]:
    """JSON Lines stream line by line (from a peekable stream); a text or HTML document is read whole."""
    if isinstance(stream, io.BufferedReader):
        if _is_jsonl(stream.peek(4096)[:4096], source):
            yield from read_jsonl_lines(stream, source)
            return
        data = stream.read()
    else:  # e.g. a BytesIO standing in for stdin
        data = stream.read()
        if _is_jsonl(data[:4096], source):
            yield from read_jsonl_bytes(data, source)
            return
    yield article_from_document(data, source)


def read_input(path: str) -> Iterator[ArticleOrError]:
    """Articles from a JSON Lines, text or HTML file, or "-" for standard input (format sniffed). JSON Lines
    are streamed, so a file of any size goes through in constant memory."""
    if path == "-":
        yield from guarded("<stdin>", _read_stream(sys.stdin.buffer, "<stdin>"))
        return
    file = Path(path)
    if not file.is_file():
        yield InputError(path, None, "no such file" if not file.exists() else
                         "a directory, not a file" if file.is_dir() else "not a regular file")
        return
    yield from guarded(path, _read_file(file))


def _read_file(file: Path) -> Iterator[ArticleOrError]:
    with file.open("rb") as stream:
        yield from _read_stream(stream, str(file))
