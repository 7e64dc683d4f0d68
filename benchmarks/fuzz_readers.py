"""The longer reader fuzz, run on demand (the bounded one is ``tests/test_fuzz_readers.py``).

    python benchmarks/fuzz_readers.py [--count 1000] [--formats jsonl,text,html,feed,warc,warc.gz,url]

Per format, ``--count`` generated inputs go through the same readers and ingest job as ``wirewatch ingest``
(synthetic extractor, in-memory store). Reported per format: inputs run, tracebacks (an exception escaping the
run), aborted runs (the counts not adding up to the items read), items read, stored, failed (and how many of
those were an exception raised inside a reader, caught by its per-source guard), seconds. Then a
mixed run: good articles interleaved with generated bad lines in one JSON Lines file, and good WARC records
between corrupt gzip members, each good article checked to be in the store.
Targets (issue 16): 0 tracebacks and 0 aborted runs, every good item of the mixed runs stored.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.reader_fuzz import (
    FORMATS,
    JSONL_LINES,
    SENTENCE,
    SERVED,
    Served,
    WarcRecord,
    feed_item_fetcher,
    local_server,
    run_file,
    run_sources,
    url_fetcher,
    warc_bytes,
)
from wirewatch.ingest.sources import read_sources
from wirewatch.run.ingest_job import ingest
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor


@dataclass
class Tally:
    inputs: int = 0
    tracebacks: list[str] = field(default_factory=list)
    aborted: int = 0
    items: int = 0
    stored: int = 0
    failed: int = 0
    guarded: int = 0  # failures that are an exception a reader raised, caught by the per-source guard
    seconds: float = 0.0

    def line(self, name: str) -> str:
        return (f"{name:8} inputs {self.inputs:5}  tracebacks {len(self.tracebacks):3}  aborted {self.aborted:3}  "
                f"items {self.items:6}  stored {self.stored:5}  failed {self.failed:5} (of which reader exceptions "
                f"{self.guarded})  {self.seconds:6.1f}s")


def _fuzz(strategy: st.SearchStrategy, count: int, run: object) -> Tally:
    tally = Tally()
    started = time.monotonic()

    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def each(value: object) -> None:
        tally.inputs += 1
        try:
            result = run(value)  # type: ignore[operator]
        except Exception:  # counted and shown: the point of the fuzz
            tally.tracebacks.append(traceback.format_exc())
            return
        tally.items += result.items
        tally.stored += result.summary.ingested + result.summary.updated
        tally.failed += result.summary.failed
        tally.guarded += sum("reading stopped after" in failure for failure in result.summary.failures)
        tally.aborted += not result.adds_up

    each()
    tally.seconds = time.monotonic() - started
    return tally


def fuzz_format(fmt: str, count: int) -> Tally:
    if fmt == "url":
        with local_server() as (url, handler):
            fetcher = url_fetcher()

            def fetch(served: Served) -> object:
                handler.served = served
                return run_sources([url, url + "?second"], fetcher)

            return _fuzz(SERVED, count, fetch)
    strategy, name = FORMATS[fmt]
    fetcher = feed_item_fetcher()

    def read(data: bytes) -> object:
        with tempfile.TemporaryDirectory() as folder:
            return run_file(Path(folder), name, data, fetcher)

    return _fuzz(strategy, count, read)


def _stored_ids(sources: list[str]) -> set[str]:
    store = open_store(":memory:")
    ingest(read_sources(sources, None), SyntheticExtractor(), store, max_chars=100_000)
    return {stored.article.id for stored in store.articles()}


def mixed_jsonl(folder: Path, good: int, bad: int, seed: int) -> tuple[int, int]:
    """(good articles, of which stored) for one file of good articles among generated bad lines."""
    import json

    rng = random.Random(seed)
    bad_lines = [JSONL_LINES.example() for _ in range(bad)]
    good_lines = [json.dumps({"id": f"good-{i}", "text": f"{SENTENCE.example()} Number {i}.", "lang": "en"}).encode()
                  for i in range(good)]
    lines = bad_lines + good_lines
    rng.shuffle(lines)
    (path := folder / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    stored = _stored_ids([str(path)])
    return good, sum(f"good-{i}" in stored for i in range(good))


def mixed_warc(folder: Path, good: int) -> tuple[int, int]:
    """(good records, of which stored) for a .warc.gz whose every other member is corrupt."""
    page = ("<html><head><title>Record {0}</title></head><body><article><p>The council voted budget number {0} "
            "on Monday after a long debate.</p></article></body></html>")
    members = []
    for i in range(good):
        record = WarcRecord(page.format(i).encode(), "text/html", f"https://news.example.org/{i}", "response")
        members.append(warc_bytes([record], gzip=True))
        broken = bytearray(warc_bytes([record], gzip=True))
        broken[20:40] = b"\x00" * 20
        members.append(bytes(broken))
    (path := folder / "mixed.warc.gz").write_bytes(b"".join(members))
    store = open_store(":memory:")
    ingest(read_sources([str(path)], None), SyntheticExtractor(), store)
    urls = {stored.article.url for stored in store.articles()}
    return good, sum(f"https://news.example.org/{i}" in urls for i in range(good))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--formats", default="jsonl,text,html,feed,warc,warc.gz,url")
    args = parser.parse_args()
    import logging
    import warnings

    logging.disable(logging.WARNING)  # trafilatura and warcio complain about every broken page
    warnings.simplefilter("ignore")
    failed = False
    for fmt in args.formats.split(","):
        tally = fuzz_format(fmt, args.count)
        print(tally.line(fmt), flush=True)
        for trace in tally.tracebacks[:3]:
            print(trace, file=sys.stderr)
        failed |= bool(tally.tracebacks or tally.aborted)
    with tempfile.TemporaryDirectory() as folder:
        good, stored = mixed_jsonl(Path(folder), good=200, bad=800, seed=16)
        print(f"mixed JSON Lines: {stored} of {good} good articles stored among 800 generated lines")
        warc_good, warc_stored = mixed_warc(Path(folder), good=100)
        print(f"mixed .warc.gz: {warc_stored} of {warc_good} good records stored between corrupt members")
    failed |= stored != good or warc_stored != warc_good
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
