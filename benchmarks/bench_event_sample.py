"""The error of counts estimated from a kept sample of one event in N (migration 0013), against the exact counts,
for the text fragments the event-list benchmark draws (run on demand on a filled store, PostgreSQL).

    python benchmarks/bench_event_sample.py --db URL [--fragments 12] [--every 10,20,50,100,200] [--seed 9]

A scratch table of one event in the smallest N (``mod(hashint8(id), N) = 0``, as the store's sample chooses them)
is made once; for each fragment the matching events are counted exactly (by type and countries, from the events
table) and the scratch table's matching rows read once, each larger N taking the subset of them whose key hashes
to a multiple of it (so the samples are nested, as the store's would be). Printed for each N: the relative error
of the total (the fragment alone; with the country the benchmark draws), and of the per-type counts of the types
that hold at least 2% of the fragment's events — median and largest over fragments — with the sample's size.
Then the time of the counts of each fragment alone, with a type and with a country, read from the store's kept
sample (``event_sample``) and from a block sample of the events table as before 0013, alternating, each twice and
the second timed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter

from wirewatch.records import PLOVER_TYPES
from wirewatch.store import EventQuery, open_store, pg_counts
from wirewatch.store.event_sample import sample_counts
from wirewatch.store.synthetic_events import COUNTRIES, EventRows, EventStream

Key = tuple[str, str | None, str | None, str | None]  # type and the three countries


def _involves(key: Key, country: str | None) -> bool:
    return country is None or country in key[1:]


def _counts(groups: Counter[Key], country: str | None, scale: int) -> Counter[str]:
    by_type: Counter[str] = Counter()
    for key, n in groups.items():
        if _involves(key, country):
            by_type[key[0]] += n * scale
    return by_type


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--fragments", type=int, default=12)
    parser.add_argument("--every", default="10,20,50,100,200")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    every = sorted(int(n) for n in args.every.split(","))
    if any(n % every[0] for n in every):
        parser.error("each N must be a multiple of the smallest (nested samples)")
    store = open_store(args.db)
    execute = store._execute  # type: ignore[attr-defined]
    rows = EventRows(EventStream(articles=args.events // 10))
    rng = random.Random(args.seed)
    four = sorted({p.lower() for p in rows.places if len(p) == 4})
    fragments = rng.sample(four, min(args.fragments, len(four)))
    execute(f"CREATE UNLOGGED TABLE IF NOT EXISTS event_sample_study AS SELECT hashint8(e.id) AS h, e.type,"
            f" e.source_country, e.target_country, e.place_country, LOWER(e.evidence_text) AS evidence"
            f" FROM events e WHERE mod(hashint8(e.id), {every[0]}) = 0")
    errors: dict[tuple[int, str], list[float]] = {}
    print(f"{'fragment':<8} {'events':>8} {'country':>7} {'with it':>8}", flush=True)
    for fragment in fragments:
        country = rng.choice(COUNTRIES)
        pattern = f"%{fragment}%"
        exact: Counter[Key] = Counter({(t, s, g, p): int(n) for t, s, g, p, n in execute(
            "SELECT type, source_country, target_country, place_country, COUNT(*) FROM events"
            " WHERE LOWER(evidence_text) LIKE ? GROUP BY 1, 2, 3, 4", [pattern]).fetchall()})
        sampled = execute("SELECT h, type, source_country, target_country, place_country FROM event_sample_study"
                          " WHERE evidence LIKE ?", [pattern]).fetchall()
        alone, with_country = _counts(exact, None, 1), _counts(exact, country, 1)
        print(f"{fragment:<8} {sum(alone.values()):>8} {country:>7} {sum(with_country.values()):>8}", flush=True)
        for n in every:
            subset: Counter[Key] = Counter((t, s, g, p) for h, t, s, g, p in sampled if h % n == 0)
            for label, filtered, truth in (("total", None, alone), ("total, country", country, with_country)):
                estimate = sum(_counts(subset, filtered, n).values())
                errors.setdefault((n, label), []).append(abs(estimate - sum(truth.values())) / sum(truth.values()))
            estimated_types = _counts(subset, None, n)
            whole = sum(alone.values())
            for kind, count in alone.items():
                if count >= 0.02 * whole:
                    errors.setdefault((n, "types >= 2%"), []).append(abs(estimated_types[kind] - count) / count)
    sample_rows = execute("SELECT COUNT(*) FROM event_sample_study").fetchone()[0]
    print(f"\n{'N':>4} {'rows':>9} {'measure':<16} {'median':>7} {'p90':>7} {'max':>7}  (relative error, %)")
    for n in every:
        for label in ("total", "total, country", "types >= 2%"):
            values = sorted(errors[(n, label)])
            p90 = values[max(0, round(0.9 * len(values)) - 1)]
            print(f"{n:>4} {sample_rows * every[0] // n:>9} {label:<16} {100 * statistics.median(values):>7.2f}"
                  f" {100 * p90:>7.2f} {100 * values[-1]:>7.2f}", flush=True)
    print(f"\n{'fragment':<8} {'filter':<8} {'kept ms':>8} {'block ms':>9} {'kept total':>10} {'block total':>11}")
    for fragment in fragments:
        for label, query in (("alone", EventQuery(text=fragment)),
                             ("type", EventQuery(text=fragment, types=(rng.choice(PLOVER_TYPES[:6]),))),
                             ("country", EventQuery(text=fragment, country=rng.choice(COUNTRIES[:12])))):
            kept = block = 0.0
            for _ in range(2):
                started = time.perf_counter()
                from_kept = sample_counts(execute, query)
                kept = (time.perf_counter() - started) * 1000
                pg_counts.KEPT_SAMPLE = False
                started = time.perf_counter()
                from_blocks = pg_counts.pg_event_counts(execute, query, exact_limit=-1)
                block = (time.perf_counter() - started) * 1000
                pg_counts.KEPT_SAMPLE = True
            assert from_kept is not None
            print(f"{fragment:<8} {label:<8} {kept:>8.1f} {block:>9.1f} {from_kept.total:>10} {from_blocks.total:>11}",
                  flush=True)
    store.close()


if __name__ == "__main__":
    main()
