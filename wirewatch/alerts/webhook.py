"""Webhook delivery: one JSON POST per match, retried with backoff, signed with HMAC-SHA256 when a secret is set.

Signature scheme (docs/watch.md): the header ``X-Wirewatch-Signature: t=<unix seconds>,sha256=<hex>`` where
``<hex>`` is ``HMAC-SHA256(secret, "<t>." + body)`` over the exact body bytes. A receiver recomputes it, compares
in constant time, and may refuse an old ``t`` (replays). Without a secret the POST carries no signature header.
The webhook's URL passes the fetcher's address check: private addresses are refused unless allowed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from wirewatch.ingest.fetch import Fetcher, FetchError
from wirewatch.ingest.fetch_deadline import deadline

SIGNATURE_HEADER = "X-Wirewatch-Signature"
_RETRIED_STATUS = {408, 425, 429, 500, 502, 503, 504}


class WebhookError(Exception):
    """A POST that failed every attempt; the message names the URL and the last reason."""


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The signature header's value for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},sha256={digest}"


def verify(secret: str, body: bytes, header: str, *, now: float | None = None, tolerance: int = 300) -> bool:
    """What a receiver does: True when ``header`` signs ``body`` with ``secret`` and is at most ``tolerance``
    seconds old."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    if not parts.get("t", "").isdigit() or "sha256" not in parts:
        return False
    timestamp = int(parts["t"])
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, body, timestamp), f"t={timestamp},sha256={parts['sha256']}")


class Webhook:
    """POST JSON to webhook URLs through the fetcher's client and address check."""

    def __init__(self, fetcher: Fetcher, *, attempts: int = 3, first_delay: float = 1.0,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time) -> None:
        self.fetcher = fetcher
        self.attempts = attempts
        self.first_delay = first_delay
        self.sleep = sleep
        self.clock = clock
        self.posts = 0  # requests sent, for status lines and benchmarks

    def post(self, url: str, payload: dict[str, Any], secret: str | None) -> None:
        """Deliver ``payload``; retried (1 s, 2 s, … apart) on network errors and 408/429/5xx; WebhookError when
        every attempt failed or the URL is refused."""
        try:
            self.fetcher.check_url(url)
        except FetchError as error:
            raise WebhookError(str(error)) from None
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        reason = "not sent"
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self.first_delay * 2 ** (attempt - 1))
            headers = {"Content-Type": "application/json"}
            if secret:
                headers[SIGNATURE_HEADER] = sign(secret, body, int(self.clock()))
            self.posts += 1
            try:
                with deadline(self.fetcher.deadline_seconds):
                    response = self.fetcher.client.post(url, content=body, headers=headers, follow_redirects=False)
            except httpx.HTTPError as error:
                reason = f"{type(error).__name__}: {error}"
                continue
            if response.status_code < 300:
                return
            reason = f"HTTP {response.status_code}"
            if response.status_code not in _RETRIED_STATUS:
                break
        raise WebhookError(f"{url}: {reason}")
