"""Input problems are values, not exceptions: one bad line never stops a batch."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

Item = TypeVar("Item")


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


def guarded(source: str, items: Iterable[Item]) -> Iterator[Item | InputError]:
    """``items`` of one source, in order; an exception its reader raises becomes one last :class:`InputError`
    after the items already read, so one unreadable source never ends a run (the others go on)."""
    count = 0
    try:
        for item in items:
            count += 1
            yield item
    except Exception as error:  # reported as the source's failure, never raised past the run
        first = str(error).splitlines()[0] if str(error) else ""
        yield InputError(source, None, f"reading stopped after {count} item(s): {type(error).__name__}: {first}")


def content_id(text: str, title: str | None = None) -> str:
    """A stable id made from the content, title and text (for inputs without one): two articles that differ only
    by their title get two ids, so neither is refused as another article under a stored id."""
    basis = f"{title}\n{text}" if title else text
    return "sha1-" + hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
