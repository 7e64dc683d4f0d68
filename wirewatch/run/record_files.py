"""Records that carry the article as read, and reading them back from files (``wirewatch ingest --records``).

``extract -o`` and ``batch -o`` write each record with its article's ``text`` (the string the offsets index),
``title``, ``url`` and ``source`` (CONTRACT.md allows these fields), so a store can take the records without
extracting again. :func:`read_record_files` reads such files and folders back, one item per line: a record, or
an :class:`~wirewatch.ingest.article_input.InputError` for a line that is not one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from wirewatch.ingest.article_input import InputError
from wirewatch.records import Article, ArticleRecord

RECORD_SUFFIXES = (".jsonl", ".ndjson")


class RecordMaker(Protocol):
    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]: ...


def with_article(record: ArticleRecord, article: Article) -> ArticleRecord:
    """``record`` carrying ``article`` as read (fields the record already states are kept)."""
    return record.model_copy(update={
        "text": article.text if record.text is None else record.text,
        "title": record.title or article.title, "url": record.url or article.url,
        "source": record.source or article.source})


def records_with_articles(extractor: RecordMaker, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
    """The extractor's records of ``items`` (one per item, in order), each carrying its article."""
    pending: deque[Article | InputError] = deque()

    def fed() -> Iterator[Article | InputError]:
        for item in items:
            pending.append(item)
            yield item

    for record in extractor.extract(fed()):
        item = pending.popleft()
        yield with_article(record, item) if isinstance(item, Article) else record


def article_of(record: ArticleRecord) -> Article:
    """The article a record carries; ValueError when it carries no text."""
    if record.text is None:
        raise ValueError("the record carries no text (made before records carried their article?): "
                         "ingest the articles instead")
    return Article(id=record.id, text=record.text, lang=record.lang, published=record.published, url=record.url,
                   title=record.title, source=record.source)


def record_paths(sources: Iterable[str]) -> Iterator[Path | InputError]:
    """The record files of ``sources``: files as given, folders' ``*.jsonl``/``*.ndjson`` files (sorted)."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RECORD_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            yield InputError(source, None, "no such file or folder")


def read_record_files(sources: Iterable[str]) -> Iterator[ArticleRecord | InputError]:
    """Every line of the record files of ``sources``: a record, or an InputError naming the line."""
    for path in record_paths(sources):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            with path.open("rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    if raw.strip():
                        yield record_from_line(raw, str(path), number)
        except OSError as error:
            yield InputError(str(path), None, f"not readable ({error.strerror or error})")


def record_from_line(raw: bytes, source: str, number: int) -> ArticleRecord | InputError:
    """One record line, or what is wrong with it."""
    try:
        return ArticleRecord.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "line"
        return InputError(source, number, f"not a record ({where}: {first.get('msg', 'invalid')})")
