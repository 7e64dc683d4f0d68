"""Helpers of the Chromium tests (no tests here): Debian's Chromium driven by Playwright, a store served on
127.0.0.1, and a page of the browser.

Under CI (CI=true, where .ci/browser.sh installs chromium) a missing browser fails; elsewhere it skips, saying why.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from wirewatch.api import create_app
from wirewatch.settings import Settings
from wirewatch.store import Store

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    """Chromium's path, or skip (fail under CI) saying why."""
    path = os.environ.get("WIREWATCH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    missing = None
    if not Path(path).exists():
        missing = f"no Chromium at {path} (install Debian's chromium: bash .ci/browser.sh)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is not installed (pip install playwright; never `playwright install`)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    return path


@contextmanager
def served(store: Store) -> Iterator[str]:
    """The API and UI over ``store`` on a free port of 127.0.0.1, for the block: its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(), store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def browser_page(profile: Path, errors: list[str]) -> Iterator[Page]:
    """A page of a headless Chromium whose uncaught script errors go to ``errors``."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as driver:
        browser = driver.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000})
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            yield page
        finally:
            browser.close()


def ready(page: Page) -> None:
    """The page of the current hash has rendered: not the page a navigation is replacing (the router gives each
    render a fresh #page carrying the hash it renders; until the hashchange is handled the old one is still there,
    ready, under the new hash)."""
    page.wait_for_function("() => { const root = document.getElementById('page');"
                           " return root !== null && root.dataset.ready === 'true'"
                           " && root.dataset.hash === window.location.hash; }", timeout=15_000)
