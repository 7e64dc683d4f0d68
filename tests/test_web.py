"""The web UI's files and the serve/demo commands (no browser: see test_browser.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from tests.api_support import demo_store, make_client
from wirewatch.api.filters import EventListParams
from wirewatch.cli.serve_commands import register
from wirewatch.web import STATIC, world_map_svg

SCRIPTS = sorted(STATIC.glob("*.js"))
# Ways a string becomes markup or code in a page; the UI writes text with textContent / text nodes only.
UNSAFE_SINKS = re.compile(r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|"
                          r"setAttribute\(\s*[\"']on")


@pytest.fixture()
def client() -> Iterator[TestClient]:
    store = demo_store()
    yield make_client(store)
    store.close()


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_scripts_never_write_markup(script: object) -> None:
    assert UNSAFE_SINKS.findall(script.read_text(encoding="utf-8")) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("page", ["index.html", "docs.html"])
def test_pages_have_no_inline_script(page: str) -> None:
    html = (STATIC / page).read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []


@pytest.mark.parametrize("page", ["index.html", "docs.html"])
def test_pages_load_nothing_from_other_hosts(page: str) -> None:
    html = (STATIC / page).read_text(encoding="utf-8")
    assert re.findall(r"(?:src|href)=\"(?:https?:)?//", html) == []


@pytest.mark.parametrize(("path", "marker"), [("/", "/static/app.js"), ("/docs", "/static/docs.js"),
                                              ("/static/style.css", ".worldmap")])
def test_ui_files_are_served(client: TestClient, path: str, marker: str) -> None:
    assert marker in client.get(path).text


def test_world_map_ships_with_the_install(client: TestClient) -> None:
    if world_map_svg() is None:
        pytest.skip("pygal_maps_world is not installed")
    assert 'class="ua country' in client.get("/map/world.svg").text


def test_openapi_lists_every_resource(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/articles", "/api/events", "/api/events/stats", "/api/entities", "/api/quotes", "/api/places",
            "/api/search", "/api/exports/{fmt}"} <= paths


DOCS = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def test_every_endpoint_is_documented(client: TestClient) -> None:
    def unnamed(text: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", text)

    documented = unnamed(DOCS.read_text(encoding="utf-8"))
    operations = [f"{method.upper()} {unnamed(path)}"
                  for path, methods in client.get("/openapi.json").json()["paths"].items() for method in methods]
    assert [op for op in operations if f"`{op}" not in documented] == []


@pytest.mark.parametrize("name", sorted(EventListParams.model_fields))
def test_every_event_parameter_is_documented(name: str) -> None:
    assert f"`{name}`" in DOCS.read_text(encoding="utf-8")


@pytest.fixture()
def group() -> click.Group:
    commands = click.Group("wirewatch")
    register(commands)
    return commands


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_commands_show_an_example(group: click.Group, command: str) -> None:
    result = CliRunner().invoke(group, [command, "--help"])
    assert "Example" in result.output and f"wirewatch {command}" in result.output


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_commands_bind_to_localhost_by_default(group: click.Group, command: str) -> None:
    result = CliRunner().invoke(group, [command, "--help"])
    assert "default: 127.0.0.1" in result.output


def test_demo_refuses_to_reuse_a_store(group: click.Group, tmp_path: Path) -> None:
    existing = tmp_path / "kept.sqlite"
    existing.write_bytes(b"")
    result = CliRunner().invoke(group, ["demo", "--db", str(existing)])
    assert result.exit_code != 0 and "fresh store" in result.output


def test_serve_reports_an_unusable_store(group: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(group, ["serve", "--db", str(tmp_path)])
    assert result.exit_code != 0 and "is a folder" in result.output
