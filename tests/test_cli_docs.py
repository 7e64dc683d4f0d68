"""Docs are tested: every command has an example in its --help and appears in the README."""

from __future__ import annotations

from pathlib import Path

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
