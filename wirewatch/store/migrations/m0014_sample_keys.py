"""Indexes of the kept sample's countries and type, so that an estimate of a text fragment with a country or a type
reads only the sampled events holding both (docs/scale.md).

Since stop 23 a fragment in many words (four letters: 150,000–450,000 events at 10 million) with a country or a type
is estimated from the kept sample (0013) however few sampled events match. Through the sample's trigram index
alone, every sampled event holding the fragment (3,000–9,000) was read to test the country; with these indexes the
planner intersects the fragment's entries with the country's three roles (a ``BitmapOr``) or the type's, and reads
the few hundred sampled events in both (at 10M events, a four-letter fragment and Myanmar: 6,768 and 4,980 entries,
165 rows read). The sample's rows are few (one event in 50), so the indexes are small and cheap to keep. SQLite
keeps no sample: the migration is recorded and does nothing there.
"""

from __future__ import annotations

NAME = "0014_sample_keys"

SAMPLE_KEYS = ("source_country", "target_country", "place_country", "type")


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return [*(f"CREATE INDEX IF NOT EXISTS event_sample_{column} ON event_sample ({column})" for column in SAMPLE_KEYS),
            "ANALYZE event_sample"]
