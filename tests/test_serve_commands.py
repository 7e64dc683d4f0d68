"""``wirewatch serve`` and ``wirewatch demo`` on the command line: a busy port is a one-line error before
anything is announced or made; the demo keeps its store at a stable, printed path and announces the UI only once
the server answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from wirewatch.cli.serve_commands import demo_store_path, register
from wirewatch.settings import Settings
from wirewatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def group() -> click.Group:
    commands = click.Group("wirewatch")
    register(commands)
    return commands


@pytest.fixture()
def busy_port() -> Iterator[int]:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        yield holder.getsockname()[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_on_a_busy_port_is_one_line_and_no_announcement(group: click.Group, busy_port: int,
                                                              tmp_path: Path) -> None:
    db = tmp_path / "kept.sqlite"
    open_store(db).close()
    result = CliRunner().invoke(group, ["serve", "--db", str(db), "--port", str(busy_port)])
    lines = result.output.strip().splitlines()
    assert (result.exit_code, len(lines), f"port {busy_port} on 127.0.0.1 is in use" in lines[0],
            "UI at" in result.output) == (2, 1, True, False)


def test_demo_on_a_busy_port_fails_before_touching_its_store(group: click.Group, busy_port: int, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREWATCH_DATA_DIR", str(tmp_path))
    previous = demo_store_path(Settings.from_env())
    previous.write_bytes(b"an earlier demo")
    result = CliRunner().invoke(group, ["demo", "--port", str(busy_port)])
    assert (result.exit_code, "is in use" in result.output, "UI at" in result.output,
            previous.read_bytes()) == (2, True, False, b"an earlier demo")


def test_demo_store_is_in_the_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WIREWATCH_DATA_DIR", str(tmp_path))
    assert demo_store_path(Settings.from_env()) == tmp_path / "demo.sqlite"


def test_demo_prints_its_store_and_announces_the_ui_once_it_answers(tmp_path: Path) -> None:
    """The real command (models loaded): its store's path and how to query it, then "UI at" when served."""
    if not (ROOT / "samples" / "articles.jsonl").is_file():
        pytest.skip("samples/articles.jsonl is not in this checkout")
    port = free_port()
    env = {**os.environ, "WIREWATCH_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "wirewatch", "demo", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    status = None
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "UI at" in line:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=10) as reply:
                    status = reply.status
                break
    finally:
        process.terminate()
        process.wait(timeout=30)
    store = tmp_path / "demo.sqlite"
    text = "".join(lines)
    assert (status, str(store) in text, f"wirewatch events --db {store}" in text, store.is_file()) == (
        200, True, True, True)


def test_serve_refuses_a_missing_store_without_making_one(group: click.Group, tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    result = CliRunner().invoke(group, ["serve", "--db", str(missing), "--port", str(free_port())])
    assert (result.exit_code, len(result.output.strip().splitlines()), f"no store at {missing}" in result.output,
            missing.exists()) == (3, 1, True, False)
