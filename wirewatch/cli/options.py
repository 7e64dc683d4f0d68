"""The options several commands share, each declared once: the store (``--db``), ``--json``, the event filters,
the input language, the batch size and the events' confidence threshold. Commands stack them as decorators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import click

Command = TypeVar("Command", bound=Callable[..., object])

db_option = click.option(
    "--db", metavar="PATH|URL", envvar="WIREWATCH_DB",
    help="SQLite file or postgresql:// URL (default: the data directory's wirewatch.sqlite).")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON Lines for programs instead of a table.")
lang_option = click.option("--lang", help="Language of every input article that does not state one (else detected).")
batch_size_option = click.option("--batch-size", type=int, default=None,
                                 help="Articles per extraction batch (default 16).")
min_confidence_option = click.option(
    "--min-confidence", "min_confidence", type=click.FloatRange(0.0, 1.0), default=None,
    help="Keep events of at least this calibrated confidence (default: the model's threshold, "
         "chosen on the dev sets' tuning half; 0 keeps every event; env WIREWATCH_MIN_EVENT_CONFIDENCE).")
_EVENT_FILTERS = (
    click.option("--type", "types", multiple=True, help="PLOVER type (repeatable), e.g. ASSAULT."),
    click.option("--country", help="ISO 3166 alpha-3 country of the source, target or place, e.g. UKR."),
    click.option("--since", help="First day (YYYY-MM-DD) of the event (else of its article)."),
    click.option("--until", help="Last day (YYYY-MM-DD)."),
)


def event_filters(function: Command) -> Command:
    """``--type`` (repeatable), ``--country``, ``--since`` and ``--until``, in this order in ``--help``."""
    for option in reversed(_EVENT_FILTERS):
        function = option(function)
    return function


def parse_day(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value as a day (a usage error otherwise)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
