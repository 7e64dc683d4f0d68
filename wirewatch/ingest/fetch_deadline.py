"""A total deadline per fetch, enforced on the socket: httpx's timeouts apply to each read, so a server sending
a byte a second (in its headers or its body) would hold a fetch without bound.

:func:`deadline` sets, for the calling thread's context, the moment a fetch must be over; the network backend of
:func:`deadline_transport` bounds every connect, read and write by the time left, and fails once it has passed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

_DEADLINE: ContextVar[float | None] = ContextVar("wirewatch_fetch_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Within this block every fetch through a :func:`deadline_transport` ends within ``seconds`` in total;
    yields the deadline (a :func:`time.monotonic` value)."""
    moment = time.monotonic() + seconds
    token = _DEADLINE.set(moment)
    try:
        yield moment
    finally:
        _DEADLINE.reset(token)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to the time left before the deadline; ``error`` once it has passed."""
    moment = _DEADLINE.get()
    if moment is None:
        return timeout
    left = moment - time.monotonic()
    if left <= 0:
        raise error("the fetch took longer than its total deadline")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname,
                                                    _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.connect_tcp(host, port, _bounded(timeout, httpcore.ConnectTimeout),
                                                      local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout),
                                                              socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def deadline_transport() -> httpx.HTTPTransport:
    """httpx's own transport, its connections made through a backend that honours :func:`deadline`."""
    transport = httpx.HTTPTransport()
    pool = transport._pool  # httpx builds its connection pool itself and offers no backend parameter
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("this httpx/httpcore version has no network backend to bound; update wirewatch")
    pool._network_backend = _DeadlineBackend(pool._network_backend)
    return transport
