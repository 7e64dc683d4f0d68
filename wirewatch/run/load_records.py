"""Loading records made elsewhere (``extract -o``, ``batch -o``) into the store, without extracting again.

The same store path as :func:`wirewatch.run.ingest_job.ingest`: each record's article (``text``, ``title``,
``url`` … that the record carries) is checked against the store (a stored copy with the same content is a
duplicate), then saved with its story in one transaction; once all are placed, their stories get a second look.
A record made by another pipeline version is counted and kept as it is (``wirewatch reprocess`` re-extracts);
a line that is not a record, or a record without text, is a counted failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wirewatch import __version__
from wirewatch.ingest.article_input import InputError
from wirewatch.records import ArticleRecord
from wirewatch.run.ingest_job import IngestSummary, Progress, _Claimed, _refine, _store_one, _verdict
from wirewatch.run.record_files import article_of
from wirewatch.store import ArticleIdentity, Store, identity_of


@dataclass
class LoadSummary(IngestSummary):
    """The counts of :class:`IngestSummary`, the records of another pipeline version, and the articles placed."""

    other_version: int = 0
    other_versions: set[str] = field(default_factory=set)
    placed: list[ArticleIdentity] = field(default_factory=list)

    def version_line(self) -> str | None:
        """One line about the records of another pipeline version, None when there are none."""
        if not self.other_version:
            return None
        names = ", ".join(sorted(self.other_versions)[:3]) + (" …" if len(self.other_versions) > 3 else "")
        return (f"{self.other_version} records made by another pipeline version ({names}) were loaded as they are; "
                f"`wirewatch reprocess` re-extracts them with this one (wirewatch-{__version__})")

    def as_dict(self) -> dict[str, object]:
        return {**super().as_dict(), "other_version": self.other_version}


def current_release() -> str:
    return f"wirewatch-{__version__}"


def is_current(version: str | None, release: str) -> bool:
    """Made by ``release`` (``wirewatch-X.Y.Z``, with or without its models' note), as reprocess decides."""
    return version is not None and (version == release or version.startswith(release + " "))


def load_records(items: Iterable[ArticleRecord | InputError], store: Store, *, force: bool = False,
                 release: str | None = None, refine: bool = True,
                 progress: Progress | None = None) -> LoadSummary:
    """Store the article and layers of every record of ``items``, one transaction each, without extracting."""
    release = release or current_release()
    summary = LoadSummary()
    claimed = _Claimed()
    for item in items:
        _load_one(item, store, summary, claimed, force, release)
        if progress:
            progress(summary)
    if refine:
        _refine(store, summary.placed, summary)
    return summary


def _load_one(item: ArticleRecord | InputError, store: Store, summary: LoadSummary, claimed: _Claimed,
              force: bool, release: str) -> None:
    if isinstance(item, InputError):
        summary.failures.append(str(item))
        return
    try:
        article = article_of(item)
    except ValueError as error:
        summary.failures.append(f"record {item.id}: {error}" if item.error is None else f"record {item.id}: "
                                f"{item.error}")
        return
    verdict = _verdict(article, store, claimed, force, summary)
    if verdict == "duplicate":
        summary.duplicates += 1
        return
    if verdict == "failed":
        return
    if not is_current(item.pipeline_version, release) and item.error is None:
        summary.other_version += 1
        summary.other_versions.add(item.pipeline_version or "no version")
    if _store_one(article, item, store, summary):
        summary.placed.append(identity_of(article))
