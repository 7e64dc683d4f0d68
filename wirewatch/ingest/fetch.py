"""Fetching pages over HTTP, safely: a timeout per read and a total deadline per fetch, a size limit, bounded
redirects, and no private addresses (IPv6 forms embedding an IPv4 address are judged as that address).

The HTTP client is passed in (tests use ``httpx.MockTransport``); so is the host resolver, so the address
check is testable offline. Every hop of a redirect chain is checked before it is requested.
Known gap: the address is checked on our own resolution; a host that resolves differently a moment later
(DNS rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from email.message import Message
from urllib.parse import urljoin, urlsplit

import httpx

from wirewatch import __version__
from wirewatch.ingest.fetch_deadline import deadline, deadline_transport
from wirewatch.settings import Settings

Resolver = Callable[[str], list[str]]
USER_AGENT = f"wirewatch/{__version__} (+https://github.com/wirewatch/wirewatch)"
_REDIRECTS = {301, 302, 303, 307, 308}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line naming the URL and the reason."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # final URL, after redirects
    status: int  # 304: not modified since the validators sent (``body`` empty)
    content_type: str  # media type only, lower-case ("text/html")
    charset: str | None
    body: bytes
    etag: str | None = None  # the validators of the answer, for a later conditional GET
    last_modified: str | None = None
    requests: int = 1  # HTTP requests made, redirects included

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body decoded (see :func:`decode_body`)."""
        return decode_body(self.body, self.charset)


def decode_body(body: bytes, charset: str | None) -> str:
    """``body`` as text: the declared charset, else the page's ``<meta charset>``, else UTF-8; errors replaced."""
    if charset is None:
        match = _META_CHARSET.search(body[:4096])
        charset = match.group(1).decode("ascii").lower() if match else None
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """``"text/html; charset=ISO-8859-1"`` → ``("text/html", "iso-8859-1")``."""
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), str(charset).lower() if isinstance(charset, str) else None


def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        return sorted({str(info[4][0]) for info in infos})


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for: IPv4-mapped (``::ffff:127.0.0.1``), IPv4-compatible
    (``::127.0.0.1``), NAT64 (``64:ff9b::7f00:1``), 6to4 (``2002:7f00:1::``) or Teredo (its client); else None."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    low = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if any(ip in network for network in _NAT64):
        return low
    if int(ip) >> 32 == 0 and int(ip) > 1:  # ::a.b.c.d (deprecated IPv4-compatible form); not :: nor ::1
        return low
    return None


def is_public_address(address: str) -> bool:
    """A globally reachable unicast address; an IPv6 address embedding an IPv4 one is judged as that IPv4."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and (inner := embedded_ipv4(ip)) is not None:
        ip = inner
    return ip.is_global and not ip.is_multicast


def make_client(settings: Settings) -> httpx.Client:
    """The default client: the settings' timeout per read, a total deadline per fetch (enforced on the socket by
    :class:`Fetcher`), our user agent, redirects handled by :class:`Fetcher`."""
    return httpx.Client(timeout=httpx.Timeout(settings.fetch_timeout), headers={"User-Agent": USER_AGENT},
                        follow_redirects=False, transport=deadline_transport())


class Fetcher:
    """GET a URL through ``client`` with the checks of this module."""

    def __init__(self, client: httpx.Client, *, allow_private: bool = False, max_bytes: int = 10_000_000,
                 max_redirects: int = 5, resolve: Resolver = resolve_host, deadline_seconds: float = 60.0) -> None:
        self.client = client
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.resolve = resolve
        self.deadline_seconds = deadline_seconds

    @classmethod
    def from_settings(cls, settings: Settings, client: httpx.Client | None = None) -> Fetcher:
        return cls(client or make_client(settings), allow_private=settings.allow_private_urls,
                   max_bytes=settings.fetch_max_bytes, deadline_seconds=settings.fetch_deadline)

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> FetchedPage:
        """The page at ``url``, redirects followed (each hop's address checked), all of it within
        ``deadline_seconds``. ``headers`` go with every request: with validators (``If-None-Match``,
        ``If-Modified-Since``) the answer may be a page whose :attr:`~FetchedPage.not_modified` is true."""
        try:
            with deadline(self.deadline_seconds) as moment:
                return self._get(url, moment, dict(headers or {}))
        except (httpx.InvalidURL, ValueError) as error:  # e.g. control characters in a feed item's link
            raise FetchError(f"{url}: not a valid URL ({error})") from None

    def _get(self, url: str, moment: float, headers: dict[str, str]) -> FetchedPage:
        current = url
        for hop in range(self.max_redirects + 1):
            self.check_url(current)
            try:
                page_or_next = self._request(current, moment, headers)
            except httpx.TimeoutException:
                raise FetchError(f"{current}: timed out (a read over {self.client.timeout.read}s, or the whole "
                                 f"fetch over {self.deadline_seconds:g}s)") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{current}: {type(error).__name__}: {error}") from None
            if isinstance(page_or_next, FetchedPage):
                return replace(page_or_next, requests=hop + 1)
            current = page_or_next
        raise FetchError(f"{url}: more than {self.max_redirects} redirects")

    def check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs are fetched")
        if not parts.hostname:
            raise FetchError(f"{url}: no host")
        if self.allow_private:
            return
        try:
            addresses = self.resolve(parts.hostname)
        except OSError as error:
            raise FetchError(f"{url}: cannot resolve {parts.hostname} ({error})") from None
        if not addresses:
            raise FetchError(f"{url}: {parts.hostname} has no address")
        private = [a for a in addresses if not is_public_address(a)]
        if private:
            raise FetchError(f"{url}: {parts.hostname} is a private or loopback address ({private[0]}); "
                             "set allow_private_urls to fetch it")

    def _request(self, url: str, moment: float, headers: dict[str, str]) -> FetchedPage | str:
        """The page at ``url`` (a 304 one: not modified), or the URL it redirects to."""
        with self.client.stream("GET", url, headers=headers, follow_redirects=False) as response:
            if response.status_code in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{url}: redirect ({response.status_code}) without a Location")
                return urljoin(url, location)
            if response.status_code == 304:
                return FetchedPage(url=url, status=304, content_type="", charset=None, body=b"",
                                   etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
            if response.status_code >= 300:  # 4xx, 5xx, and a 3xx that is neither a redirect nor a 304
                raise FetchError(f"{url}: HTTP {response.status_code}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"{url}: {int(declared):,} bytes, over the limit of {self.max_bytes:,}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                if time.monotonic() > moment:  # also for transports that do not honour the deadline themselves
                    raise FetchError(f"{url}: the whole fetch took over {self.deadline_seconds:g}s")
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"{url}: over the limit of {self.max_bytes:,} bytes")
                chunks.append(chunk)
            media_type, charset = parse_content_type(response.headers.get("content-type"))
            return FetchedPage(url=str(response.url), status=response.status_code, content_type=media_type,
                               charset=charset, body=b"".join(chunks), etag=response.headers.get("etag"),
                               last_modified=response.headers.get("last-modified"))
