"""What the event list's migrations cost an ingest: the store's time per article saved, with the schema up to a
migration and the writes of the later ones left out, in alternating rounds of the same run (run on demand).

    python benchmarks/bench_migration_cost.py [--db sqlite] [--db postgresql://…] [--articles 200] [--rounds 3]

Levels: ``0005_event_list`` (no keys nor counters), ``0006_event_keys`` (actors' names, evidence's words, day
counters, the name, cell and entity indexes), ``0007_country_keys`` (country counters, the role-and-type
indexes), ``0008_merged_events`` (the merged events of the article's story stored again, the map country
counters), ``0009_covering_names`` (the actor name indexes with the name included), ``0010_month_words`` (the
evidence's words by month, a GIN index on PostgreSQL, its pending entries merged into it at the end of the round
and timed with the saves; nothing on SQLite), ``0011_merged_ranges`` (each merged event stored with
``range_shifts``, two more indexes on the merged events) and ``0012_word_counts`` (the events counted by evidence word,
day, type and map country, on PostgreSQL; nothing on SQLite) and ``0013_event_sample`` (the kept sample of one event in
fifty, its trigram index, on PostgreSQL; nothing on SQLite) and ``0015_country_words`` (with 0014's sample indexes:
the evidence's words keyed by the event's countries, a GIN index on PostgreSQL, its pending entries merged at the end
of the round as 0010's; nothing on SQLite). ``--levels`` times some of them only. Each round saves
``--articles`` realistic records (``bench_store.realistic_record``: ~12 entities, ten events) into a fresh store
at each level, in turn; the best round of each level is kept, and its ratio to ``0005`` printed.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from benchmarks.bench_store import make_articles, realistic_record
from wirewatch.store import merged_table, open_store
from wirewatch.store import sql_store as sql_store_module
from wirewatch.store.merged_table import COLUMNS_0008
from wirewatch.store.migrations import all_migrations
from wirewatch.store.synthetic import scratch_schema

LEVELS = ("0005_event_list", "0006_event_keys", "0007_country_keys", "0008_merged_events", "0009_covering_names",
          "0010_month_words", "0011_merged_ranges", "0012_word_counts", "0013_event_sample", "0015_country_words")
# the tables each level adds, whose writes a store at an earlier level leaves out
_TABLES = {"0006_event_keys": ("event_actor_names", "event_day_"), "0007_country_keys": ("event_country_",),
           "0008_merged_events": ("event_map_countries",)}


def _without(tables: tuple[str, ...], write: Callable[..., None]) -> Callable[..., None]:
    def write_rows(self: Any, statement: Any, rows: Any) -> None:
        if not any(table in statement.head for table in tables):
            write(self, statement, rows)
    return write_rows


def _seconds_per_article(db: str, level: str, articles: int, folder: Path, round_number: int) -> float:
    migrations = tuple(m for m in all_migrations() if m.name <= level)
    left_out = tuple(t for later, tables in _TABLES.items() if later > level for t in tables)
    rng = random.Random(7)
    items = [(a, realistic_record(a, rng, 10)) for a in make_articles(articles, rng)]
    with ExitStack() as stack:
        patch = stack.enter_context(_Patch())
        patch.set(sql_store_module, "all_migrations", lambda: migrations)
        url = (stack.enter_context(scratch_schema(db)) if db.startswith("postgres")
               else str(folder / f"{level}-{round_number}.sqlite"))
        store = open_store(url)
        stack.callback(store.close)
        kind = type(store)
        patch.set(kind, "_write_rows", _without(left_out, kind._write_rows))  # type: ignore[attr-defined]
        if level < "0008":
            patch.set(sql_store_module, "refresh_merged", lambda *args, **kwargs: None)
        if level < "0006":
            patch.set(kind, "_index_evidence", lambda self, texts: None)
        if "0008" <= level < "0011":  # merged events stored without range_shifts
            insert = merged_table.merged_insert_sql
            patch.set(merged_table, "merged_insert_sql",
                      lambda where, dialect, columns=COLUMNS_0008: insert(where, dialect, COLUMNS_0008))
        if level < "0012":
            patch.set(sql_store_module, "keep_word_counts", lambda *args: None)
        if level < "0013":
            patch.set(sql_store_module, "keep_event_sample", lambda *args: None)
        started = time.perf_counter()
        for article, record in items:
            store.save(article, record)
        if level >= "0010" and db.startswith("postgres"):
            # the GIN index's pending entries (written cheaply at each save) merged into it, as a later insert past
            # the pending list's limit or a vacuum would do: the write's whole cost, not the part paid at the save
            store._execute("SELECT gin_clean_pending_list('events_month_words'::regclass)")  # type: ignore[attr-defined]
        if level >= "0013" and db.startswith("postgres"):  # the sample's trigram index, likewise
            store._execute("SELECT gin_clean_pending_list('event_sample_evidence_trgm'::regclass)")  # type: ignore[attr-defined]
        if level >= "0015" and db.startswith("postgres"):  # the words keyed by country, likewise
            store._execute("SELECT gin_clean_pending_list('events_country_words'::regclass)")  # type: ignore[attr-defined]
        return (time.perf_counter() - started) / articles


class _Patch:
    """Attributes set for the block, then put back."""

    def __init__(self) -> None:
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> _Patch:
        return self

    def set(self, owner: object, name: str, value: object) -> None:
        self._saved.append((owner, name, owner.__dict__[name] if name in vars(owner) else None))
        setattr(owner, name, value)

    def __exit__(self, *exc: object) -> None:
        for owner, name, value in reversed(self._saved):
            if value is None:
                delattr(owner, name)
            else:
                setattr(owner, name, value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", help="sqlite, or a postgresql:// URL (a scratch schema is used)")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--levels", help="comma-separated levels to time (the first is the ratios' base); all if unset")
    args = parser.parse_args(argv)
    levels = tuple(args.levels.split(",")) if args.levels else LEVELS
    with tempfile.TemporaryDirectory() as folder:
        for db in args.db or ["sqlite"]:
            best = {level: float("inf") for level in levels}
            for round_number in range(args.rounds):
                for level in levels:
                    best[level] = min(best[level], _seconds_per_article(db, level, args.articles, Path(folder),
                                                                        round_number))
            name = "PostgreSQL" if db.startswith("postgres") else "SQLite"
            for level in levels:
                print(f"{name:<11} up to {level:<19} {best[level] * 1000:7.2f} ms/article"
                      f"  × {best[level] / best[levels[0]]:.2f}", flush=True)


if __name__ == "__main__":
    main()
