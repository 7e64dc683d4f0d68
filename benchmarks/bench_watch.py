"""Watch benchmark: round times and request counts against local feed servers (127.0.0.1, one thread each).

    PYTHONPATH=. python benchmarks/bench_watch.py [--feeds 10] [--items 20] [--rounds 3]

Rounds of ``wirewatch watch`` (the :class:`~wirewatch.run.watch.Watcher`, synthetic extractor: the NLP is not
measured here) over ``--feeds`` feeds of ``--items`` items each:

- cold round: every item new (one feed request and one page request per item);
- ``--rounds`` rounds with nothing new: the target is one conditional request per feed and no page;
- a round with one new item per feed: the target is one feed request per feed plus one page per new item;
- an alert that matches every event: every event stored in a round is alerted in that round.

Baseline, measured in the same run: ``wirewatch ingest`` of the same feed URLs (read_sources + ingest), which
re-reads every feed and re-fetches every page on every run; the report gives the nothing-new round as a ratio
of that re-ingest's time and requests. The texts are generated from sentences written for the tests.
"""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import ExitStack

from tests.watch_support import FeedSite, feed_site, items, local_fetcher
from wirewatch.alerts import check_alerts
from wirewatch.ingest.sources import read_sources
from wirewatch.run.ingest_job import ingest
from wirewatch.run.watch import Watcher
from wirewatch.store import open_store
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.synthetic import SyntheticExtractor
from wirewatch.store.watch_tables import Alert


def _requests(sites: list[FeedSite]) -> tuple[int, int]:
    """(feed requests, page requests) so far."""
    feeds = sum(s.requests["/feed.xml"] for s in sites)
    return feeds, sum(sum(s.requests.values()) for s in sites) - feeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with ExitStack() as stack:
        sites = [stack.enter_context(feed_site(items(args.items, start=f * 1000))) for f in range(args.feeds)]
        fetcher = stack.enter_context(local_fetcher())
        urls = [f"{site.base}/feed.xml" for site in sites]
        store = open_store(":memory:")
        assert isinstance(store, SQLStore)
        store.add_alert(Alert("everything"))
        watcher = Watcher(urls, store, fetcher, SyntheticExtractor())

        cold = watcher.round()
        before = _requests(sites)
        idle = [watcher.round() for _ in range(args.rounds)]
        after = _requests(sites)
        idle_feed_requests = (after[0] - before[0]) / args.rounds
        idle_page_requests = (after[1] - before[1]) / args.rounds
        for f, site in enumerate(sites):
            site.items.extend(items(1, start=f * 1000 + args.items))
        before = _requests(sites)
        fresh = watcher.round()
        fresh_feeds, fresh_pages = (a - b for a, b in zip(_requests(sites), before, strict=True))
        twice = sum(1 for s in sites for path, n in s.requests.items() if path.startswith("/a/") and n > 1)

        baseline_store = open_store(":memory:")
        ingest(read_sources(urls, fetcher), SyntheticExtractor(), baseline_store)  # first run fills the store
        started = time.perf_counter()
        before = _requests(sites)
        ingest(read_sources(urls, fetcher), SyntheticExtractor(), baseline_store)  # a re-run: nothing new
        reingest_seconds = time.perf_counter() - started
        reingest_requests = sum(_requests(sites)) - sum(before)
        leftover = check_alerts(store, None).matched  # 0: every match was alerted in its round

    idle_seconds = statistics.median(r.seconds for r in idle)
    print(f"feeds {args.feeds} × items {args.items}")
    print(f"cold round: {cold.seconds:.3f} s, {cold.requests} requests, {cold.ingest.ingested} ingested, "
          f"{cold.alerts.matched} alerted in the round")
    print(f"nothing-new round (median of {args.rounds}): {idle_seconds:.3f} s, "
          f"{idle_feed_requests:.2f} feed requests per round ({idle_feed_requests / args.feeds:.2f} per feed), "
          f"{idle_page_requests:.2f} page requests")
    print(f"one new item per feed: {fresh.seconds:.3f} s, {fresh_feeds} feed + {fresh_pages} page requests, "
          f"{fresh.ingest.ingested} ingested, {fresh.alerts.matched} alerted in the round")
    print(f"pages fetched more than once by watch: {twice}; matches left for a later check: {leftover}")
    print(f"baseline re-ingest of the same feeds (nothing new): {reingest_seconds:.3f} s, {reingest_requests} requests")
    print(f"nothing-new round / re-ingest: time {idle_seconds / reingest_seconds:.3f}, "
          f"requests {idle_feed_requests / reingest_requests:.3f}")


if __name__ == "__main__":
    main()
