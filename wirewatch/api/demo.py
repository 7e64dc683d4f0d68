"""The demo: the bundled sample articles, extracted into a fresh store."""

from __future__ import annotations

from pathlib import Path

from wirewatch.ingest.read import read_input
from wirewatch.run.ingest_job import ArticleExtractor, IngestSummary, ingest
from wirewatch.store import Store


def sample_articles_path() -> Path | None:
    """``samples/articles.jsonl`` of a source checkout (or editable install), when present."""
    path = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"
    return path if path.is_file() else None


def load_samples(store: Store, extractor: ArticleExtractor, samples: Path) -> IngestSummary:
    """Extract the sample articles into ``store`` through the ingest job."""
    return ingest(read_input(str(samples)), extractor, store)
