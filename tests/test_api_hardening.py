"""The API's remaining guards: the Host header (DNS rebinding), a deadline for request headers (a real uvicorn
server on 127.0.0.1), control characters in queries, and submitted URLs whose pages are hostile."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api_support import TOKEN, demo_store
from wirewatch.api import create_app
from wirewatch.api.server import header_timeout_protocol, served_hosts
from wirewatch.settings import Settings
from wirewatch.store.synthetic import SyntheticExtractor

DEEP = 100_000


def _client(allowed: list[str] | None, base_url: str = "http://127.0.0.1:8321") -> TestClient:
    app = create_app(Settings(), demo_store(), make_extractor=lambda _: SyntheticExtractor(), allowed_hosts=allowed)
    return TestClient(app, base_url=base_url, client=("127.0.0.1", 50000))


@pytest.mark.parametrize("host", ["127.0.0.1:8321", "localhost:8321", "[::1]:8321", "LOCALHOST"])
def test_served_names_are_answered(host: str) -> None:
    client = _client(served_hosts(Settings(), "127.0.0.1"))
    assert client.get("/api/events", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8321", "127.0.0.1.attacker.example", ""])
def test_other_host_headers_are_refused(host: str) -> None:
    client = _client(served_hosts(Settings(), "127.0.0.1"))
    response = client.get("/api/events", headers={"Host": host})
    assert response.status_code == 400 and "Host" in response.json()["error"]


def test_configured_names_replace_the_defaults() -> None:
    hosts = served_hosts(Settings(api_hosts="news.example.org, intranet"), "0.0.0.0")
    assert hosts == ["news.example.org", "intranet"]
    assert served_hosts(Settings(api_hosts="*"), "0.0.0.0") is None


def test_bound_ipv6_host_is_served_in_brackets() -> None:
    assert served_hosts(Settings(), "::1") == ["[::1]", "localhost", "127.0.0.1", "[::1]"]


@pytest.mark.parametrize("path", ["/api/search?q=%00", "/api/quotes?q=a%00b", "/api/entities?name=%00",
                                  "/api/events?actor=%01"])
def test_control_characters_in_queries_are_invalid_requests(path: str) -> None:
    assert _client(None).get(path).status_code == 422


def _page(title: str, extra_head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{extra_head}</head><body><article><p>The town council met on "
            f"Monday to vote the schools budget after a long debate about {title}.</p><p>Members argued for two "
            "hours before the vote.</p></article></body></html>")


def test_submitted_urls_survive_a_page_with_json_ld_nested_past_the_recursion_limit() -> None:
    pages = {"/deep": _page("libraries", '<script type="application/ld+json">' + "[" * DEEP + "]" * DEEP
                                         + "</script>"),
             "/plain": _page("bridges")}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=pages[request.url.path], headers={"Content-Type": "text/html"})

    app = create_app(Settings(api_token=TOKEN, allow_private_urls=True), demo_store(),
                     make_extractor=lambda _: SyntheticExtractor(),
                     make_client=lambda _: httpx.Client(transport=httpx.MockTransport(handler)))
    client = TestClient(app, client=("127.0.0.1", 50000))
    response = client.post("/api/articles/urls", headers={"Authorization": f"Bearer {TOKEN}"},
                           json={"urls": ["https://news.example.org/deep", "https://news.example.org/plain"]})
    assert response.status_code == 200 and response.json()["ingested"] == 2


@pytest.fixture
def slow_header_server() -> Iterator[int]:
    import uvicorn

    app = create_app(Settings(), demo_store(), make_extractor=lambda _: SyntheticExtractor())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off",
                            http=header_timeout_protocol(0.5))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_unfinished_request_headers_are_cut_off(slow_header_server: int) -> None:
    with socket.create_connection(("127.0.0.1", slow_header_server), timeout=5) as connection:
        connection.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no blank line: unfinished
        started = time.monotonic()
        assert connection.recv(1024) == b""  # closed by the server
        assert time.monotonic() - started < 3


def test_complete_requests_are_still_answered(slow_header_server: int) -> None:
    with socket.create_connection(("127.0.0.1", slow_header_server), timeout=5) as connection:
        connection.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert connection.recv(64).startswith(b"HTTP/1.1 200")
