"""Docs are tested: every command has an example in its --help and appears in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from wirewatch.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_mentions_the_command(command: str) -> None:
    assert f"wirewatch {command}" in README


SHARED = {"db": ("--db", "WIREWATCH_DB"), "as_json": ("--json", None), "lang": ("--lang", None),
          "batch_size": ("--batch-size", None), "min_confidence": ("--min-confidence", None)}
# demo's --db is the new SQLite file it creates; batch's is where to store besides -o, never taken from WIREWATCH_DB
# (a set variable would silently turn every `batch -o` into a store run)
OWN_DB = {"demo", "batch"}


def _shared_help(name: str) -> str | None:
    from wirewatch.cli import options

    declared = {"db": options.db_option, "as_json": options.json_option, "lang": options.lang_option,
                "batch_size": options.batch_size_option, "min_confidence": options.min_confidence_option}[name]
    probe = declared(click.Command("probe"))
    return next(p.help for p in probe.params if isinstance(p, click.Option))


@pytest.mark.parametrize("command", COMMANDS)
def test_shared_options_are_declared_once(command: str) -> None:
    for param in main.commands[command].params:
        if param.name in SHARED and not (param.name == "db" and command in OWN_DB):
            flag, envvar = SHARED[param.name]
            assert isinstance(param, click.Option) and param.opts == [flag] and param.envvar == envvar
            assert param.help == _shared_help(param.name)
