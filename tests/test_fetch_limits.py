"""Fetching within bounds: a total deadline per fetch against a server trickling bytes (a real socket on
127.0.0.1), and IPv6 forms that embed an IPv4 address judged as that address."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from wirewatch.ingest.fetch import Fetcher, FetchError, is_public_address, make_client
from wirewatch.settings import Settings

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"


def _trickle(connection: socket.socket, payload: bytes, stop: threading.Event) -> None:
    with connection:
        connection.recv(65536)
        for byte in payload:
            if stop.is_set():
                return
            try:
                connection.sendall(bytes([byte]))
            except OSError:
                return
            time.sleep(0.05)


@pytest.fixture
def trickling_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server on 127.0.0.1 answering one byte every 50 ms: the headers too (``headers``) or only the body."""
    payload = (HEAD if request.param == "body" else b"") + (HEAD + b"x" * 100_000 if request.param == "headers"
                                                           else b"x" * 100_000)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_trickle, args=(connection, payload, stop), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    stop.set()
    listener.close()


@pytest.mark.parametrize("trickling_server", ["headers", "body"], indirect=True)
def test_a_trickling_server_cannot_hold_a_fetch_past_its_deadline(trickling_server: str) -> None:
    settings = Settings(allow_private_urls=True, fetch_timeout=5.0, fetch_deadline=1.0)
    with make_client(settings) as client:
        fetcher = Fetcher.from_settings(settings, client)
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"timed out|took over"):
            fetcher.get(trickling_server)
        assert time.monotonic() - started < 4.0


@pytest.mark.parametrize("address", ["::127.0.0.1", "::ffff:127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::",
                                     "64:ff9b::a00:1", "2002:c0a8:101::1", "::ffff:10.0.0.1", "::169.254.169.254"])
def test_ipv6_embedding_a_private_ipv4_is_private(address: str) -> None:
    assert is_public_address(address) is False


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "2606:4700:4700::1111"])
def test_ipv6_embedding_a_public_ipv4_is_public(address: str) -> None:
    assert is_public_address(address) is True


def test_a_link_with_control_characters_is_a_fetch_error() -> None:
    settings = Settings(allow_private_urls=True)
    with make_client(settings) as client, pytest.raises(FetchError, match="not a valid URL"):
        Fetcher.from_settings(settings, client).get("http://127.0.0.1:9/a\x0eb")
