"""The evidence's words keyed by the countries an event involves, so that a text filter with a country is counted
exactly from the events holding both (docs/scale.md).

A place named in a few thousand events with a common country (China: 850,000 events in its three roles at 10
million) was counted by reading every event holding the fragment's words (13,465 for a place in four words) to keep
the ~1,000 involving the country, or by intersecting the words' index entries with the country's: 50–550 ms. A
counter of (word, country) cannot be summed over a fragment's several words (an event holding two of them would be
counted twice), and the exact count needs the events themselves.

``events_country_words``: a GIN index of ``evidence_country_words(evidence_text, source_country, target_country,
place_country)``, each word of the evidence (the lexemes of ``to_tsvector('simple', …)``, as 0006 stores them in
``event_words``) joined to each distinct country the event involves — ``word@CHN``; an event with no country has no
key. The events holding ``word@C`` for one of a fragment's words are exactly those involving C whose evidence holds
one of the words: the count reads those alone. The index follows the events' rows, so every write keeps it (no table
to maintain); an existing store builds it in the migration (at 10 million events: see docs/scale.md). SQLite keeps
its scan: the migration is recorded and does nothing there.
"""

from __future__ import annotations

NAME = "0015_country_words"

# the indexed expression, as the queries write it
COUNTRY_WORDS = "evidence_country_words(e.evidence_text, e.source_country, e.target_country, e.place_country)"
_FUNCTION = """CREATE OR REPLACE FUNCTION evidence_country_words(evidence TEXT, source TEXT, target TEXT, place TEXT)
RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT pg_catalog.array_agg(w || '@' || c)
  FROM pg_catalog.unnest(pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('simple'::regconfig, evidence))) AS w,
       (SELECT DISTINCT c FROM pg_catalog.unnest(ARRAY[source, target, place]) AS c WHERE c <> '') AS countries
$$"""


def country_word_keys(words: list[str], country: str) -> list[str]:
    """The index's keys of ``words`` in the events involving ``country`` (ISO3, as stored)."""
    return [f"{word}@{country}" for word in words]


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return [_FUNCTION,
            "SET LOCAL maintenance_work_mem = '512MB'",  # the build of a large store's index (this transaction only)
            "CREATE INDEX IF NOT EXISTS events_country_words ON events USING gin"
            " (evidence_country_words(evidence_text, source_country, target_country, place_country))",
            # the planner's statistics of the indexed keys, so that it expects a fragment's keys' events well
            "ANALYZE events"]
