"""The articles' days by key, so that the undated reports of a merged page find their day in an index
(docs/scale.md).

A merged page (``merged=true``) with a filter merges a slice of the newest matching reports: the dated ones from
the slice's first day on, and the undated ones whose article was published from then on (their day is their
article's). PostgreSQL finds the undated reports of the filters through the events' indexes, then reads each one's
article row for its publication day: at 10 million events, a type and a country with a slice of weeks read
thousands of undated reports' articles, each in its own table page among the articles' texts (126 of 156 ms of a
page).

``articles_days``: ``(id) INCLUDE (published, lang)``, the articles' publication days (and language, which a
filter may test) by key, read without visiting the articles' rows (an index-only scan: the articles' table is
vacuumed as any). One index entry per article, kept by every write. SQLite reads an article by its key in the
table itself: the migration is recorded and does nothing there.
"""

from __future__ import annotations

NAME = "0011_article_days"


def statements(dialect: str) -> list[str]:
    if dialect != "postgres":
        return []
    return ["CREATE INDEX IF NOT EXISTS articles_days ON articles (id) INCLUDE (published, lang)",
            "ANALYZE articles"]
