"""The store implementation shared by the SQL backends: writing records, rebuilding them, running queries.

A backend (``sqlite.py``, ``postgres.py``) supplies the connection, transactions, placeholder style, its
case-insensitive match operator and full-text search; everything else is here, written once.
"""

from __future__ import annotations

import datetime as dt
import json
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from wirewatch.records import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    TimeExpr,
)
from wirewatch.store.base import ArticleIdentity, SaveOutcome, StoredArticle, StoreError
from wirewatch.store.identity import canonical_url, content_hash
from wirewatch.store.migrations import MIGRATIONS_TABLE, Dialect, all_migrations
from wirewatch.store.queries import (
    SQL,
    EntityQuery,
    EntityRow,
    EventQuery,
    EventRow,
    QuoteQuery,
    QuoteRow,
    SearchHit,
    entities_sql,
    event_where,
    events_sql,
    quotes_sql,
)
from wirewatch.store.rows import (
    ARTICLE_COLUMNS,
    ARTICLE_ENTITY_COLUMNS,
    EVENT_FIELDS,
    EVENT_INSERT_COLUMNS,
    PLACE_COLUMNS,
    QUOTE_COLUMNS,
    as_date,
    as_text,
    as_time,
    entity_identity,
    escape_like,
    event_from_row,
    event_values,
    iso_day,
    mentions_from_json,
    mentions_json,
    stored_article,
    utc_now,
)
from wirewatch.store.story_store import StoryTables

_PAGE = 500  # rows read at a time when iterating over articles
_ENTITY_REFERENCES = frozenset({"entity_id", "source_entity_id", "target_entity_id"})
_ENTITY_BY_IDENTITY = "(SELECT id FROM entities WHERE identity = ?)"
_CHILD_TABLES = ("mentions", "article_entities", "quotes", "dates", "places", "events")


class SQLStore(StoryTables):
    """A :class:`wirewatch.store.base.Store` over a DB-API connection."""

    dialect: Dialect
    like: str = "LIKE"

    def __init__(self, url: str) -> None:
        self.url = url

    # -- what a backend supplies -------------------------------------------------------------------------
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        """Run one statement (``?`` placeholders) and return its cursor."""

    @abstractmethod
    def _execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run one statement for every row (one prepared statement, pipelined where the driver can)."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A context in which statements commit together, or not at all."""

    @abstractmethod
    def _table_names(self) -> set[str]: ...

    @abstractmethod
    def _index_text(self, key: int, title: str | None, text: str) -> None:
        """Keep the full-text index in step with the article row (inside the caller's transaction)."""

    @abstractmethod
    def _unindex_text(self, key: int) -> None: ...

    @abstractmethod
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- schema ------------------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply pending migrations in order, each in one transaction; return the names applied now.

        Safe when several processes open a new database at once: each migration is re-checked under a lock.
        """
        tables = self._table_names()
        if MIGRATIONS_TABLE not in tables and "articles" in tables:
            raise StoreError(f"{self.url} holds an 'articles' table but no {MIGRATIONS_TABLE}: not a wirewatch store")
        with self.transaction():
            self._lock_schema()
            self._execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT)")
        known = [m.name for m in all_migrations()]
        unknown = [name for name in self.migrations() if name not in known]
        if unknown:
            raise StoreError(f"{self.url} was migrated by a newer wirewatch (unknown migration {unknown[0]})")
        applied: list[str] = []
        for migration in all_migrations():
            with self.transaction():
                self._lock_schema()
                if migration.name in self.migrations():
                    continue
                for statement in migration.statements(self.dialect):
                    self._execute(statement)
                self._execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                              (migration.name, utc_now().isoformat()))
            applied.append(migration.name)
        return applied

    @abstractmethod
    def _lock_schema(self) -> None:
        """Serialise schema changes between processes (called inside a transaction)."""

    def migrations(self) -> list[str]:
        return [r[0] for r in self._execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name").fetchall()]

    # -- articles ----------------------------------------------------------------------------------------
    def find(self, identity: ArticleIdentity) -> StoredArticle | None:
        row = None
        if identity.canonical_url:
            row = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE canonical_url = ?",
                                (identity.canonical_url,)).fetchone()
        if row is None:
            row = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                                (identity.content_hash,)).fetchone()
        return None if row is None else stored_article(row)

    def _same_article(self, identity: ArticleIdentity) -> StoredArticle | None:
        """The row this article replaces: same canonical URL; without one, the same content without a URL."""
        if identity.canonical_url:
            row = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE canonical_url = ?",
                                (identity.canonical_url,)).fetchone()
            if row is not None:
                return stored_article(row)
            row = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?"
                                " AND canonical_url IS NULL ORDER BY id LIMIT 1", (identity.content_hash,)).fetchone()
        else:
            row = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                                (identity.content_hash,)).fetchone()
        return None if row is None else stored_article(row)

    def save(self, article: Article, record: ArticleRecord, *, stories: bool = False) -> SaveOutcome:
        local_ids = [e.id for e in record.entities]
        if len(set(local_ids)) != len(local_ids):
            repeated = next(i for i in local_ids if local_ids.count(i) > 1)
            raise StoreError(f"record {record.id}: entity id {repeated!r} is used twice; nothing stored")
        identity = ArticleIdentity(canonical_url(article.url), content_hash(article))
        now = utc_now().isoformat()
        values = (
            record.id or article.id, article.url, identity.canonical_url, identity.content_hash,
            record.lang or article.lang, iso_day(record.published or article.published), record.title or article.title,
            article.source, article.text, record.pipeline_version, record.error, json.dumps(record.warnings), now,
        )
        with self.transaction():
            existing = self._same_article(identity)
            if existing is None:
                key = int(self._execute(
                    "INSERT INTO articles (ext_id, url, canonical_url, content_hash, lang, published, title, source,"
                    " text, pipeline_version, error, warnings, updated_at, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", (*values, now),
                ).fetchone()[0])
                outcome: SaveOutcome = "inserted"
            else:
                key = existing.key
                self._execute(
                    "UPDATE articles SET ext_id = ?, url = COALESCE(url, ?),"
                    " canonical_url = COALESCE(canonical_url, ?), content_hash = ?, lang = ?, published = ?,"
                    " title = ?, source = ?, text = ?, pipeline_version = ?, error = ?, warnings = ?,"
                    " updated_at = ? WHERE id = ?", (*values, key),
                )
                for table in _CHILD_TABLES:
                    self._execute(f"DELETE FROM {table} WHERE article_id = ?", (key,))
                self._unindex_text(key)
                outcome = "updated"
            self._index_text(key, record.title or article.title, article.text)
            self._write_layers(key, record, record.published or article.published)
            if stories:
                self._file_story_at(key, article, record)
        return outcome

    def _write_layers(self, key: int, record: ArticleRecord, published: dt.date | None) -> None:
        """Every layer with one prepared statement per table, none waiting for a result: references to
        canonical entities are resolved by the database from the entity's identity."""
        self._upsert_entities(record.entities)
        identities = {e.id: entity_identity(e) for e in record.entities}
        self._insert_rows("article_entities", ARTICLE_ENTITY_COLUMNS, [
            (key, e.id, position, identities[e.id], e.name, e.type, e.kb_id, e.country, e.role)
            for position, e in enumerate(record.entities)])
        self._insert_rows("mentions", ("article_id", "local_id", "position", "start_char", "end_char", "text"), [
            (key, e.id, index, m.start, m.end, m.text) for e in record.entities for index, m in enumerate(e.mentions)])
        self._insert_rows("quotes", QUOTE_COLUMNS, [
            (key, position, q.text, q.start, q.end, q.direct, q.speaker, q.speaker_entity,
             identities.get(q.speaker_entity or ""), q.channel, q.date, mentions_json(q.parts))
            for position, q in enumerate(record.quotes)])
        self._insert_rows("dates", ("article_id", "position", "text", "start_char", "end_char", "value", "type"), [
            (key, position, t.text, t.start, t.end, t.value, t.type) for position, t in enumerate(record.dates)])
        self._insert_rows("places", PLACE_COLUMNS, [
            (key, position, p.name, p.country, p.lat, p.lon, p.feature, p.geonames_id, p.precision,
             mentions_json(p.mentions)) for position, p in enumerate(record.places)])
        self._insert_rows("events", EVENT_INSERT_COLUMNS, [
            event_values(key, position, event, identities, published) for position, event in enumerate(record.events)])

    def _insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
        """Insert ``rows``; a value for an entity reference column is the entity's identity, looked up in SQL."""
        if rows:
            placeholders = ", ".join(_ENTITY_BY_IDENTITY if c in _ENTITY_REFERENCES else "?" for c in columns)
            self._execute_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows)

    def _upsert_entities(self, entities: list[Entity]) -> None:
        """Create or refresh the entities' canonical rows (in identity order, so concurrent writers lock rows in
        the same order)."""
        by_identity: dict[str, Entity] = {}
        for entity in entities:
            by_identity.setdefault(entity_identity(entity), entity)
        if by_identity:
            self._execute_many(
                "INSERT INTO entities (identity, name, type, kb_id, country, role) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (identity) DO UPDATE SET name = excluded.name,"
                " country = COALESCE(excluded.country, entities.country),"
                " role = COALESCE(excluded.role, entities.role)",
                [(identity, e.name, e.type, e.kb_id, e.country, e.role) for identity, e in sorted(by_identity.items())],
            )

    def record(self, key: int) -> ArticleRecord | None:
        row = self._execute(
            "SELECT ext_id, lang, published, title, url, warnings, error, pipeline_version FROM articles WHERE id = ?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return ArticleRecord(
            id=row[0], lang=row[1], published=as_date(row[2]), title=row[3], url=row[4],
            entities=self._entities_of(key), quotes=self._quotes_of(key), dates=self._dates_of(key),
            places=self._places_of(key), events=self._events_of(key), warnings=json.loads(row[5]),
            error=row[6], pipeline_version=row[7],
        )

    def _entities_of(self, key: int) -> list[Entity]:
        mentions: dict[str, list[Mention]] = {}
        for local_id, start, end, text in self._execute(
            "SELECT local_id, start_char, end_char, text FROM mentions WHERE article_id = ?"
            " ORDER BY local_id, position",
            (key,),
        ).fetchall():
            mentions.setdefault(local_id, []).append(Mention(start=start, end=end, text=text))
        return [
            Entity(id=r[0], name=r[1], type=r[2], kb_id=r[3], country=r[4], role=r[5], mentions=mentions.get(r[0], []))
            for r in self._execute(
                "SELECT local_id, name, type, kb_id, country, role FROM article_entities WHERE article_id = ?"
                " ORDER BY position", (key,),
            ).fetchall()
        ]

    def _quotes_of(self, key: int) -> list[Quote]:
        return [
            Quote(text=r[0], start=r[1], end=r[2], direct=bool(r[3]), speaker=r[4], speaker_entity=r[5], channel=r[6],
                  date=r[7], parts=mentions_from_json(r[8]))
            for r in self._execute(
                "SELECT text, start_char, end_char, direct, speaker, speaker_entity, channel, date, parts FROM quotes"
                " WHERE article_id = ? ORDER BY position", (key,),
            ).fetchall()
        ]

    def _dates_of(self, key: int) -> list[TimeExpr]:
        return [
            TimeExpr(text=r[0], start=r[1], end=r[2], value=r[3], type=r[4])
            for r in self._execute(
                "SELECT text, start_char, end_char, value, type FROM dates WHERE article_id = ? ORDER BY position",
                (key,),
            ).fetchall()
        ]

    def _places_of(self, key: int) -> list[Place]:
        return [
            Place(name=r[0], country=r[1], lat=r[2], lon=r[3], feature=r[4], geonames_id=r[5], precision=r[6],
                  mentions=mentions_from_json(r[7]))
            for r in self._execute(
                "SELECT name, country, lat, lon, feature, geonames_id, precision, mentions FROM places"
                " WHERE article_id = ? ORDER BY position", (key,),
            ).fetchall()
        ]

    def _events_of(self, key: int) -> list[Event]:
        rows = self._execute(f"SELECT {EVENT_FIELDS} FROM events WHERE article_id = ? ORDER BY position",
                             (key,)).fetchall()
        return [event_from_row(row) for row in rows]

    def articles(self, *, stale_for: str | None = None, limit: int | None = None) -> Iterator[StoredArticle]:
        """Read in pages by row id, so a caller may save while iterating and memory stays bounded."""
        where = ""
        params: list[object] = []
        if stale_for is not None:
            where = (" AND (pipeline_version IS NULL OR error IS NOT NULL OR NOT (pipeline_version = ?"
                     " OR pipeline_version LIKE ? ESCAPE '\\'))")
            params = [stale_for, escape_like(stale_for) + " (%"]
        last, left = 0, limit
        while left is None or left > 0:
            page = _PAGE if left is None else min(_PAGE, left)
            rows = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id > ?{where} ORDER BY id LIMIT ?",
                                 (last, *params, page)).fetchall()
            for row in rows:
                yield stored_article(row)
            if len(rows) < page:
                return
            last = int(rows[-1][0])
            left = None if left is None else left - len(rows)

    def records(self, query: EventQuery | None = None) -> Iterator[tuple[StoredArticle, ArticleRecord]]:
        where = SQL("")
        if query is not None:
            events = event_where(query)
            where = SQL(f" AND a.id IN (SELECT e.article_id FROM events e{events.text})", events.params)
        last = 0
        while True:
            rows = self._execute(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id > ?{where.text}"
                                 " ORDER BY a.id LIMIT ?", (last, *where.params, _PAGE)).fetchall()
            for row in rows:
                stored = stored_article(row)
                record = self.record(stored.key)
                if record is not None:
                    yield stored, record
            if len(rows) < _PAGE:
                return
            last = int(rows[-1][0])

    def count_articles(self) -> int:
        return int(self._execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # -- queries -----------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> list[EventRow]:
        sql = events_sql(query)
        return [
            EventRow(*[*r[:2], as_text(r[2]), as_date(r[3]), as_date(r[4]), *r[5:28], as_time(r[28])])
            for r in self._execute(sql.text, sql.params).fetchall()
        ]

    def quotes(self, query: QuoteQuery) -> list[QuoteRow]:
        sql = quotes_sql(query, self.like)
        return [
            QuoteRow(r[0], r[1], as_date(r[2]), r[3], r[4], bool(r[5]), r[6], r[7])
            for r in self._execute(sql.text, sql.params).fetchall()
        ]

    def entities(self, query: EntityQuery) -> list[EntityRow]:
        sql = entities_sql(query, self.like)
        return [EntityRow(*[*r[:6], int(r[6]), int(r[7])]) for r in self._execute(sql.text, sql.params).fetchall()]


