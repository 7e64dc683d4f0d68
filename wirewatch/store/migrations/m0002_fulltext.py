"""Full-text search over article titles and texts: FTS5 in SQLite, a tsvector column in PostgreSQL.

The ``simple`` configuration (no stemming) is used in PostgreSQL so one index serves every language alike.
SQLite's FTS5 table is kept in step by the store itself (rowid = article id), inside the article's transaction.
"""

from __future__ import annotations

NAME = "0002_fulltext"


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')"
        ]
    return [
        "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS"
        " (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX articles_search ON articles USING GIN (search)",
    ]
