"""Serving the app with uvicorn: the names the server answers to, and a deadline for a request's headers.

uvicorn's h11 protocol times out idle keep-alive connections, but not a client that sends half a request line
and waits: it would hold its connection without bound. :func:`header_timeout_protocol` closes a connection
whose request headers are not complete ``seconds`` after it opened (or after the previous response).
"""

from __future__ import annotations

import asyncio
import errno
import socket
from collections.abc import Callable

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from wirewatch.settings import Settings

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")


def served_hosts(settings: Settings, host: str) -> list[str] | None:
    """The ``Host`` names to answer: ``settings.api_hosts`` (comma-separated; ``*``: any, None returned), else
    the bound host and the loopback names."""
    if settings.api_hosts:
        names = [name.strip() for name in settings.api_hosts.split(",") if name.strip()]
        return None if "*" in names else names
    bound = f"[{host}]" if ":" in host else host
    return [bound, *LOCAL_NAMES]


def header_timeout_protocol(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request headers take longer than ``seconds``."""

    class HeaderTimeoutProtocol(H11Protocol):
        header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE and self.header_timer is not None:  # headers complete
                self.header_timer.cancel()
                self.header_timer = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request's headers get the same time

        def connection_lost(self, exc: Exception | None) -> None:
            if self.header_timer is not None:
                self.header_timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self.header_timer is not None:
                self.header_timer.cancel()
            self.header_timer = self.loop.call_later(seconds, self._headers_too_slow)

        def _headers_too_slow(self) -> None:
            self.header_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeaderTimeoutProtocol


class PortInUse(OSError):
    """The address to serve on is taken (or cannot be bound)."""


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening (connections queue from now on), made before anything is
    announced: a busy port is :class:`PortInUse`, never a silent move to another port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: no wait after a restart
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as error:
        sock.close()
        reason = "is in use" if error.errno == errno.EADDRINUSE else f"cannot be used ({error.strerror})"
        raise PortInUse(f"port {port} on {host} {reason}: stop what holds it or pick another with --port") from None
    sock.set_inheritable(True)
    return sock


class AnnouncingServer(uvicorn.Server):
    """uvicorn's server, calling ``announce`` once it has started (never when its startup fails)."""

    def __init__(self, config: uvicorn.Config, announce: Callable[[], None]) -> None:
        super().__init__(config)
        self.announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            self.announce()
