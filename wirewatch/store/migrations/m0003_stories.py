"""Stories built as articles arrive (docs/stories.md): stories, their summed keys, posting lists key → story,
key document frequencies, each article's story and signature, and the deadlines articles state."""

from __future__ import annotations

NAME = "0003_stories"

_TYPES = {
    "sqlite": {"date": "TEXT", "real": "REAL"},
    "postgres": {"date": "DATE", "real": "DOUBLE PRECISION"},
}

_SCHEMA = """
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    first_day {date},
    last_day {date},
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_day ON stories (last_day);
CREATE TABLE story_articles (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories (id),
    score {real} NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE TABLE story_keys (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    weight {real} NOT NULL,
    PRIMARY KEY (story_id, key)
);
CREATE TABLE story_postings (
    key TEXT NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    active_at BIGINT NOT NULL,
    PRIMARY KEY (key, story_id)
);
CREATE INDEX story_postings_recent ON story_postings (key, active_at);
CREATE TABLE story_key_df (
    key TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
);
CREATE TABLE story_counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO story_counters (name, value) VALUES ('articles', 0), ('activity', 0);
CREATE TABLE deadlines (
    id TEXT PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    issued {date},
    due TEXT,
    status TEXT NOT NULL,
    issuer_country TEXT,
    target_country TEXT,
    body TEXT NOT NULL
);
CREATE INDEX deadlines_article ON deadlines (article_id);
CREATE INDEX deadlines_due ON deadlines (due);
CREATE INDEX deadlines_status ON deadlines (status, issued)
"""


def statements(dialect: str) -> list[str]:
    sql = _SCHEMA.format(**_TYPES[dialect])
    return [s.strip() for s in sql.split(";") if s.strip()]
