"""How an article is recognised when it comes again: canonical URL and content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from wirewatch.records import Article

# Query parameters that only track where a reader came from; they never change the page.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|at_medium|at_campaign|xtor)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACES = re.compile(r"\s+")
_TIMEX_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_TIMEX_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_TIMEX_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def canonical_url(url: str | None) -> str | None:
    """``url`` lower-cased where case does not matter, without fragment, tracking parameters or default port.

    ``https://Example.com:443/a/?utm_source=x&b=2#top`` → ``https://example.com/a?b=2``.
    """
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING_PARAMS.match(k.lower())))
    return urlunsplit((scheme, host, path, query, ""))


def content_hash(article: Article) -> str:
    """SHA-256 of the title and text with runs of whitespace collapsed (so re-wrapping is not a change)."""
    body = _SPACES.sub(" ", f"{article.title or ''}\n{article.text}").strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def event_day(value: str | None, published: dt.date | None) -> dt.date | None:
    """The first day of a TIMEX3 value, else ``published``.

    ``2025-08`` → 1 Aug; ``2025-W32`` → its Monday; ``2025-SU`` → 1 June; an interval → its start;
    ``PAST_REF`` or a decade → ``published``.
    """
    if not value:
        return published
    try:
        if week := _TIMEX_WEEK.match(value):
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        if season := _TIMEX_SEASON.match(value):
            return dt.date(int(season.group(1)), _SEASON_MONTH[season.group(2)], 1)
        if match := _TIMEX_DAY.match(value):
            year, month, day = match.groups()
            return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return published
    return published
