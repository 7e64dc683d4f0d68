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
    Mention,
    Place,
    Quote,
    TimeExpr,
)
from wirewatch.store.base import ArticleIdentity, SaveOutcome, StoredArticle, StoreError
from wirewatch.store.entity_reads import EntityReads
from wirewatch.store.event_rollups import REPORT_KEY_COLUMNS, ReportKey, counter_changes
from wirewatch.store.event_sample import keep_event_sample
from wirewatch.store.identity import canonical_url, content_hash
from wirewatch.store.list_reads import ListReads
from wirewatch.store.merged_table import refresh_merged
from wirewatch.store.migrations import MIGRATIONS_TABLE, Dialect, all_migrations
from wirewatch.store.queries import SQL, EventQuery, SearchHit, event_where
from wirewatch.store.row_batches import RowsStatement, in_list
from wirewatch.store.rows import (
    ARTICLE_COLUMNS,
    ARTICLE_ENTITY_COLUMNS,
    EVENT_FIELDS,
    EVENT_INSERT_COLUMNS,
    PLACE_COLUMNS,
    QUOTE_COLUMNS,
    Row,
    as_date,
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
from wirewatch.store.watch_tables import WatchTables
from wirewatch.store.word_counts import ReplacedEvidence, keep_word_counts, replaced_evidence

_PAGE = 500  # rows read at a time when iterating over articles
_CHILD_TABLES = ("mentions", "article_entities", "quotes", "dates", "places", "events")
_UPSERT_ENTITIES = RowsStatement(
    "INSERT INTO entities (identity, name, type, kb_id, country, role)", "(?, ?, ?, ?, ?, ?)",
    "ON CONFLICT (identity) DO UPDATE SET name = excluded.name, country = COALESCE(excluded.country, entities.country),"
    " role = COALESCE(excluded.role, entities.role) WHERE entities.name <> excluded.name"  # else nothing changes
    " OR COALESCE(entities.country, '') <> COALESCE(excluded.country, entities.country, '')"
    " OR COALESCE(entities.role, '') <> COALESCE(excluded.role, entities.role, '')")
_ACTOR_NAMES = RowsStatement("INSERT INTO event_actor_names (name)", "(LOWER(?))", "ON CONFLICT DO NOTHING")
_ENTITY_KEYS_CHUNK = 400  # identities looked up per statement
_MENTION_COLUMNS = ("article_id", "local_id", "position", "start_char", "end_char", "text")
_DATE_COLUMNS = ("article_id", "position", "text", "start_char", "end_char", "value", "type")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _row_statement(table: str, columns: tuple[str, ...]) -> RowsStatement:
    return RowsStatement(f"INSERT INTO {table} ({', '.join(columns)})", f"({', '.join('?' * len(columns))})")


def _stale_where(stale_for: str | None) -> tuple[str, list[object]]:
    """The condition (after ``WHERE …``) on articles not made by pipeline ``stale_for``, or that failed."""
    if stale_for is None:
        return "", []
    return (" AND (pipeline_version IS NULL OR error IS NOT NULL OR NOT (pipeline_version = ?"
            " OR pipeline_version LIKE ? ESCAPE '\\'))", [stale_for, escape_like(stale_for) + " (%"])


def _replaced_row(identity: ArticleIdentity) -> tuple[str, list[object]]:
    """A condition on ``articles`` matching the row an article of this identity replaces, and its parameters: the
    row with the same canonical URL (preferred), else one with the same content and no URL; for an article
    without URL, any row with the same content."""
    if identity.canonical_url:
        return ("(canonical_url = ? OR (content_hash = ? AND canonical_url IS NULL))",
                [identity.canonical_url, identity.content_hash])
    return "content_hash = ?", [identity.content_hash]


def _entity_keys_statements(entity_rows: list[tuple[object, ...]]) -> list[tuple[str, list[object]]]:
    """The statements reading the row key of each entity of ``entity_rows`` (``id, identity`` rows)."""
    identities = [row[0] for row in entity_rows]
    return [(f"SELECT id, identity FROM entities WHERE identity IN ({in_list(len(chunk))})", chunk)
            for chunk in (identities[start:start + _ENTITY_KEYS_CHUNK]
                          for start in range(0, len(identities), _ENTITY_KEYS_CHUNK))]


def _entity_rows(entities: list[Entity]) -> list[tuple[object, ...]]:
    """The canonical entity rows to create or refresh, one per identity, in identity order (so concurrent
    writers lock rows in the same order)."""
    by_identity: dict[str, Entity] = {}
    for entity in entities:
        by_identity.setdefault(entity_identity(entity), entity)
    return [(identity, e.name, e.type, e.kb_id, e.country, e.role) for identity, e in sorted(by_identity.items())]


class SQLStore(StoryTables, WatchTables, ListReads, EntityReads):
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
        # one statement: the row with the canonical URL first, else the oldest with the content hash
        row = self._execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE canonical_url = ? OR content_hash = ?"
            " ORDER BY CASE WHEN canonical_url = ? THEN 0 ELSE 1 END, id LIMIT 1",
            (identity.canonical_url, identity.content_hash, identity.canonical_url)).fetchone()
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
        entity_rows = _entity_rows(record.entities)
        replaced, replaced_params = _replaced_row(identity)
        replaced_events: list[ReportKey] = []
        replaced_words: list[ReplacedEvidence] = []  # the word counter's keys (migration 0012)
        with self.transaction():
            # the entities' rows, the row this article replaces, else the new row, and the entities' keys: one round
            # trip (the INSERT adds nothing when the SELECT before it finds the row)
            self._write_rows(_UPSERT_ENTITIES, entity_rows)
            found, inserted, *upserted = self._fetch_together([
                (f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE {replaced} ORDER BY"
                 " CASE WHEN canonical_url = ? THEN 0 ELSE 1 END, id LIMIT 1",
                 (*replaced_params, identity.canonical_url)),
                ("INSERT INTO articles (ext_id, url, canonical_url, content_hash, lang, published, title, source,"
                 " text, pipeline_version, error, warnings, updated_at, ingested_at)"
                 " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                 f" WHERE NOT EXISTS (SELECT 1 FROM articles WHERE {replaced}) RETURNING id",
                 (*values, now, *replaced_params)),
                *_entity_keys_statements(entity_rows)])
            if inserted:
                key = int(inserted[0][0])
                outcome: SaveOutcome = "inserted"
            elif not found:
                raise StoreError(f"record {record.id}: the article was stored by another writer meanwhile; retry")
            else:
                key = stored_article(found[0]).key
                self._execute(
                    "UPDATE articles SET ext_id = ?, url = COALESCE(url, ?),"
                    " canonical_url = COALESCE(canonical_url, ?), content_hash = ?, lang = ?, published = ?,"
                    " title = ?, source = ?, text = ?, pipeline_version = ?, error = ?, warnings = ?,"
                    " updated_at = ? WHERE id = ?", (*values, key),
                )
                replaced_events = self._execute(f"SELECT {REPORT_KEY_COLUMNS} FROM events WHERE article_id = ?",
                                                (key,)).fetchall()
                replaced_words = replaced_evidence(self._execute, self.dialect, key)
                for table in _CHILD_TABLES:
                    self._execute(f"DELETE FROM {table} WHERE article_id = ?", (key,))
                self._unindex_text(key)
                outcome = "updated"
            self._refuse_taken_id(record.id or article.id, key)
            entity_keys = {str(identity): int(entity_key) for rows in upserted for entity_key, identity in rows}
            self._index_text(key, record.title or article.title, article.text)
            written = self._write_layers(key, record, record.published or article.published,
                                         {e.id: entity_keys[entity_identity(e)] for e in record.entities})
            left = [] if outcome == "inserted" else [str(r[0]) for r in self._execute(
                "SELECT story_id FROM story_articles WHERE article_id = ?", (key,)).fetchall()]
            if stories:
                self._file_story_at(key, article, record, new=outcome == "inserted", merged=False)
            refresh_merged(self._execute, self.dialect, key, left, [*written, *replaced_events],
                           new_alone=outcome == "inserted" and not stories)
            # the day counters last: their rows stay locked until the commit (event_rollups)
            for statement, rows in counter_changes(written, replaced_events):
                self._write_rows(statement, rows)
            keep_word_counts(self._execute, self.dialect, key, replaced_words)
            keep_event_sample(self._execute, self.dialect, key)
        return outcome

    def _refuse_taken_id(self, ext_id: str, key: int) -> None:
        """An id names one article: another article (other URL and content) under a stored id is refused, the
        transaction rolled back, never merged (docs/store.md)."""
        if self._execute("SELECT 1 FROM articles WHERE ext_id = ? AND id <> ? LIMIT 1", (ext_id, key)).fetchone():
            raise StoreError(f"id {ext_id!r} is already stored for another article (other URL and content); "
                             "not stored: give this article its own id")

    def _write_layers(self, key: int, record: ArticleRecord, published: dt.date | None,
                      entity_keys: dict[str, int]) -> list[ReportKey]:
        """Every layer, a table per statement, none waiting for a result; ``entity_keys``: the canonical entity
        row of each of the record's entity ids. Returns the events' counter keys (``event_rollups``)."""
        self._write_rows(_row_statement("article_entities", ARTICLE_ENTITY_COLUMNS), [
            (key, e.id, position, entity_keys[e.id], e.name, e.type, e.kb_id, e.country, e.role)
            for position, e in enumerate(record.entities)])
        self._write_rows(_row_statement("mentions", _MENTION_COLUMNS), [
            (key, e.id, index, m.start, m.end, m.text) for e in record.entities for index, m in enumerate(e.mentions)])
        self._write_rows(_row_statement("quotes", QUOTE_COLUMNS), [
            (key, position, q.text, q.start, q.end, q.direct, q.speaker, q.speaker_entity,
             entity_keys.get(q.speaker_entity or ""), q.channel, q.date, mentions_json(q.parts))
            for position, q in enumerate(record.quotes)])
        self._write_rows(_row_statement("dates", _DATE_COLUMNS), [
            (key, position, t.text, t.start, t.end, t.value, t.type) for position, t in enumerate(record.dates)])
        self._write_rows(_row_statement("places", PLACE_COLUMNS), [
            (key, position, p.name, p.country, p.lat, p.lon, p.feature, p.geonames_id, p.precision,
             mentions_json(p.mentions)) for position, p in enumerate(record.places)])
        events = [event_values(key, position, event, entity_keys, published)
                  for position, event in enumerate(record.events)]
        self._write_rows(_row_statement("events", EVENT_INSERT_COLUMNS), events)
        # the actors' names the event list's actor filter looks up (migration 0006), in one order for every writer
        names = {actor.name for event in record.events for actor in (event.source, event.target)
                 if actor is not None and actor.name}
        self._write_rows(_ACTOR_NAMES, [(name,) for name in sorted(names, key=lambda n: (n.lower(), n))])
        self._index_evidence([event.evidence.text for event in record.events])
        return [(row[2], str(row[5]), _text(row[18]), _text(row[14]), _text(row[10])) for row in events]

    def _index_evidence(self, texts: list[str]) -> None:
        """Keep a backend's index of the events' evidence words in step (inside the caller's transaction)."""

    def _write_rows(self, statement: RowsStatement, rows: Sequence[Sequence[object]]) -> None:
        """Write ``rows`` in a few statements, reading nothing back."""
        for sql, params in statement.chunks(rows):
            self._execute(sql, params)

    def _write_rows_returning(self, statement: RowsStatement, rows: Sequence[Sequence[object]]) -> list[Row]:
        """:meth:`_write_rows` for a statement with a ``RETURNING`` clause: the rows it returns."""
        return [row for rows_of_one in self._fetch_together(list(statement.chunks(rows))) for row in rows_of_one]

    def _fetch_together(self, statements: Sequence[tuple[str, Sequence[object]]]) -> list[list[Row]]:
        """The rows of each statement, run in order (a backend may send them all before reading any result)."""
        return [self._execute(sql, params).fetchall() for sql, params in statements]

    def record(self, key: int) -> ArticleRecord | None:
        article, mentions, entities, quotes, dates, places, events = self._fetch_together([
            ("SELECT ext_id, lang, published, title, url, warnings, error, pipeline_version FROM articles WHERE id = ?",
             (key,)),
            ("SELECT local_id, start_char, end_char, text FROM mentions WHERE article_id = ?"
             " ORDER BY local_id, position", (key,)),
            ("SELECT local_id, name, type, kb_id, country, role FROM article_entities WHERE article_id = ?"
             " ORDER BY position", (key,)),
            ("SELECT text, start_char, end_char, direct, speaker, speaker_entity, channel, date, parts FROM quotes"
             " WHERE article_id = ? ORDER BY position", (key,)),
            ("SELECT text, start_char, end_char, value, type FROM dates WHERE article_id = ? ORDER BY position",
             (key,)),
            ("SELECT name, country, lat, lon, feature, geonames_id, precision, mentions FROM places"
             " WHERE article_id = ? ORDER BY position", (key,)),
            (f"SELECT {EVENT_FIELDS} FROM events WHERE article_id = ? ORDER BY position", (key,))])
        if not article:
            return None
        row = article[0]
        return ArticleRecord(
            id=row[0], lang=row[1], published=as_date(row[2]), title=row[3], url=row[4],
            entities=_entities(entities, mentions), quotes=[_quote(r) for r in quotes],
            dates=[TimeExpr(text=r[0], start=r[1], end=r[2], value=r[3], type=r[4]) for r in dates],
            places=[_place(r) for r in places], events=[event_from_row(r) for r in events],
            warnings=json.loads(row[5]), error=row[6], pipeline_version=row[7],
        )

    def articles(self, *, stale_for: str | None = None, limit: int | None = None) -> Iterator[StoredArticle]:
        """Read in pages by row id, so a caller may save while iterating and memory stays bounded."""
        where, params = _stale_where(stale_for)
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

    def count_articles(self, *, stale_for: str | None = None) -> int:
        """Stored articles (only those :meth:`articles` gives for ``stale_for``, when given)."""
        where, params = _stale_where(stale_for)
        return int(self._execute(f"SELECT COUNT(*) FROM articles WHERE 1 = 1{where}", params).fetchone()[0])


def _entities(rows: list[Row], mention_rows: list[Row]) -> list[Entity]:
    mentions: dict[str, list[Mention]] = {}
    for local_id, start, end, text in mention_rows:
        mentions.setdefault(local_id, []).append(Mention(start=start, end=end, text=text))
    return [Entity(id=r[0], name=r[1], type=r[2], kb_id=r[3], country=r[4], role=r[5], mentions=mentions.get(r[0], []))
            for r in rows]


def _quote(r: Row) -> Quote:
    return Quote(text=r[0], start=r[1], end=r[2], direct=bool(r[3]), speaker=r[4], speaker_entity=r[5], channel=r[6],
                 date=r[7], parts=mentions_from_json(r[8]))


def _place(r: Row) -> Place:
    return Place(name=r[0], country=r[1], lat=r[2], lon=r[3], feature=r[4], geonames_id=r[5], precision=r[6],
                 mentions=mentions_from_json(r[7]))
