"""The records digest: a SHA-256 of the records this checkout makes for each dev set of ../shared/eval/dev and for
``samples/articles.jsonl``, pinned in ``tests/records_digest.json`` and checked by ``tests/test_records_digest.py``.

A change that should not alter any record (a move, a rename, a refactoring) leaves every digest as it is. A change
that alters records on purpose re-pins them, saying why in its commit message::

    python -m tests.pin_records_digest            # every set found here (the dev sets only where ../shared is)
    python -m tests.pin_records_digest samples    # only the sets named
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.read import read_input, read_jsonl_bytes
from wirewatch.records import Article, ArticleRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"
PINNED = Path(__file__).with_name("records_digest.json")
SAMPLES = "samples"
DEV_SETS = ("news", "plover_gsr", "case2021", "polnear_test", "geoparsing_gritta", "french_timebank",
            "tempeval3_platinum")


def articles_of(name: str) -> list[Article | InputError]:
    """The inputs of one set: ``samples`` (samples/articles.jsonl) or a dev set's gold files, as the scorer's
    callers feed them (id, text, lang, published, url)."""
    if name == SAMPLES:
        return list(read_input(str(ROOT / "samples" / "articles.jsonl")))
    lines = []
    for path in sorted((SHARED_DEV / name).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        lines.append(json.dumps({k: gold.get(k) for k in ("id", "text", "lang", "published", "url")}))
    return list(read_jsonl_bytes("\n".join(lines).encode("utf-8"), name))


def digest(records: Iterable[ArticleRecord]) -> str:
    """SHA-256 of the records as JSON: keys sorted, records sorted by id, one per line."""
    lines = sorted(json.dumps(r.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) for r in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()

if TYPE_CHECKING:
    from wirewatch.run.extractor import Extractor


def available_sets() -> list[str]:
    return [SAMPLES, *(name for name in DEV_SETS if (SHARED_DEV / name).is_dir())]


def pinned() -> dict[str, str]:
    return {k: v for k, v in json.loads(PINNED.read_text(encoding="utf-8")).items() if not k.startswith("_")}


def main(argv: list[str] | None = None) -> int:
    from wirewatch.run.extractor import Extractor
    from wirewatch.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help=f"sets to re-pin, among {SAMPLES} {' '.join(DEV_SETS)} "
                                                "(default: every one found here)")
    args = parser.parse_args(argv)
    names = args.sets or available_sets()
    unknown = sorted(set(names) - {SAMPLES, *DEV_SETS})
    if unknown:
        parser.error(f"unknown sets: {', '.join(unknown)}")
    # the settings of the tests' session extractor (tests/conftest.py): a fresh data folder (the gazetteer built
    # from this checkout's data) and every event the rules find
    with tempfile.TemporaryDirectory() as data_dir:
        extractor = Extractor(Settings(data_dir=Path(data_dir), min_event_confidence=0.0))
        return pin(extractor, names)


def pin(extractor: Extractor, names: list[str]) -> int:
    digests = pinned() if PINNED.is_file() else {}
    for name in names:
        digests[name] = digest(extractor.extract(articles_of(name)))
        print(f"{name}: {digests[name]}", flush=True)
    note = "SHA-256 of each set's records; re-pin with `python -m tests.pin_records_digest`, saying why in the commit"
    ordered = {name: digests[name] for name in [SAMPLES, *DEV_SETS] if name in digests}
    PINNED.write_text(json.dumps({"_note": note, **ordered}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
