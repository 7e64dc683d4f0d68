"""Query filters and result rows of the store, and the SQL that implements them on every backend.

SQL here is written once with ``?`` placeholders; a backend translates placeholders and supplies its
case-insensitive match operator (``LIKE`` in SQLite, ``ILIKE`` in PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def search_words(text: str) -> str:
    """A user's search text with control characters (NUL included) read as spaces: SQL engines end or refuse
    strings at NUL, and no indexed word contains one."""
    return _CONTROL_CHARACTERS.sub(" ", text)


@dataclass(frozen=True)
class EventQuery:
    """Events by PLOVER type, a country involved (source, target or place, ISO3), day range, part of an actor's
    name, the article's language, text of the evidence, a box (west, south, east, north; west > east crosses
    the antimeridian) and a story (its id): every field a clause of :func:`event_where`.

    ``after``: a list's page starts after this event (its day, None when undated, and key) in the list's order
    (newest day first) — keyset paging, as fast at the millionth event as at the first; ``offset`` counts from
    there. Only :func:`events_sql` reads it."""

    types: tuple[str, ...] = ()
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = 100
    actor: str | None = None
    lang: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    story: str | None = None
    after: tuple[dt.date | None, int] | None = None


@dataclass(frozen=True)
class QuoteQuery:
    speaker: str | None = None  # part of the speaker's name or of their canonical entity's name
    text: str | None = None  # part of the quote
    limit: int | None = 100
    lang: str | None = None  # the article's language
    since: dt.date | None = None  # first publication day of the article
    until: dt.date | None = None  # last publication day, included


@dataclass(frozen=True)
class EntityQuery:
    type: str | None = None
    country: str | None = None
    name: str | None = None  # part of the canonical name
    limit: int | None = 100
    key: int | None = None  # the entity's key


@dataclass(frozen=True)
class EventRow:
    event_key: int
    article: str  # the article's id
    url: str | None
    published: dt.date | None
    day: dt.date | None  # the event's first day (its date, else the article's publication date)
    type: str
    mode: str | None
    cameo: str | None
    date: str | None  # TIMEX3 value as extracted
    source_name: str | None
    source_country: str | None
    source_sector: str | None
    target_name: str | None
    target_country: str | None
    target_sector: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    killed: int | None
    injured: int | None
    modality: str
    confidence: float
    evidence: str
    evidence_start: int
    lang: str | None
    source: str | None  # outlet
    added: dt.datetime | None = None


@dataclass(frozen=True)
class QuoteRow:
    article: str
    url: str | None
    published: dt.date | None
    speaker: str | None
    speaker_entity: str | None  # canonical name of the speaker's entity, when resolved
    direct: bool
    channel: str | None
    text: str
    lang: str | None = None  # the article's language
    start: int | None = None  # the quote's span in the article's text (characters)
    end: int | None = None


@dataclass(frozen=True)
class EntityRow:
    entity_key: int
    name: str
    type: str
    kb_id: str | None
    country: str | None
    role: str | None
    articles: int
    mentions: int


@dataclass(frozen=True)
class SearchHit:
    article: str
    url: str | None
    title: str | None
    published: dt.date | None
    snippet: str


@dataclass
class SQL:
    """A statement under construction: text with ``?`` placeholders and its parameters."""

    text: str
    params: list[object] = field(default_factory=list)


# a statement beginning so is planned with its own values each time it runs: PostgreSQL would otherwise prepare a
# statement text met five times and may keep a generic plan, blind to the sizes of the lists given as one array
# parameter (a week's merged page: 2.5 s against 0.1 s)
PLANNED_EACH_TIME = "/* planned each time */ "

EVENT_COLUMNS = """
    e.id, a.ext_id, a.url, a.published, e.day, e.type, e.mode, e.cameo, e.date,
    e.source_name, e.source_country, e.source_sector, e.target_name, e.target_country, e.target_sector,
    e.place_name, e.place_country, e.lat, e.lon, e.place_precision, e.killed, e.injured, e.modality,
    e.confidence, e.evidence_text, e.evidence_start, a.lang, a.source, a.updated_at
"""



def add_day_range(clauses: list[str], params: list[object], column: str, since: dt.date | None,
                  until: dt.date | None) -> None:
    """``column`` (an ISO day) from ``since`` to ``until``, both included, each when given."""
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until.isoformat())

def event_where(query: EventQuery) -> SQL:
    """The WHERE clause (possibly empty) selecting events of ``e`` joined to articles ``a``."""
    clauses: list[str] = []
    params: list[object] = []
    if query.types:
        clauses.append("e.type IN (" + ", ".join("?" for _ in query.types) + ")")
        params.extend(t.upper() for t in query.types)
    if query.country:
        country = query.country.upper()
        clauses.append("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
        params.extend([country, country, country])
    add_day_range(clauses, params, "e.day", query.since, query.until)
    if query.actor:
        clauses.append("(LOWER(e.source_name) LIKE LOWER(?) ESCAPE '\\' OR LOWER(e.target_name) LIKE LOWER(?)"
                       " ESCAPE '\\')")
        params.extend([_contains(query.actor)] * 2)
    if query.lang:
        clauses.append("LOWER(a.lang) = ?")
        params.append(query.lang.lower())
    if query.text:
        clauses.append("LOWER(e.evidence_text) LIKE LOWER(?) ESCAPE '\\'")
        params.append(_contains(query.text))
    if query.bbox:
        west, south, east, north = query.bbox
        clauses.append("e.lat BETWEEN ? AND ? AND " + ("e.lon BETWEEN ? AND ?" if west <= east
                                                        else "(e.lon >= ? OR e.lon <= ?)"))
        params.extend([south, north, west, east])
    if query.story:
        clauses.append("e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(query.story)
    return SQL(" WHERE " + " AND ".join(clauses) if clauses else "", params)


def after_clause(after: tuple[dt.date | None, int], nulls_first: bool) -> SQL:
    """The events that come after ``after`` (day, key) in the list's order: newest day first, then highest key,
    undated events first where the backend sorts NULL first in a descending order (PostgreSQL), else last."""
    day, key = after
    if day is None:
        return SQL("(e.day IS NOT NULL OR e.id < ?)" if nulls_first else "(e.day IS NULL AND e.id < ?)", [key])
    if nulls_first:  # an index range on the day, then the day's ties by key
        return SQL("(e.day <= ? AND (e.day < ? OR e.id < ?))", [day.isoformat(), day.isoformat(), key])
    return SQL("(e.day IS NULL OR e.day < ? OR (e.day = ? AND e.id < ?))", [day.isoformat(), day.isoformat(), key])


def with_clause(where: SQL, clause: SQL) -> SQL:
    """``where`` (a WHERE clause, possibly empty) and ``clause``."""
    joined = f"{where.text} AND {clause.text}" if where.text else f" WHERE {clause.text}"
    return SQL(joined, [*where.params, *clause.params])


def events_sql(query: EventQuery, offset: int = 0, nulls_first: bool = False, also: SQL | None = None) -> SQL:
    """Events newest day first (from ``query.after`` on, when given; ``nulls_first``: the backend's order of
    undated events; ``also``: a clause of a backend's own, implied by the filters, that its indexes serve). A page
    is chosen on the events alone (their keys, in the order of the ``events_list`` index: a deep page skips index
    entries, not joined rows), then joined to its articles."""
    where = event_where(query)
    if also is not None:
        where = with_clause(where, also)
    if query.after is not None:
        where = with_clause(where, after_clause(query.after, nulls_first))
    order = " ORDER BY e.day DESC, e.id DESC"
    if query.limit is None:
        sql = SQL(f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where.text}{order}",
                  where.params)
        return _limited(sql, query.limit, offset)
    joined = " JOIN articles a ON a.id = e.article_id" if query.lang else ""
    page = _limited(SQL(f"SELECT e.id FROM events e{joined}{where.text}{order}", where.params), query.limit, offset)
    return SQL(f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE e.id IN ({page.text}){order}", page.params)


def quotes_sql(query: QuoteQuery, like: str, offset: int = 0) -> SQL:
    clauses: list[str] = []
    params: list[object] = []
    if query.speaker:
        clauses.append(f"(q.speaker {like} ? ESCAPE '\\' OR en.name {like} ? ESCAPE '\\')")
        params.extend([_contains(query.speaker)] * 2)
    if query.text:
        clauses.append(f"q.text {like} ? ESCAPE '\\'")
        params.append(_contains(query.text))
    if query.lang:
        clauses.append("LOWER(a.lang) = ?")
        params.append(query.lang.lower())
    add_day_range(clauses, params, "a.published", query.since, query.until)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = SQL(
        "SELECT a.ext_id, a.url, a.published, q.speaker, en.name, q.direct, q.channel, q.text,"
        " a.lang, q.start_char, q.end_char"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" LEFT JOIN entities en ON en.id = q.entity_id{where}"
        " ORDER BY a.published DESC, q.article_id DESC, q.position",
        params,
    )
    return _limited(sql, query.limit, offset)


def entities_sql(query: EntityQuery, like: str, offset: int = 0) -> SQL:
    clauses: list[str] = []
    params: list[object] = []
    if query.type:
        clauses.append("en.type = ?")
        params.append(query.type.upper())
    if query.country:
        clauses.append("en.country = ?")
        params.append(query.country.upper())
    if query.name:
        clauses.append(f"en.name {like} ? ESCAPE '\\'")
        params.append(_contains(query.name))
    if query.key is not None:
        clauses.append("en.id = ?")
        params.append(int(query.key))
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = SQL(
        "SELECT en.id, en.name, en.type, en.kb_id, en.country, en.role,"
        " COUNT(DISTINCT ae.article_id), COUNT(m.position)"
        " FROM entities en JOIN article_entities ae ON ae.entity_id = en.id"
        " LEFT JOIN mentions m ON m.article_id = ae.article_id AND m.local_id = ae.local_id"
        f"{where}"
        " GROUP BY en.id, en.name, en.type, en.kb_id, en.country, en.role"
        " ORDER BY COUNT(DISTINCT ae.article_id) DESC, COUNT(m.position) DESC, en.name",
        params,
    )
    return _limited(sql, query.limit, offset)


def evidence_holds(fragment: str) -> SQL:
    """The test that an event's evidence holds ``fragment`` (any case) with ``strpos``: read on rows already found
    (a page's ranges, a month's or a country's words), where a ``LIKE`` would bring in the trigram index."""
    return SQL("strpos(LOWER(e.evidence_text), LOWER(?)) > 0", [fragment])


def actor_name_holds(fragment: str) -> SQL:
    """The test that an event's source or target name holds ``fragment`` (any case) with ``strpos``."""
    return SQL("(strpos(LOWER(e.source_name), LOWER(?)) > 0 OR strpos(LOWER(e.target_name), LOWER(?)) > 0)",
               [fragment, fragment])


def contains_pattern(fragment: str) -> str:
    """A ``LIKE`` pattern (escape ``\\``) matching text that contains ``fragment``."""
    return _contains(fragment)


def _contains(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _limited(sql: SQL, limit: int | None, offset: int = 0) -> SQL:
    if limit is not None:
        sql.text += " LIMIT ?"
        sql.params.append(int(limit))
    if offset:
        if limit is None:
            raise ValueError("an offset needs a limit")
        sql.text += " OFFSET ?"
        sql.params.append(int(offset))
    return sql
