"""Substring filters (part of the evidence, part of an actor's name) left to test in a page's key ranges (a country
with types, docs/scale.md): the pages are the plain query's on both backends, whichever way PostgreSQL writes the
filter — an actor's fragment as its stored names, a text fragment with strpos on the ranges' rows when the planner
expects them to be few (or fewer than hold the fragment's words), else its LIKE."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_store_event_keys import _keys, _plain_page
from tests.test_store_scale import _events_store
from wirewatch.store import EventQuery, pg_event_pages
from wirewatch.store.synthetic_events import EventRows, EventStream

_MONTH = {"since": dt.date(2025, 12, 1), "until": dt.date(2025, 12, 31)}
_CASES: list[tuple[dict[str, Any], int]] = [
    ({"country": "UKR", "types": ("CONSULT",)}, 0), ({"country": "FRA", "types": ("CONSULT", "ASSAULT")}, 2),
    ({"country": "UKR", "types": ("PROTEST",), **_MONTH}, 0),
    ({"country": "RUS", "types": ("CONSULT",), "lang": "fr"}, 1),
    ({"country": "UKR", "types": ("ASSAULT",), "after": (dt.date(2025, 12, 20), 10**9)}, 0)]


def _recorded_pages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every page statement PostgreSQL's keyed road writes (filled as pages are read)."""
    written: list[str] = []
    keyed = pg_event_pages.substrings_in_ranges

    def recorded(*args: Any) -> Any:
        where = keyed(*args)
        written.append(where.text)
        return where

    monkeypatch.setattr(pg_event_pages, "substrings_in_ranges", recorded)
    return written


@pytest.mark.parametrize("narrow_rows", [10**9, -1])  # every range narrow (strpos); none (LIKE, the words rare)
def test_text_pages_read_by_role_are_the_plain_pages(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                     narrow_rows: int) -> None:
    monkeypatch.setattr(pg_event_pages, "NARROW_ROWS", narrow_rows)
    if narrow_rows < 0:  # the ranges expected to hold more events than the words: never the smaller side
        monkeypatch.setattr(pg_event_pages, "expected_rows_together",
                            lambda execute, asked: [1.0 if query == EventQuery() else 1e6 for query, _ in asked])
    written = _recorded_pages(monkeypatch)
    store = _events_store(db_url, 200)
    places = EventRows(EventStream(articles=200, days=60)).places
    for fragment in (places[3].lower(), places[7][1:4].upper(), "officials", "the capital", "nowhere"):
        for extra, offset in _CASES:
            query = EventQuery(limit=6, text=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        tested = [text for text in written if "evidence_text" in text]
        # "nowhere" lies within words and no stored word holds it: no event, no test; "the capital" has no words
        assert len(tested) == 4 * len(_CASES)
        road = "strpos(LOWER(e.evidence_text)" if narrow_rows > 0 else "LOWER(e.evidence_text) LIKE"
        assert all(road in text for text in tested), tested
    store.close()


def test_actor_fragments_in_role_ranges_are_their_stored_names(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    written = _recorded_pages(monkeypatch)
    store = _events_store(db_url, 200)
    names = EventRows(EventStream(articles=200, days=60)).actors
    # a first name (in several names: the country's three ranges are fewer than the names' two each), two letters
    for fragment in (names[0].split()[0].lower(), "ka"):
        for extra, offset in _CASES:
            query = EventQuery(limit=6, actor=fragment, **extra)
            assert _keys(store, query, offset) == _plain_page(store, query, offset), (fragment, extra, offset)
    if db_url.startswith("postgres"):
        assert any("LOWER(e.source_name) = ANY" in text for text in written), written
        assert not any("LIKE" in text for text in written if "= ANY" in text)
    store.close()


def test_a_fragment_no_stored_word_holds_gives_an_empty_page(db_url: str) -> None:
    store = _events_store(db_url, 50)
    assert store.events(EventQuery(limit=5, text="qqxqq", country="UKR", types=("CONSULT",))) == []
    store.close()
