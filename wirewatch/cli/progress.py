"""Progress of long commands on a terminal: articles done (of how many, when known), rate and time left, on one
stderr line refreshed at most twice a second, cleared at the end. Nothing when stderr is not a terminal, and
never anything on stdout (where records may go)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


def duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``1h02m``."""
    whole = max(round(seconds), 0)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def progress_text(done: int, total: int | None, elapsed: float) -> str:
    """``12/40 articles, 3.1/s, about 9s left`` (no total: no time left)."""
    rate = done / elapsed if elapsed > 0 else 0.0
    text = f"{done}/{total} articles" if total else f"{done} articles"
    return text + f", {rate:.1f}/s" + time_left(done, total, rate)


def time_left(done: int, total: int | None, rate: float) -> str:
    """``, about 9s left`` when the total is known and work remains, else nothing."""
    if not total or rate <= 0 or done >= total:
        return ""
    return f", about {duration((total - done) / rate)} left"


def count_input_articles(path: str) -> int | None:
    """How many articles a JSON Lines input holds (its non-blank lines); None when not known beforehand
    (standard input, another format)."""
    if path == "-" or not path.lower().endswith(JSON_LINES_SUFFIXES) or not Path(path).is_file():
        return None
    with open(path, "rb") as lines:
        return sum(1 for line in lines if line.strip())


class TerminalProgress:
    """The progress line of a long command; ``enabled`` defaults to whether stderr is a terminal."""

    def __init__(self, total: int | None, *, enabled: bool | None = None, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic, interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.clock = clock
        self.interval = interval
        self.started = clock()
        self.last: float | None = None
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        now = self.clock()
        if self.enabled and (self.last is None or now - self.last >= self.interval):
            self.last = now
            self.stream.write("\r\033[K" + progress_text(done, self.total, now - self.started))
            self.stream.flush()

    def clear(self) -> None:
        """Remove the line (before other stderr output, and at the end)."""
        if self.enabled and self.last is not None:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.last = None

    def summary(self, what: str) -> str:
        """``40 records written in 12s (3.3/s)`` style closing words: ``what`` then the time and rate."""
        elapsed = self.clock() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        return f"{what} in {duration(elapsed)} ({rate:.1f}/s)"


def share_text(share: float, articles: int | None, elapsed: float) -> str:
    """A Dask batch's line from the share of its tasks done: ``about 120/400 articles, 3.0/s, about 1m33s left``,
    or with no article count ``30% done, about 1m33s left``."""
    left = f", about {duration(elapsed * (1 - share) / share)} left" if 0 < share < 1 and elapsed > 0 else ""
    if not articles:
        return f"{round(share * 100)}% done{left}"
    done = round(articles * share)
    rate = done / elapsed if elapsed > 0 else 0.0
    return f"about {done}/{articles} articles, {rate:.1f}/s{left}"


class TaskProgress(TerminalProgress):
    """The progress line of a Dask batch, fed the tasks done of the tasks in all (``report``); ``total`` is the
    number of input articles when known beforehand."""

    def report(self, done_tasks: int, total_tasks: int) -> None:
        share = done_tasks / total_tasks if total_tasks else 0.0
        self.done = round((self.total or 0) * share)
        now = self.clock()
        if self.enabled and (self.last is None or now - self.last >= self.interval or done_tasks == total_tasks):
            self.last = now
            self.stream.write("\r\033[K" + share_text(share, self.total, now - self.started))
            self.stream.flush()


def count_corpus_articles(sources: list[str]) -> int | None:
    """How many articles the sources hold when every one is a JSON Lines file, else None."""
    counts = [count_input_articles(source) for source in sources]
    return None if any(count is None for count in counts) else sum(c for c in counts if c is not None)
