"""Store benchmarks (run on demand; one process — this machine's 2 cores gain little from more).

    python benchmarks/bench_store.py overhead [--articles 300] [--real N] [--db URL …]
    python benchmarks/bench_store.py queries [--events 100000] [--db URL …] [--queries 200]

``overhead``: time spent in the store during an ingest run against the time spent extracting, measured in the
same run. By default the extractor is synthetic (a record of realistic size per article, near-zero cost), which
gives the store's cost per article; ``--real N`` also runs the real pipeline over N generated articles and
compares the ingest's throughput with the store against extraction alone, in alternating rounds, best of each
(target: at most 10% slower). The ingest is measured as the CLI runs it, the extractor in a child process
(:mod:`wirewatch.run.extraction_process`) while the store keeps this one, and, for comparison, with the extractor in
a background thread of this process.
``queries``: p50/p95 of event queries filtered by type, country and day range on a generated store of
``--events`` events (target p95 < 50 ms on SQLite and PostgreSQL).
``--db`` may be given several times (``--db sqlite --db postgresql://…``): the backends are measured one after
the other in the same run (the real pipeline loaded once), so their figures are comparable.
Texts are generated from sentences written for this benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import statistics
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

from wirewatch.ingest.article_input import InputError
from wirewatch.records import (
    PLOVER_TYPES,
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventActor,
    EventPlace,
    Mention,
    Place,
    Quote,
    TimeExpr,
)
from wirewatch.run.extraction_process import ExtractorProcess
from wirewatch.run.ingest_job import ArticleExtractor, ingest
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.synthetic import scratch_schema, span

COUNTRIES = ("UKR", "RUS", "FRA", "USA", "GBR", "DEU", "CHN", "IND", "ISR", "PSE", "SYR", "IRN", "TUR", "POL",
             "SDN", "ETH", "NGA", "MLI", "BRA", "MEX", "COL", "VEN", "PAK", "AFG", "IRQ", "YEM", "LBN", "EGY",
             "JPN", "KOR")
SENTENCES = (
    "The foreign minister of {a} met her counterpart from {b} in {city} on Tuesday to discuss the ceasefire.",
    "Officials in {city} said that drones launched from {a} had struck an energy facility overnight.",
    "\"We will answer every attack,\" the spokesperson for the {b} government told reporters.",
    "Thousands of people marched through {city} on Saturday to protest against the new law.",
    "The government of {a} announced new sanctions against banks based in {b}.",
    "Rescue teams were still searching the rubble in {city} late on Wednesday.",
    "Analysts expect the talks between {a} and {b} to resume next month in {city}.",
)
CITIES = ("Kharkiv", "Geneva", "Lyon", "Leeds", "Ankara", "Doha", "Warsaw", "Cairo", "Lagos", "Bogotá")


def make_text(rng: random.Random, sentences: int) -> str:
    parts = []
    for _ in range(sentences):
        a, b = rng.sample(COUNTRIES, 2)
        parts.append(rng.choice(SENTENCES).format(a=a, b=b, city=rng.choice(CITIES)))
    return " ".join(parts)


def realistic_record(article: Article, rng: random.Random, events: int) -> ArticleRecord:
    """A record of typical size: ~12 entities with mentions, quotes, dates, places and ``events`` events."""
    text = article.text
    cities = [c for c in CITIES if c in text]
    countries = [c for c in COUNTRIES if c in text]
    entities = [Entity(id=f"e{i}", name=name, type="LOC" if name in CITIES else "ORG", country=rng.choice(COUNTRIES),
                       kb_id=f"Q{abs(hash(name)) % 100000}" if i % 2 else None,
                       mentions=[span(text, name)])
                for i, name in enumerate(cities + countries)]
    sentences = [m for m in _sentences(text)]
    quotes = [Quote(text=s.text, start=s.start, end=s.end, direct=True, speaker="spokesperson")
              for s in sentences if s.text.startswith('"')][:3]
    dates = [TimeExpr(**span(text, day).model_dump(), value="2025-08-05")
             for day in ("Tuesday", "Wednesday", "Saturday") if day in text]
    places = [Place(name=c, country="UKR", lat=49.9, lon=36.2, precision="city", mentions=[span(text, c)])
              for c in cities]
    day0 = dt.date(2025, 1, 1)
    event_list = [
        Event(type=rng.choice(PLOVER_TYPES), source=EventActor(name="forces", country=rng.choice(COUNTRIES)),
              target=EventActor(name="civilians", country=rng.choice(COUNTRIES), sector="civilians"),
              date=(day0 + dt.timedelta(days=rng.randrange(365))).isoformat(),
              place=EventPlace(name="Somewhere", country=rng.choice(COUNTRIES), lat=rng.uniform(-60, 60),
                               lon=rng.uniform(-180, 180), precision="city"),
              killed=rng.choice((None, 0, 2, 7)), evidence=rng.choice(sentences), confidence=0.7)
        for _ in range(events)
    ]
    return ArticleRecord(id=article.id, lang="en", published=article.published, title=article.title,
                         url=article.url, entities=entities, quotes=quotes, dates=dates, places=places,
                         events=event_list, pipeline_version="bench")


def _sentences(text: str) -> Iterator[Mention]:
    start = 0
    for index, char in enumerate(text):
        if char in ".!?" and (index + 1 == len(text) or text[index + 1] == " "):
            yield Mention(start=start, end=index + 1, text=text[start:index + 1])
            start = index + 2


def make_articles(count: int, rng: random.Random, sentences: int = 20) -> list[Article]:
    return [Article(id=f"bench-{i}", text=make_text(rng, sentences), lang="en", title=f"Bench article {i}",
                    published=dt.date(2025, 8, 1) + dt.timedelta(days=i % 30),
                    url=f"https://bench.example.org/{i}") for i in range(count)]


class TimedStore:
    """A store proxy adding up the time spent in its calls."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seconds = 0.0

    def __getattr__(self, name: str) -> object:
        target = getattr(self.store, name)
        if not callable(target):
            return target

        def timed(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return target(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
        return timed


class TimedExtractor:
    """Wraps an extractor, adding up the time spent producing records."""

    def __init__(self, inner: ArticleExtractor) -> None:
        self.inner = inner
        self.seconds = 0.0

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        iterator = self.inner.extract(items)
        while True:
            started = time.perf_counter()
            try:
                record = next(iterator)
            except StopIteration:
                self.seconds += time.perf_counter() - started
                return
            self.seconds += time.perf_counter() - started
            yield record


class RealisticExtractor:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for item in items:
            assert isinstance(item, Article)
            yield realistic_record(item, self.rng, events=4)


def _fresh_store(db: str | None, folder: Path, name: str, stack: ExitStack) -> Store:
    """An empty store: a new SQLite file, or a scratch schema (dropped afterwards) of the PostgreSQL database."""
    url = stack.enter_context(scratch_schema(db)) if db and db.startswith("postgres") else db or folder / name
    store = open_store(url)
    stack.callback(store.close)
    return store


class RealExtractors:
    """The real pipeline, loaded once for every backend measured: in this process (extraction alone, and the
    ingest's thread mode) and in a child process (the ingest as the CLI runs it)."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._pair: tuple[ArticleExtractor, ArticleExtractor] | None = None

    def get(self) -> tuple[ArticleExtractor, ArticleExtractor]:
        """``(in this process, in a child process)``, models loaded outside any measure."""
        if self._pair is None:
            from wirewatch.run.extractor import Extractor
            from wirewatch.settings import Settings

            settings = Settings.from_env()
            child = self._stack.enter_context(ExtractorProcess(functools.partial(Extractor, settings)))
            self._pair = (Extractor(settings), child)
            for extractor in self._pair:
                list(extractor.extract(make_articles(2, random.Random(5))))
        return self._pair


def bench_overhead(args: argparse.Namespace, db: str | None, folder: Path, stack: ExitStack,
                   real_extractors: RealExtractors) -> None:
    rng = random.Random(7)
    articles = make_articles(args.articles, rng)
    store = TimedStore(_fresh_store(db, folder, "overhead.sqlite", stack))
    extractor = TimedExtractor(RealisticExtractor())
    started = time.perf_counter()
    summary = ingest(articles, extractor, store)  # type: ignore[arg-type]
    total = time.perf_counter() - started
    per_article = store.seconds / max(summary.ingested, 1)
    print(f"store: {summary.ingested} articles (~{len(articles[0].text.split())} words, 4 events, "
          f"~{len(realistic_record(articles[0], random.Random(0), 4).entities)} entities each) in {total:.2f}s; "
          f"store calls {store.seconds:.2f}s = {per_article * 1000:.2f} ms/article on {store.store.url[:40]}")
    if not args.real:
        return
    real_articles = make_articles(args.real, random.Random(11))
    in_process, child = real_extractors.get()
    best = {"extraction alone": float("inf"), "ingest, extractor in a child process": float("inf"),
            "ingest, extractor in a thread": float("inf")}
    for round_number in range(args.rounds):  # alternate, keep each side's best: other load hits both alike
        started = time.perf_counter()
        for _ in in_process.extract(real_articles):
            pass
        best["extraction alone"] = min(best["extraction alone"], time.perf_counter() - started)
        for name, extractor in (("ingest, extractor in a child process", child),
                                ("ingest, extractor in a thread", in_process)):
            real_store = _fresh_store(db, folder, f"overhead-real-{round_number}-{len(name)}.sqlite", stack)
            started = time.perf_counter()
            summary = ingest(real_articles, extractor, real_store)
            best[name] = min(best[name], time.perf_counter() - started)
    count = max(summary.ingested, 1)
    alone = best["extraction alone"]
    print(f"real pipeline, {summary.ingested} articles, best of {args.rounds} rounds, on {db or 'SQLite'}:")
    for name, seconds in best.items():
        overhead = "" if seconds == alone else f" → store overhead {100 * (seconds / alone - 1):.1f}%"
        print(f"  {name}: {count / seconds:.1f} articles/s{overhead}")
    print("  (target: ingest as the CLI runs it, with the extractor in a child process, at most 10% slower)")


def bench_queries(args: argparse.Namespace, db: str | None, folder: Path, stack: ExitStack) -> None:
    rng = random.Random(3)
    per_article = 10
    store = _fresh_store(db, folder, "queries.sqlite", stack)
    articles = make_articles(args.events // per_article, rng, sentences=8)
    extractor = RealisticExtractor(seed=5)
    started = time.perf_counter()
    for article, record in zip(articles, (realistic_record(a, extractor.rng, per_article) for a in articles),
                               strict=True):
        store.save(article, record)
    print(f"generated {len(articles) * per_article:,} events in {len(articles):,} articles "
          f"in {time.perf_counter() - started:.1f}s on {store.url[:40]}")
    for label, limit in (("limit 50 (CLI default)", 50), ("no limit", None)):
        timings, merged_timings = [], []
        for _ in range(args.queries):
            since = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
            query = EventQuery(types=(rng.choice(PLOVER_TYPES),), country=rng.choice(COUNTRIES), since=since,
                               until=since + dt.timedelta(days=rng.choice((7, 30, 90))), limit=limit)
            started = time.perf_counter()
            rows = store.events(query)
            timings.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            store.merged_events(query)  # the same filters, reports merged by story (one row per event)
            merged_timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(0.95 * len(timings)) - 1]
        print(f"events by type+country+days, {label}: p50 {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms "
              f"over {len(timings)} queries (last returned {len(rows)} rows) — target p95 < 50 ms")
        print(f"  merged by story: p50 {statistics.median(merged_timings) / max(statistics.median(timings), 1e-6):.2f}"
              f"× the per-report query's p50 in the same run")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", choices=("overhead", "queries"))
    parser.add_argument("--db", action="append",
                        help="postgresql:// URL (a scratch schema is used, then dropped), a new SQLite path, or "
                             "'sqlite' (a temporary SQLite file, the default); repeat to measure several backends")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--real", type=int, default=0, help="also run the real pipeline over this many articles")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds of --real; the best counts")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    with ExitStack() as extractors_stack:
        real_extractors = RealExtractors(extractors_stack)
        for db in args.db or ["sqlite"]:
            _bench_one(args, db, real_extractors)


def _bench_one(args: argparse.Namespace, db: str, real_extractors: RealExtractors) -> None:
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        url = None if db == "sqlite" else db
        if args.bench == "overhead":
            bench_overhead(args, url, Path(folder), stack, real_extractors)
        else:
            bench_queries(args, url, Path(folder), stack)


if __name__ == "__main__":
    main()
