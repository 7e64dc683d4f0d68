"""The ``wirewatch`` command: thin click commands over the library."""

from __future__ import annotations

import click

from wirewatch import __version__
from wirewatch.cli import serve_commands, store_commands, stories_commands, watch_commands
from wirewatch.cli.batch_command import batch
from wirewatch.cli.exit_codes import EXIT_CODES_HELP
from wirewatch.cli.extract_command import extract


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="wirewatch")
def main() -> None:
    """wirewatch: news read like an analyst — entities, quotes, dates, places and PLOVER events as sourced,
    queryable records.

    \b
    Example:
      wirewatch extract samples/articles.jsonl -o records.jsonl
    """


main.add_command(extract)
main.add_command(batch)
store_commands.register(main)
stories_commands.register(main)
serve_commands.register(main)
watch_commands.register(main)
