"""The counts of a text filter with a country on PostgreSQL, exact, through the evidence's words keyed by the
countries an event involves (migration ``0015_country_words``, docs/scale.md).

A fragment that lies within words is in an event's evidence when one of the stored words that contain it is one of
the event's words (:func:`~wirewatch.store.pg_event_pages.fragment_words`), and an event involving a country (source,
target or place) holding such a word has ``word@COUNTRY`` in ``events_country_words``. So the events of a country
holding the fragment are among those with one of the fragment's keys: those alone are read from the index (fenced:
the planner would intersect them with the country's own index entries, hundreds of thousands for a common country),
each tested against every filter (the fragment itself, the country, and any other: types, days, language, actor,
box, story) and counted. The cost follows the events matching both — ~1,000 for a place named in 13,000 events with
China — where the words' road read every event holding the words; past ``KEYED_ROWS`` expected events (a fragment
in many words with a common country) the counts are the other roads' (the kept sample's estimate).

The events the keys find are expected as the planner expects the events holding the words and involving the country
(each estimate from its own index's statistics, taken as unrelated), else as it expects the keys themselves: at 10M
events a key outside the keyed index's most common ones is expected in 1 event in 400 (half the rarest common key's
share: ~25,000 a key, where a place's key holds a few hundred), so that this estimate alone let no fragment through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0015_country_words import COUNTRY_WORDS, country_word_keys
from wirewatch.store.pg_counts import pg_event_counts
from wirewatch.store.queries import SQL, EventQuery

Execute = Callable[[str, list[object]], Any]
Planned = Callable[[Execute, EventQuery, SQL], float]  # the events the planner expects a query and clause to select

# events the planner expects the keys to find, up to which they are read and counted; more: None. The planner
# expects a key outside its most common ones (a rare word in a country) in ~1 event in 4,000 (~2,500 at 10M events,
# several times the truth for a rare place): this lets in fragments of up to ~8 words, while the 55-80 words of a
# four-letter fragment (120,000-200,000 expected) stay with the kept sample; common keys are estimated as they are
KEYED_ROWS = 20_000


def country_text_counts(execute: Execute, query: EventQuery, words: list[str], planned: Planned,
                        expected: float | None = None) -> EventCounts | None:
    """The exact counts of ``query`` (a text filter whose fragment lies within ``words``, the stored words that
    contain it, and a country) when the planner expects at most ``KEYED_ROWS`` events to hold one of the words and
    involve the country — ``expected``, its estimate through the evidence's word index with the country, else its
    estimate of the keys (``planned``); else None."""
    if not words or not query.text or not query.country:
        return None
    keyed = SQL(f"{COUNTRY_WORDS} && CAST(? AS TEXT[])", [country_word_keys(words, query.country.upper())])
    if (expected is None or expected > KEYED_ROWS) and planned(execute, EventQuery(), keyed) > KEYED_ROWS:
        return None
    # the fragment tested with strpos, as the words' road does (a LIKE would bring in the trigram index)
    fragment = SQL("strpos(LOWER(e.evidence_text), LOWER(?)) > 0", [query.text])
    fenced = SQL(f"(SELECT * FROM events e WHERE {keyed.text} OFFSET 0) e", keyed.params)
    return pg_event_counts(execute, dataclasses.replace(query, text=None), also=fragment, rows_from=fenced)

