"""Each word of an event word class is listed once: a second row of the same class and word is a sign that two
mechanisms grew the same class apart (the class then needs one comment saying both uses)."""

from __future__ import annotations

from collections import Counter

import pytest

from wirewatch.lexicons import languages, read_tsv


@pytest.mark.parametrize("lang", languages())
def test_no_event_word_row_is_listed_twice(lang: str) -> None:
    rows = Counter((row["role"], row["word"]) for row in read_tsv(lang, "event_words.tsv"))
    assert [pair for pair, count in rows.items() if count > 1] == []
