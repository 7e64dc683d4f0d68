"""The counts of a text filter with a country on PostgreSQL, exact, through the evidence's words keyed by the
countries an event involves (migration ``0015_country_words``, docs/scale.md).

A fragment that lies within words is in an event's evidence exactly when one of the stored words that contain it
is one of the event's words (:func:`~wirewatch.store.pg_event_pages.fragment_words`), and an event involving a
country (source, target or place) holding such a word has ``word@COUNTRY`` in ``events_country_words``. So the events
of a country holding the fragment are those with one of the fragment's keys: those alone are read from the index
(fenced: the planner would intersect them with the country's own index entries, hundreds of thousands for a common
country), each tested against every other filter (the country, types, days, language, actor, box, story; the
fragment needs no test: a key of one of the words is in an event exactly when the word is in its evidence) and
counted. The cost follows the events matching both — ~1,000 for a place named in 13,000 events with China — where the
words' road read every event holding the words; past ``KEYED_ROWS`` expected events (a fragment in many words with a
common country) the counts are the other roads' (the kept sample's estimate).

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

# events the planner may expect to hold the words and involve the country, up to which the keys are read and counted;
# more: None. Through the evidence's word index with the country (the two estimates taken as unrelated: a place in
# 3,000-13,000 events with a common country is expected in 200-4,000), a four-letter fragment's 55-80 words with a
# common country pass it, but go to the kept sample first (more than SAMPLE_FROM events hold the words, text_counts)
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
    # the fragment is not tested again: an event holds a key of one of the words exactly when its evidence holds the
    # word, i.e. contains the fragment (as the word counter counts, word_counts); LOWER of each evidence was 15-20%
    # of the count (3,400 events at 10M)
    fenced = SQL(f"(SELECT * FROM events e WHERE {keyed.text} OFFSET 0) e", keyed.params)
    return pg_event_counts(execute, dataclasses.replace(query, text=None), rows_from=fenced)

