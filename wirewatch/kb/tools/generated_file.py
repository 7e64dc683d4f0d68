"""The last step of a build tool that writes a generated data file: with ``--check``, say whether the file on disk
is what the build makes now (exit code 1 and one line naming the command to run when it is not); else write it."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, command: str, check: bool, summary: str) -> int:
    """``command``: how to rebuild ("python -m wirewatch.kb.tools.X"); ``summary``: what was written ("120 places")."""
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target} is not up to date: run {command}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"{target}: {summary}")
    return 0
