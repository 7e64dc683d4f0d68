"""Input problems are values, not exceptions: one bad line never stops a batch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    """An input item that could not become an Article: where it was and what is wrong, in one line."""

    source: str  # file name or "<stdin>"
    line: int | None  # 1-based line of a JSON Lines input, None for whole files
    message: str
    id: str | None = None  # the item's id when it could be read

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


def content_id(text: str) -> str:
    """A stable id made from the content (for inputs without one)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
