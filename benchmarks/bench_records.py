"""Loading records (``wirewatch ingest --records``) against ingesting the same articles (extracting them), in one run.

    python benchmarks/bench_records.py [--articles 60]

Both roads fill a fresh SQLite store with the same articles (``samples/articles.jsonl``, repeated with distinct
ids and URLs up to ``--articles``): one extracts with the full pipeline (models loaded before the clock starts),
the other loads the records that extraction wrote (with their text). Reports articles per second of each and the
ratio (target: loading >= 5x faster). Both stores must end with the same number of events.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from wirewatch.ingest.read import read_input
from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.run.ingest_job import ingest
from wirewatch.run.load_records import load_records
from wirewatch.run.record_files import read_record_files, records_with_articles
from wirewatch.settings import Settings
from wirewatch.store import EventQuery, open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"


def corpus(count: int) -> list[Article]:
    base = [item for item in read_input(str(SAMPLES)) if isinstance(item, Article)]
    return [base[i % len(base)].model_copy(update={
        "id": f"{base[i % len(base)].id}-{i}", "url": f"https://bench.example.org/{i}",
        "text": base[i % len(base)].text + f" ({i})"}) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    articles = corpus(args.articles)
    extractor = Extractor(Settings.from_env())
    for lang in sorted({a.lang for a in articles if a.lang}):
        extractor.nlp(lang)  # models load before the clock starts
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extracted = open_store(str(folder / "extracted.sqlite"))
        start = time.perf_counter()
        ingest(articles, extractor, extracted)
        extract_seconds = time.perf_counter() - start
        records = folder / "records.jsonl"
        records.write_text("".join(r.model_dump_json() + "\n" for r in records_with_articles(extractor, articles)),
                           encoding="utf-8")
        loaded = open_store(str(folder / "loaded.sqlite"))
        start = time.perf_counter()
        summary = load_records(read_record_files([str(records)]), loaded)
        load_seconds = time.perf_counter() - start
        events = (len(extracted.events(EventQuery(limit=None))), len(loaded.events(EventQuery(limit=None))))
        extracted.close()
        loaded.close()
    print(json.dumps({
        "articles": len(articles), "loaded": summary.ingested,
        "extract_per_second": round(len(articles) / extract_seconds, 1),
        "records_per_second": round(len(articles) / load_seconds, 1),
        "ratio": round(extract_seconds / load_seconds, 1), "target_ratio": 5,
        "events_extracted": events[0], "events_loaded": events[1]}))


if __name__ == "__main__":
    main()
