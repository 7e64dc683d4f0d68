"""A small cache of derived views (timeline and map counts): values live ``ttl`` seconds, and the cache is cleared
when the store changes through the API (callers also key values on the number of articles)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class StatsCache:
    """Least-recently-used values by key; ``get_or_make`` computes a missing one outside the lock."""

    def __init__(self, size: int = 64, ttl: float = 300.0) -> None:
        self.size = size
        self.ttl = ttl
        self._values: OrderedDict[Hashable, tuple[float, object]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        now = time.monotonic()
        with self._lock:
            if key in self._values:
                made, value = self._values[key]
                if now - made < self.ttl:
                    self._values.move_to_end(key)
                    return value  # type: ignore[return-value]
                del self._values[key]
        fresh = make()
        with self._lock:
            self._values[key] = (now, fresh)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
