"""Named, ordered schema migrations, recorded in the database's ``schema_migrations`` table.

Each migration is a module ``mNNNN_<name>`` with ``NAME`` and ``statements(dialect) -> list[str]``; a store
applies, in order, those whose name is not yet recorded, each in its own transaction. Never edit a migration
that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from wirewatch.store.migrations import (
    m0001_core,
    m0002_fulltext,
    m0003_stories,
    m0004_watch,
    m0005_event_list,
    m0006_event_keys,
    m0007_country_keys,
    m0008_merged_events,
    m0009_covering_names,
    m0010_month_words,
    m0011_merged_ranges,
    m0012_word_counts,
    m0013_event_sample,
    m0014_sample_keys,
    m0015_country_words,
)

Dialect = Literal["sqlite", "postgres"]


@dataclass(frozen=True)
class Migration:
    name: str
    statements: Callable[[Dialect], list[str]]


def all_migrations() -> tuple[Migration, ...]:
    return tuple(Migration(m.NAME, m.statements) for m in (m0001_core, m0002_fulltext, m0003_stories,
                                                                    m0004_watch, m0005_event_list, m0006_event_keys,
                                                                    m0007_country_keys, m0008_merged_events,
                                                                    m0009_covering_names, m0010_month_words,
                                                                    m0011_merged_ranges, m0012_word_counts,
                                                                    m0013_event_sample, m0014_sample_keys,
                                                                    m0015_country_words))


MIGRATIONS_TABLE = "schema_migrations"
