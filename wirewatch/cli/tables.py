"""Plain aligned tables for people and JSON Lines for programs: the output of the reading commands."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import click


def actor_label(name: str | None, country: str | None) -> str:
    if not name:
        return ""
    return f"{name} ({country})" if country else name


def echo_json(rows: Sequence[object]) -> None:
    for row in rows:
        values = dataclasses.asdict(row)  # type: ignore[call-overload]
        click.echo(json.dumps(values, ensure_ascii=False, default=str))


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[object]], width: int = 48) -> None:
    """A plain aligned table; long cells are cut to ``width`` characters."""
    if not rows:
        click.echo("(nothing found)", err=True)
        return
    cells = [[cut(value, width) for value in row] for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def cut(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"
