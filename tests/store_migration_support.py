"""Helpers (no tests) of the migration tests: a store opened as the code of before a migration opened it."""

from __future__ import annotations

import pytest

from wirewatch.store import sql_store as sql_store_module
from wirewatch.store.migrations import all_migrations


def only_migrations_before(patched: pytest.MonkeyPatch, name: str) -> None:
    """Within ``patched``'s context, stores open with the migrations that sort before ``name`` only (and save as
    the code of before saved)."""
    earlier = tuple(m for m in all_migrations() if m.name < name)
    patched.setattr(sql_store_module, "all_migrations", lambda: earlier)
    if name < "0013":  # the word counter's table (0012) is not there: the saves of before keep none
        patched.setattr(sql_store_module, "keep_word_counts", lambda *args: None)
    if name < "0014":  # the event sample's table (0013) is not there: the saves of before keep none
        patched.setattr(sql_store_module, "keep_event_sample", lambda *args: None)
