"""The evidence's words by month, so that a text filter's page is read newest month first (docs/scale.md).

A text filter (``q``: part of the evidence, case-insensitive) was read in page order, every event's evidence
tested until the page was full: at 10 million events a place named in ~3,000 events had the page order read
~170,000 events for a page (p95 2.3 s). The word index of 0006 (``events_evidence_words``) finds those events
but not in page order: a page read them all, each in its own table page.

``events_month_words``: a GIN index of ``evidence_month_words(evidence_text, day)``, each word of the evidence (the
lexemes of ``to_tsvector('simple', …)``, as 0006 stores them in ``event_words``) joined to the event's month —
``word@YYYYMM``, ``word@`` for an undated event. A page of a text filter looks up the words that contain the
fragment (``event_words``) in the undated events and the newest month first, then in more months
(:mod:`wirewatch.store.pg_text_pages`): each look-up reads only the events of those months that hold the words.
The index follows the events' rows, so every write keeps it (no table to maintain); an existing store builds it in
the migration (at 10 million events: see docs/scale.md; an interrupted build is rolled back with its transaction
and starts again when the store is next opened). SQLite keeps its scan: the migration is recorded and does
nothing there.
"""

from __future__ import annotations

NAME = "0010_month_words"

MONTH_WORDS = "evidence_month_words(e.evidence_text, e.day)"  # the indexed expression, as the queries write it
_FUNCTION = """CREATE OR REPLACE FUNCTION evidence_month_words(evidence TEXT, day DATE) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT pg_catalog.array_agg(w || '@' || COALESCE(
    (EXTRACT(YEAR FROM day) * 100 + EXTRACT(MONTH FROM day))::INTEGER::TEXT, ''))
  FROM pg_catalog.unnest(pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('simple'::regconfig, evidence))) AS w
$$"""


def month_key(year: int, month: int) -> str:
    """A month as the index's words write it (``202512``)."""
    return f"{year * 100 + month}"


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return [_FUNCTION,
            "SET LOCAL maintenance_work_mem = '512MB'",  # the build of a large store's index (this transaction only)
            "CREATE INDEX IF NOT EXISTS events_month_words ON events USING gin"
            " (evidence_month_words(evidence_text, day))",
            # the planner's statistics of the indexed words (a sample of the rows: seconds at 10M events), so that it
            # reads a month's words through the index rather than working out every event's words in page order
            "ANALYZE events"]
