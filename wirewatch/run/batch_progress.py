"""How far a Dask batch has gone: tasks finished of the graph's tasks, reported as they finish.

Dask's local schedulers (processes, threads, synchronous) call back in this process; a ``tcp://`` cluster's
client does not, and then nothing is reported. Tasks are partitions' steps, so the share of tasks done is the
share of the corpus done, to within a partition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

TaskReport = Callable[[int, int], None]  # (tasks finished, tasks in all)


@contextmanager
def reporting_tasks(report: TaskReport | None) -> Iterator[None]:
    """While the block computes on a local Dask scheduler, ``report(done, total)`` after every task."""
    if report is None:
        yield
        return
    from dask.callbacks import Callback

    counts = {"done": 0, "total": 0}

    def start_state(graph: Any, state: Any) -> None:
        counts["total"] += len(graph)
        report(counts["done"], counts["total"])

    def posttask(key: Any, result: Any, graph: Any, state: Any, worker: Any) -> None:
        counts["done"] += 1
        report(counts["done"], counts["total"])

    with Callback(start_state=start_state, posttask=posttask):
        yield
