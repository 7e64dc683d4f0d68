"""The team backend: PostgreSQL through psycopg 3 (``pip install 'wirewatch[postgres]'``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from typing import Any

from wirewatch.store.base import StoreError
from wirewatch.store.country_rollups import country_rollup_counts, roles_map_counts
from wirewatch.store.event_rollups import rollup_counts
from wirewatch.store.list_queries import EventCounts
from wirewatch.store.migrations.m0006_event_keys import EVIDENCE_WORDS
from wirewatch.store.pg_counts import EXACT_LIMIT, pg_event_counts
from wirewatch.store.pg_event_pages import pg_events_sql, text_counts
from wirewatch.store.queries import PLANNED_EACH_TIME, SQL, EventQuery, SearchHit, search_words
from wirewatch.store.sql_store import SQLStore

_WORDS = EVIDENCE_WORDS.replace("evidence_text", "CAST(? AS TEXT)")


@lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    """``?`` placeholders as PostgreSQL's own ``$1, $2, …`` (our SQL holds no literal ``?``). The connection's
    raw cursors send them as they are: psycopg's parsing of ``%s`` cost more than the round trips saved by
    writing many rows per statement."""
    parts = sql.split("?")
    return "".join(f"{part}${number}" for number, part in enumerate(parts[:-1], 1)) + parts[-1]


def _fixed_number_types(conn: Any) -> None:
    """Integers always as int8 and floats as float8 (binary): psycopg otherwise picks int2, int4 or int8 by value,
    so one statement text had several parameter-type variants, each prepared (and planned) apart; with fixed types
    a text comes back identical from article to article (see ``row_batches``) and is prepared once."""
    from psycopg.types.numeric import FloatBinaryDumper, Int8BinaryDumper

    conn.adapters.register_dumper(int, Int8BinaryDumper)
    conn.adapters.register_dumper(float, FloatBinaryDumper)


class PostgresStore(SQLStore):
    dialect = "postgres"
    like = "ILIKE"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
        self._errors = psycopg.Error
        self._pipeline_off = psycopg.pq.PipelineStatus.OFF
        try:
            self._conn = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.RawCursor)
            _fixed_number_types(self._conn)
            self.migrate()
        except psycopg.Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise StoreError(f"cannot use PostgreSQL database {_redacted(url)}: {first_line}") from None

    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        with self._driver_errors():
            prepare = False if sql.startswith(PLANNED_EACH_TIME) else None
            return self._conn.execute(_placeholders(sql), tuple(params), prepare=prepare)  # type: ignore[arg-type]

    def _fetch_together(self, statements: Sequence[tuple[str, Sequence[object]]]) -> list[list[Any]]:
        """In pipeline mode every statement goes out before the first result is read: one round trip for them
        all (outside a transaction too)."""
        with self._driver_errors(), ExitStack() as stack:
            if self._conn.pgconn.pipeline_status == self._pipeline_off:
                stack.enter_context(self._conn.pipeline())
            cursors = [self._conn.execute(_placeholders(sql), tuple(params))  # type: ignore[arg-type]
                       for sql, params in statements]
            return [cursor.fetchall() for cursor in cursors]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # Pipeline mode: statements whose results are not read go out together, so an article's rows cost a
        # few round trips instead of one per statement. Their errors surface when the block ends.
        with self._driver_errors(), self._conn.pipeline(), self._conn.transaction():
            yield

    @contextmanager
    def _driver_errors(self) -> Iterator[None]:
        """psycopg's errors as one-line :class:`StoreError` values (a lost connection, a constraint)."""
        try:
            yield
        except self._errors as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise StoreError(f"{_redacted(self.url)}: {first_line}") from None

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(7347291001)")  # a fixed key: "wirewatch schema"

    def _table_names(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
        return {r[0] for r in rows}

    def _index_text(self, key: int, title: str | None, text: str) -> None:
        """Nothing to do: the ``search`` column is generated from the row."""

    def _unindex_text(self, key: int) -> None:
        """Nothing to do: the ``search`` column is generated from the row."""

    def _index_evidence(self, texts: list[str]) -> None:
        """The evidence's words the text filter looks up (migration 0006), in one order for every writer."""
        if texts:
            self._execute(f"INSERT INTO event_words (word) SELECT DISTINCT w FROM unnest(tsvector_to_array({_WORDS}))"
                          " AS w ORDER BY w ON CONFLICT DO NOTHING", ("\n".join(texts),))

    def event_counts(self, query: EventQuery) -> EventCounts:
        """From the day counters when ``query`` filters by days alone (:mod:`~wirewatch.store.event_rollups`), from
        the country counters when by country, types and days (:mod:`~wirewatch.store.country_rollups`), else in
        one pass, estimated from a sample when millions match (:mod:`~wirewatch.store.pg_counts`)."""
        if query.text:
            return text_counts(self._execute, query)
        return (rollup_counts(self._execute, query)
                or country_rollup_counts(self._execute, query, roles_map_counts(self._execute, EXACT_LIMIT))
                or pg_event_counts(self._execute, query))

    def _events_page(self, query: EventQuery, offset: int) -> SQL:
        """Actor and box filters read key by key from their indexes (:mod:`~wirewatch.store.pg_event_pages`)."""
        return pg_events_sql(self._execute, query, offset)

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        rows = self._execute(
            "SELECT a.ext_id, a.url, a.title, a.published, ts_headline('simple', a.text, q,"
            " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')"
            " FROM articles a, websearch_to_tsquery('simple', ?) q"
            " WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT ?", (search_words(text), limit),
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def close(self) -> None:
        self._conn.close()


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
