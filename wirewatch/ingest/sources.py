"""Sources → articles: files (JSON Lines, text, HTML; read by :func:`wirewatch.ingest.read.read_input`), folders
(every readable file under them, in name order), WARC files, feed files, and http(s) URLs of pages or RSS/Atom
feeds (each item's page fetched). Problems come as :class:`InputError` values, never as exceptions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirewatch.ingest.article_input import InputError, guarded
from wirewatch.ingest.feeds import looks_like_feed, parse_feed
from wirewatch.ingest.fetch import FetchedPage, Fetcher, FetchError
from wirewatch.ingest.read import article_from_document, read_input
from wirewatch.ingest.warc import is_warc, read_warc
from wirewatch.records import Article

ArticleOrError = Article | InputError
_READABLE = (".jsonl", ".ndjson", ".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_sources(sources: Iterable[str], fetcher: Fetcher | None) -> Iterator[ArticleOrError]:
    """Every article of every source, in order; problems come as :class:`InputError` values."""
    for source in sources:
        if is_url(source):
            if fetcher is None:
                yield InputError(source, None, "URLs need a fetcher")
                continue
            yield from guarded(source, read_url(source, fetcher))
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            if not files:
                yield InputError(source, None, "a directory without readable files")
            for file in files:
                yield from guarded(str(file), read_file(file, fetcher))
        else:
            yield from guarded(source, read_file(path, fetcher) if source != "-" else read_input("-"))


def _readable(path: Path) -> bool:
    return not path.name.startswith(".") and (is_warc(path) or path.suffix.lower() in _READABLE)


def read_file(path: Path, fetcher: Fetcher | None) -> Iterator[ArticleOrError]:
    if is_warc(path):
        yield from read_warc(path)
        return
    if path.suffix.lower() in (".xml", ".rss", ".atom") and path.is_file():
        body = path.read_bytes()
        if looks_like_feed("", body):
            yield from _feed_items(str(path), body, None, fetcher)
            return
    yield from read_input(str(path))


def read_url(url: str, fetcher: Fetcher) -> Iterator[ArticleOrError]:
    """The page at ``url`` as one article, or, when it is a feed, the page of each of its items."""
    try:
        page = fetcher.get(url)
    except FetchError as error:
        yield InputError(url, None, str(error).removeprefix(f"{url}: "))
        return
    if looks_like_feed(page.content_type, page.body):
        yield from _feed_items(url, page.body, page.url, fetcher)
        return
    yield _page_article(url, page)


def _page_article(source: str, page: FetchedPage) -> ArticleOrError:
    return article_from_document(page.text().encode("utf-8"), source, url=page.url)


def _feed_items(source: str, body: bytes, base_url: str | None, fetcher: Fetcher | None) -> Iterator[ArticleOrError]:
    items = parse_feed(body, base_url)
    if items is None:
        yield InputError(source, None, "not a readable RSS/Atom feed")
        return
    if fetcher is None:
        yield InputError(source, None, "feed items need a fetcher")
        return
    for item in items:
        try:
            page = fetcher.get(item.link)
        except FetchError as error:
            yield InputError(item.link, None, str(error).removeprefix(f"{item.link}: "))
            continue
        article = _page_article(item.link, page)
        if isinstance(article, Article):
            article = article.model_copy(update={"title": article.title or item.title,
                                                 "published": article.published or item.published})
        yield article
