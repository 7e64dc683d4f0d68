"""HTML pages → main text, title and publication date (trafilatura for text and title; the date only from the
page's metadata — meta tags, JSON-LD, <time> — never from a "© 2025" footer)."""

from __future__ import annotations

import datetime as dt
import json
import re

from lxml import html as lxml_html

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date", "published_time",
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def _parse_iso_day(value: str) -> dt.date | None:
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _jsonld_dates(obj: object) -> list[str]:
    found: list[str] = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in ("datePublished", "dateCreated") and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_jsonld_dates(value))
    elif isinstance(obj, list):
        for item in obj:
            found.extend(_jsonld_dates(item))
    return found


def published_from_metadata(page: str) -> dt.date | None:
    """The publication date stated in the page's metadata, or None."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS and (day := _parse_iso_day(meta.get("content") or "")):
            return day
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
                dates = _jsonld_dates(data)
            except (json.JSONDecodeError, RecursionError):  # malformed or nested past the recursion limit
                continue
            for value in dates:
                if day := _parse_iso_day(value):
                    return day
    for time in tree.iter("time"):
        if (time.get("pubdate") is not None or "publish" in (time.get("class") or "")) and (
            day := _parse_iso_day(time.get("datetime") or "")
        ):
            return day
    return None


class HTMLPage:
    """The useful parts of a page: ``text`` (main content), ``title``, ``published``, ``url``."""

    def __init__(self, text: str, title: str | None, published: dt.date | None, url: str | None):
        self.text = text
        self.title = title
        self.published = published
        self.url = url


def extract_page(page: str, url: str | None = None) -> HTMLPage:
    """Main text of an HTML page; empty text when the page has none."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    page_url = (getattr(doc, "url", None) if doc is not None else None) or url
    return HTMLPage(text=text, title=title, published=published_from_metadata(page), url=page_url)
