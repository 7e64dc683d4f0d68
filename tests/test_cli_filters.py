"""The CLI's list commands filter as the API does and refuse what the API refuses, from the API's own schemas:
one line naming the option and what it takes, exit code 2, before the store is opened."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from tests.api_support import demo_store, make_client
from wirewatch.cli.exit_codes import ExitCode
from wirewatch.cli.store_commands import register


def run(*args: str) -> Result:
    group = click.Group("wirewatch")
    register(group)
    return CliRunner().invoke(group, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-filters") / "store.sqlite"
    demo_store(str(path)).close()
    return str(path)


def articles(result: Result) -> set[str]:
    return {json.loads(line)["article"] for line in result.output.splitlines()}


# (CLI arguments, the same value as API parameters)
REFUSED = [
    (["events", "--type", "ASSAULTT"], "/api/events", {"type": "ASSAULTT"}),
    (["events", "--country", "FRANCE"], "/api/events", {"country": "FRANCE"}),
    (["events", "--since", "2025-09-01", "--until", "2025-08-01"], "/api/events",
     {"since": "2025-09-01", "until": "2025-08-01"}),
    (["events", "--since", "yesterday"], "/api/events", {"since": "yesterday"}),
    (["events", "--box", "1,2,3"], "/api/events", {"bbox": "1,2,3"}),
    (["events", "--lang", "french"], "/api/events", {"lang": "french"}),
    (["quotes", "--since", "2025-13-01"], "/api/quotes", {"since": "2025-13-01"}),
    (["quotes", "--speaker", "a\x00b"], "/api/quotes", {"speaker": "a\x00b"}),
    (["entities", "--country", "FRANCE"], "/api/entities", {"country": "FRANCE"}),
]


@pytest.mark.parametrize(("args", "path", "params"), REFUSED, ids=[" ".join(a[:2]) for a, _, _ in REFUSED])
def test_the_cli_refuses_what_the_api_refuses(db: str, args: list[str], path: str, params: dict[str, str]) -> None:
    result = run(*args, "--db", db)
    client = make_client(demo_store())
    assert (result.exit_code, len(result.output.strip().splitlines()), result.output.startswith("Error: --")
            or "after" in result.output, client.get(path, params=params).status_code) == (
        ExitCode.USAGE, 1, True, 422)


def test_a_wrong_type_lists_the_valid_ones(db: str) -> None:
    output = run("events", "--type", "ASSAULTT", "--db", db).output
    assert all(f"'{t}'" in output for t in ("AGREE", "ASSAULT", "COERCE")) and "ASSAULTT" in output


def test_a_wrong_value_is_refused_before_the_store_is_looked_for(tmp_path: Path) -> None:
    result = run("events", "--type", "ASSAULTT", "--db", str(tmp_path / "missing.sqlite"))
    assert (result.exit_code, (tmp_path / "missing.sqlite").exists()) == (ExitCode.USAGE, False)


@pytest.mark.parametrize(("args", "expected"), [
    (["events", "--lang", "fr"], {"fr-1"}),
    (["events", "--lang", "EN"], {"en-1", "hostile-1"}),
    (["events", "--actor", "drones"], {"fr-1", "en-1"}),
    (["events", "--text", "kharkiv"], {"fr-1", "en-1"}),
    (["events", "--box", "0,40,10,50"], {"hostile-1"}),
    (["events", "--type", "assault", "--lang", "en"], {"en-1"}),
    (["quotes", "--lang", "fr"], {"fr-1"}),
    (["quotes", "--since", "2025-08-06", "--until", "2025-08-06"], {"fr-1", "en-1"}),
    (["quotes", "--since", "2025-08-07"], set()),
])
def test_the_cli_takes_the_apis_filters(db: str, args: list[str], expected: set[str]) -> None:
    result = run(*args, "--db", db, "--json")
    assert (result.exit_code, articles(result)) == (0, expected)


def test_entities_filter_as_before(db: str) -> None:
    result = run("entities", "--type", "per", "--country", "fra", "--db", db, "--json")
    assert {json.loads(line)["name"] for line in result.output.splitlines()} == {"Jean Dupont"}


@pytest.mark.parametrize(("command", "schema"), [
    ("events", "wirewatch.api.filters:EventListParams"), ("quotes", "wirewatch.api.routers.quotes:QuoteListParams"),
    ("entities", "wirewatch.api.routers.entities:EntityListParams")])
def test_every_api_list_parameter_is_an_option(command: str, schema: str) -> None:
    """The API's list parameters (``format`` aside: the CLI has --json, and `export` for CSV) are the CLI's."""
    import importlib

    from wirewatch.cli.api_filters import OPTION_NAMES

    module, name = schema.split(":")
    fields = set(getattr(importlib.import_module(module), name).model_fields) - {"format"}
    group = click.Group("wirewatch")
    register(group)
    options = {opt for param in group.commands[command].params for opt in getattr(param, "opts", [])}
    assert {f for f in fields if OPTION_NAMES.get(f, f"--{f}") not in options} == set()


@pytest.mark.parametrize(("command", "path"), [("events", "/api/events"), ("quotes", "/api/quotes"),
                                               ("entities", "/api/entities")])
def test_offset_gives_the_apis_next_page(db: str, command: str, path: str) -> None:
    rows = [json.loads(line) for line in run(command, "--offset", "1", "--limit", "1", "--db", db, "--json")
            .output.splitlines()]
    page = make_client(demo_store()).get(path, params={"offset": 1, "limit": 1}).json()["items"]
    key = {"events": "article", "quotes": "text", "entities": "name"}[command]
    assert [r[key] for r in rows] == [p[key] for p in page] and len(rows) == 1


def test_events_after_a_page_follow_on_and_a_story_lists_its_events(db: str) -> None:
    first_two = [json.loads(line) for line in run("events", "--limit", "2", "--db", db, "--json").output.splitlines()]
    first = first_two[0]
    after = f"{first['day'] or ''}:{first['event_key']}"
    rest = [json.loads(line) for line in run("events", "--after", after, "--limit", "1", "--db", db,
                                             "--json").output.splitlines()]
    assert [r["event_key"] for r in rest] == [first_two[1]["event_key"]]
    # the demo store files the French and the English report of one event in the first story
    assert articles(run("events", "--story", "story:1", "--db", db, "--json")) == {"fr-1", "en-1"}
    assert run("events", "--after", "soon", "--db", db).exit_code != 0
