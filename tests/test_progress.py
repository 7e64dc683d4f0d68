"""The progress line of long commands: done, rate and time left on one refreshed stderr line on a terminal;
nothing off a terminal; never on stdout."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from wirewatch.cli.progress import TerminalProgress, count_input_articles, duration, progress_text, time_left


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("seconds", "text"), [(0.4, "0s"), (42, "42s"), (185, "3m05s"), (3720, "1h02m")])
def test_duration_reads_as_a_person_would(seconds: float, text: str) -> None:
    assert duration(seconds) == text


@pytest.mark.parametrize(("done", "total", "text"), [
    (10, 40, "10/40 articles, 2.0/s, about 15s left"),
    (10, None, "10 articles, 2.0/s"),
    (40, 40, "40/40 articles, 2.0/s"),
])
def test_progress_text(done: int, total: int | None, text: str) -> None:
    assert progress_text(done, total, elapsed=done / 2) == text


def test_time_left_needs_a_total_and_a_rate() -> None:
    assert (time_left(5, None, 1.0), time_left(5, 10, 0.0), time_left(5, 10, 1.0)) == ("", "", ", about 5s left")


def test_on_a_terminal_the_line_is_refreshed_at_most_twice_a_second_then_cleared() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = TerminalProgress(4, enabled=True, stream=stream, clock=clock)
    for done in range(1, 5):
        clock.now += 0.3
        progress.update(done)
    progress.clear()
    shown = [part for part in stream.getvalue().split("\r\033[K") if part]
    assert shown == ["1/4 articles, 3.3/s, about 1s left", "3/4 articles, 3.3/s, about 0s left"]


def test_off_a_terminal_nothing_is_written() -> None:
    stream = io.StringIO()  # not a terminal
    progress = TerminalProgress(4, stream=stream)
    progress.update(1)
    progress.clear()
    assert (progress.enabled, stream.getvalue()) == (False, "")


def test_the_summary_gives_time_and_rate() -> None:
    clock = Clock()
    progress = TerminalProgress(None, enabled=False, clock=clock)
    progress.update(30)
    clock.now += 12
    assert progress.summary("30 records written") == "30 records written in 12s (2.5/s)"


@pytest.mark.parametrize(("name", "body", "expected"), [
    ("a.jsonl", '{"text": "Un."}\n\n{"text": "Deux."}\n', 2),
    ("a.txt", "Plain text.", None),
])
def test_input_articles_are_counted_for_json_lines_only(tmp_path: Path, name: str, body: str,
                                                        expected: int | None) -> None:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    assert count_input_articles(str(path)) == expected
