"""The exit codes of every command, in one place (the README and ``wirewatch --help`` show the same table).

A command that reads items (``extract``, ``ingest``, ``batch``, ``stories``, ``deadlines``, and any later one
such as ``watch``) exits :attr:`ExitCode.OK` when every item was processed (a duplicate, or a round with nothing
new, is processed), :attr:`ExitCode.SOME_FAILED` when some items failed and the good ones were stored or
written, and :attr:`ExitCode.NOTHING_READ` when nothing could be read: a missing file, a directory given as a
file, a missing or unreadable store, no input at all, or every item failed. The reading commands (``events``,
``quotes``, ``entities``, ``search``, ``export``, ``serve``) exit :attr:`ExitCode.NOTHING_READ` on a missing
store.
"""

from __future__ import annotations

from enum import IntEnum

import click


class ExitCode(IntEnum):
    OK = 0
    SOME_FAILED = 1
    USAGE = 2  # click's own code for a wrong option or argument
    NOTHING_READ = 3
    CANNOT_WRITE = 4  # the output file could not be written (no such folder, no permission)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT): what was stored before it stays stored


EXIT_CODES_HELP = """\b
Exit codes (every command):
  0    everything was processed (duplicates and "nothing new" included)
  1    some items failed (each named on stderr); the good ones were stored or written
  2    wrong usage (an unknown option, a bad value)
  3    nothing could be read: a missing file, a directory given as a file, a missing
       store, no input, or every item failed
  4    the output (-o) could not be written: no such folder, no permission
  130  interrupted (Ctrl-C); what was stored before stays stored"""


def outcome(processed: int, failed: int) -> ExitCode:
    """The exit code of a run that processed ``processed`` items and failed on ``failed``."""
    if processed == 0:
        return ExitCode.NOTHING_READ
    return ExitCode.SOME_FAILED if failed else ExitCode.OK


def exit_with(code: ExitCode) -> None:
    """End the command with ``code`` (returns normally for :attr:`ExitCode.OK`)."""
    if code != ExitCode.OK:
        raise SystemExit(int(code))


class NothingRead(click.ClickException):
    """Nothing could be read (missing input or store): printed as ``Error: …``, exit code 3."""

    exit_code = int(ExitCode.NOTHING_READ)


class CannotWrite(click.ClickException):
    """The output file could not be written: printed as ``Error: …``, exit code 4."""

    exit_code = int(ExitCode.CANNOT_WRITE)
