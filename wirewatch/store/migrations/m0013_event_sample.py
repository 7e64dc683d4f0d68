"""A kept uniform sample of the events, one in ``SAMPLE_EVERY``, so that the counts ``/stats`` must estimate (a text
fragment found in many words, alone, with types or a country) read a small dense table instead of a block sample
of the events table (docs/scale.md).

``event_sample`` (PostgreSQL): the columns the counts filter and group on — day, type, the three countries, the
point, the article's language, the evidence — of each event whose key hashes to a multiple of ``SAMPLE_EVERY``
(``hashint8(id)``: stable for the event's life, the same whichever writer or backfill picks it), with a trigram
index on the lower-cased evidence (``pg_trgm``, as the events' own of 0005). A row goes with its event (``ON
DELETE CASCADE``: a replaced or deleted article's events take their sample rows with them); the store adds the
sample rows of an article's events as it saves it (:mod:`wirewatch.store.event_sample`), the bulk loader after a
load, and this migration for an existing store. SQLite keeps its exact scan: the migration is recorded and does
nothing there.
"""

from __future__ import annotations

NAME = "0013_event_sample"

SAMPLE_EVERY = 50  # one event in SAMPLE_EVERY is kept in the sample; its counts are scaled up by it
SAMPLED = f"mod(hashint8(e.id), {SAMPLE_EVERY}) = 0"  # the events of the sample (e: the events table; no "%": the
# bulk loader's driver reads it as a placeholder)
SAMPLE_COLUMNS = ("id, article_id, day, type, source_country, target_country, place_country, lat, lon, lang,"
                  " evidence_text")
SAMPLE_ROWS = (f"SELECT e.id, e.article_id, e.day, e.type, e.source_country, e.target_country, e.place_country,"
               f" e.lat, e.lon, a.lang, e.evidence_text FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE {SAMPLED}")
SAMPLE_BACKFILL = f"INSERT INTO event_sample ({SAMPLE_COLUMNS}) {SAMPLE_ROWS} ORDER BY e.id"


def sample_backfill(dialect: str) -> list[str]:
    """The statements filling the (empty) sample from the stored events (PostgreSQL; none on SQLite)."""
    return [SAMPLE_BACKFILL, "ANALYZE event_sample"] if dialect == "postgres" else []


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return ["CREATE TABLE event_sample (id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
            " article_id BIGINT NOT NULL, day DATE, type TEXT NOT NULL, source_country TEXT, target_country TEXT,"
            " place_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, lang TEXT, evidence_text TEXT)",
            SAMPLE_BACKFILL,
            # the index after the rows: one build rather than an entry a row (no trigram index without pg_trgm:
            # the sample is then scanned, still a small table)
            "DO $$ BEGIN"
            " EXECUTE 'CREATE INDEX event_sample_evidence_trgm ON event_sample"
            " USING GIN (LOWER(evidence_text) public.gin_trgm_ops)';"
            " EXCEPTION WHEN undefined_object OR undefined_function THEN"
            " RAISE NOTICE 'wirewatch: no pg_trgm (%), the event sample scanned', SQLERRM;"
            " END $$",
            "ANALYZE event_sample"]
