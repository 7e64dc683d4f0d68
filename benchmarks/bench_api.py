"""API and UI benchmarks (run on demand; one server process — this machine's 2 cores gain little from more).

    python benchmarks/bench_api.py api  [--events 100000] [--queries 300]
    python benchmarks/bench_api.py page [--events 10000] [--loads 5]

``api``: p50/p95 latency of ``GET /api/events`` filtered by type, country and day range (limit 50), over real
HTTP against ``wirewatch serve``'s app (uvicorn) on a generated SQLite store of ``--events`` events (target p95
< 50 ms); also the same with an actor filter (in SQL, as every filter) and ``/api/events/stats``.
``page``: time from navigation to the timeline, map and events table drawn (``#page[data-ready]``) in headless
Chromium on a store of ``--events`` events (target < 1 s), once the server has counted the unfiltered timeline
(it does so when it starts); the first load also fetches the static files and the map, later ones find them in
the browser's cache.
Texts are generated from sentences written for this benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.browser_support import served
from wirewatch.api.filters import EventFilters
from wirewatch.api.store_reads import event_stats
from wirewatch.records import PLOVER_TYPES, Article, ArticleRecord, Event, EventActor, EventPlace, Mention
from wirewatch.store import Store, open_store

COUNTRIES = (("UKR", 49.0, 32.0), ("RUS", 55.7, 37.6), ("FRA", 46.6, 2.4), ("USA", 38.9, -77.0),
             ("SDN", 15.5, 32.5), ("TUR", 39.9, 32.9), ("ISR", 31.8, 35.2), ("SYR", 35.0, 38.5),
             ("IRN", 35.7, 51.4), ("CHN", 39.9, 116.4), ("IND", 28.6, 77.2), ("BRA", -15.8, -47.9),
             ("NGA", 9.1, 7.5), ("MLI", 12.6, -8.0), ("COL", 4.7, -74.1), ("YEM", 15.4, 44.2))
SENTENCES = (
    "Delegations from {a} and {b} met on Tuesday to discuss a ceasefire.",
    "Drones launched from {a} struck a depot in {b} overnight, officials said.",
    "The government of {a} accused {b} of preparing a new offensive.",
    "Thousands marched in the capital of {a} against the agreement with {b}.",
    "{a} announced sanctions on banks based in {b}.",
)
Params = dict[str, str | int]
ACTORS = ("armed forces", "government", "protesters", "rebels", "ministry", "police")


def generated_store(path: Path, events: int, per_article: int = 10, seed: int = 5) -> Store:
    rng = random.Random(seed)
    store = open_store(path)
    day0 = dt.date(2025, 1, 1)
    for index in range(events // per_article):
        sentences = []
        for _ in range(per_article):
            (a, _, _), (b, _, _) = rng.sample(COUNTRIES, 2)
            sentences.append(rng.choice(SENTENCES).format(a=a, b=b))
        text = " ".join(sentences)
        spans, start = [], 0
        for sentence in sentences:
            spans.append(Mention(start=start, end=start + len(sentence), text=sentence))
            start += len(sentence) + 1
        published = day0 + dt.timedelta(days=rng.randrange(300))
        article = Article(id=f"bench-{index}", text=text, lang=rng.choice(("fr", "en")), published=published,
                          url=f"https://bench.example.org/{index}", title=f"Bench article {index}")
        record_events = []
        for evidence in spans:
            (sc, _, _), (tc, lat, lon) = rng.sample(COUNTRIES, 2)
            record_events.append(Event(
                type=rng.choice(PLOVER_TYPES), evidence=evidence, confidence=0.7,
                source=EventActor(name=f"{sc} {rng.choice(ACTORS)}", country=sc),
                target=EventActor(name=f"{tc} {rng.choice(ACTORS)}", country=tc),
                date=(published - dt.timedelta(days=rng.randrange(3))).isoformat(),
                place=EventPlace(name=f"Place {rng.randrange(200)}", country=tc, lat=lat + rng.uniform(-2, 2),
                                 lon=lon + rng.uniform(-2, 2), precision="city"),
                killed=rng.choice((None, None, 0, 3))))
        store.save(article, ArticleRecord(id=article.id, lang=article.lang, published=published, title=article.title,
                                          url=article.url, events=record_events, pipeline_version="bench"))
    return store


def _percentiles(timings: list[float]) -> str:
    timings = sorted(timings)
    p95 = timings[max(int(0.95 * len(timings)) - 1, 0)]
    return f"p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms over {len(timings)} requests"


def _random_filters(rng: random.Random) -> Params:
    since = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(280))
    return {"type": rng.choice(PLOVER_TYPES), "country": rng.choice(COUNTRIES)[0], "since": since.isoformat(),
            "until": (since + dt.timedelta(days=rng.choice((7, 30, 90)))).isoformat(), "limit": 50}


def bench_api(args: argparse.Namespace, folder: Path) -> None:
    started = time.perf_counter()
    store = generated_store(folder / "api.sqlite", args.events)
    print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f}s")
    rng = random.Random(11)
    with served(store) as base, httpx.Client(base_url=base, timeout=60) as client:
        client.get("/api/events", params={"limit": 1}).raise_for_status()
        cases: tuple[tuple[str, Callable[[], Params]], ...] = (
            ("type+country+days, limit 50", lambda: _random_filters(rng)),
            ("type+country+days+actor, limit 50", lambda: {**_random_filters(rng), "actor": rng.choice(ACTORS)}),
            ("type only, page 3", lambda: {"type": rng.choice(PLOVER_TYPES), "offset": 100, "limit": 50}),
        )
        for label, make in cases:
            timings = []
            for _ in range(args.queries):
                params = make()
                begin = time.perf_counter()
                client.get("/api/events", params=params).raise_for_status()
                timings.append((time.perf_counter() - begin) * 1000)
            print(f"GET /api/events {label}: {_percentiles(timings)} (target p95 < 50 ms)")
        timings = []
        for _ in range(10):
            params = _random_filters(rng)
            params.pop("limit")
            begin = time.perf_counter()
            client.get("/api/events/stats", params=params).raise_for_status()
            timings.append((time.perf_counter() - begin) * 1000)
        print(f"GET /api/events/stats type+country+days (uncached): {_percentiles(timings)}")
        begin = time.perf_counter()
        client.get("/api/events/stats").raise_for_status()
        print(f"GET /api/events/stats, all {args.events:,} events (counted when the server started): "
              f"{(time.perf_counter() - begin) * 1000:.0f} ms")
    begin = time.perf_counter()
    event_stats(store, EventFilters())
    print(f"counting all {args.events:,} events for the timeline (what the server does at start): "
          f"{time.perf_counter() - begin:.2f} s")
    store.close()


def bench_page(args: argparse.Namespace, folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    store = generated_store(folder / "page.sqlite", args.events)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with served(store) as base, sync_playwright() as driver:
        browser = driver.chromium.launch_persistent_context(str(folder / "profile"), executable_path=args.chromium,
                                                            headless=True, args=flags,
                                                            viewport={"width": 1400, "height": 1000})
        page = browser.new_page()
        page.goto("about:blank")
        _wait_for_warm_counts()
        timings = []
        for _ in range(args.loads):
            begin = time.perf_counter()
            page.goto(base + "/#/", wait_until="commit")
            page.wait_for_selector("#page[data-ready=true]", timeout=30_000)
            timings.append((time.perf_counter() - begin) * 1000)
            page.goto("about:blank")
        browser.close()
    print(f"timeline page with {args.events:,} events: first load {timings[0]:.0f} ms; later loads "
          f"median {statistics.median(timings[1:] or timings):.0f} ms, max {max(timings[1:] or timings):.0f} ms "
          f"(target < 1000 ms)")
    store.close()


def _wait_for_warm_counts() -> None:
    """The server counts the unfiltered timeline when it starts; wait for that, as a user opening it would."""
    for thread in threading.enumerate():
        if thread.name == "wirewatch-warm":
            thread.join()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", choices=("api", "page"))
    parser.add_argument("--events", type=int, default=None, help="default: 100000 (api), 10000 (page)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    args.events = args.events or (100_000 if args.bench == "api" else 10_000)
    with tempfile.TemporaryDirectory() as folder:
        (bench_api if args.bench == "api" else bench_page)(args, Path(folder))


if __name__ == "__main__":
    main()
