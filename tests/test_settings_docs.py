"""Settings are documented: every field of Settings, with its WIREWATCH_* variable, is a row of docs/settings.md,
and every row names a setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wirewatch.settings import Settings

DOC = (Path(__file__).resolve().parents[1] / "docs" / "settings.md").read_text(encoding="utf-8")
ROWS = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| ([^|]*) \|", DOC, re.MULTILINE)}


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_has_a_row_with_its_variable(name: str) -> None:
    assert name in ROWS, f"docs/settings.md has no row for the setting {name!r}"
    variable = Settings.env_var(name)
    assert (f"`{variable}`" if variable else "—") in ROWS[name]


def test_every_row_names_a_setting() -> None:
    assert set(ROWS) <= set(Settings.model_fields)


EXAMPLES = {"default_lang": "fr", "api_hosts": "news.example.org", "min_event_confidence": "0.3"}


def _other_value(name: str) -> str:
    """A value of the setting's type that is not its default."""
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return "false" if default else "true"
    if isinstance(default, int | float):
        return str(default + 7)
    return EXAMPLES.get(name, "/tmp/wirewatch-settings-test")


@pytest.mark.parametrize("name", sorted(n for n in Settings.model_fields if Settings.env_var(n)))
def test_the_documented_variable_is_the_one_read(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ROWS[name].strip().strip("`"), _other_value(name))
    assert getattr(Settings.from_env(), name) != getattr(Settings(), name)
