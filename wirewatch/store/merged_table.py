"""Events merged by story, stored: the ``merged_events`` table (migration 0008) holds every merged event of the
store as :func:`~wirewatch.store.merged_events.merged_groups_sql` groups them (the default window), kept by the
store whenever an article's events or its story change, so that the list merged by story without a selective
filter is a page of an index, not a merge of the newest reports per request (docs/scale.md).

Exact for the queries it serves: types and a story select whole merged events (a merged event has one type and
one story), so their stored rows are those the per-request merge finds. Every other filter (country, days,
actor, language, text, box) selects reports, which changes the merge: those stay per request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wirewatch.store.event_rollups import ReportKey
from wirewatch.store.merged_events import (
    DEFAULT_WINDOW_DAYS,
    DIALECTS,
    MergedEventRow,
    merged_groups_sql,
    merged_row,
    read_merged_events,
)
from wirewatch.store.merged_ranges import read_range_rows, served
from wirewatch.store.queries import EVENT_COLUMNS, SQL, EventQuery

Execute = Callable[[str, Sequence[object]], Any]

COLUMNS_0008 = ("first_event", "story", "type", "place_key", "first_day", "last_day", "reports", "articles",
                "killed", "killed_max", "injured", "injured_max", "outlets")
STORED_COLUMNS = (*COLUMNS_0008, "range_shifts")  # range_shifts: migration 0011 (wirewatch.store.merged_ranges)
_COLUMN_LIST = ", ".join(COLUMNS_0008)
# what a day range holding the first day may do to the merged event: 0 nothing but cut it (its key stays), 1 change
# its lowest report key (not on its first day), 2 split it or change its first day (a report without a day of its
# own, which a day filter drops)
RANGE_SHIFTS = ("CASE WHEN undated_reports > 0 THEN 2 WHEN NOT EXISTS (SELECT 1 FROM events x"
                " WHERE x.id = merged.first_event AND x.day = merged.first_day) THEN 1 ELSE 0 END")


def merged_insert_sql(where: str, dialect: str, columns: Sequence[str] = STORED_COLUMNS) -> str:
    """``INSERT`` of the merged events grouped from the reports ``where`` selects (parameters: ``where``'s, then
    the window in days); ``columns``: those of the table's migration (0008's has no ``range_shifts``)."""
    values = ", ".join(RANGE_SHIFTS if c == "range_shifts" else c for c in columns)
    return f"INSERT INTO merged_events ({', '.join(columns)}) " + merged_groups_sql(where, DIALECTS[dialect]) + (
        f" SELECT {values} FROM merged")


def merged_backfill(dialect: str, columns: Sequence[str] = STORED_COLUMNS) -> list[str]:
    """The statements (no parameters) that store every merged event of the store anew."""
    insert = merged_insert_sql("", dialect, columns).replace("?", str(DEFAULT_WINDOW_DAYS))
    return ["DELETE FROM merged_events", insert]


def refresh_merged(execute: Execute, dialect: str, article_key: int, stories: Sequence[str] = (),
                   events: Iterable[ReportKey] | None = None, *, new_alone: bool = False) -> None:
    """Store again the merged events of the story article ``article_key`` is in now (else its own) and of the
    ``stories`` it has just left, inside the caller's transaction — only those of the (type, place) partitions
    its events touch: ``events``, the keys of its events before and after a save (else its stored events). Its
    cost is that of merging those partitions' events: the stories and their articles are read first, so that
    each statement is an index lookup by key lists (an ``OR`` of subqueries would have the planner scan).
    ``new_alone``: the article row was just inserted and is in no story, so no stored merged event holds its
    events: they are merged among themselves, one statement."""
    if events is None:
        events = execute("SELECT day, type, place_country, NULL, NULL FROM events WHERE article_id = ?",
                         [article_key]).fetchall()
    partitions = sorted({(str(kind), str(place or "")) for _, kind, place, *_ in events})
    if not partitions:
        return  # no events, now or before: no merged event holds any of this article's
    pairs = ", ".join("(?, ?)" for _ in partitions)
    flat = [value for pair in partitions for value in pair]
    if new_alone:
        execute(merged_insert_sql(" WHERE e.article_id = ?", dialect), [article_key, DEFAULT_WINDOW_DAYS])
        return
    own = f"article-{article_key}"
    now = [str(r[0]) for r in execute("SELECT story_id FROM story_articles WHERE article_id = ?",
                                      [article_key]).fetchall()]
    placed = list(dict.fromkeys([*now, *stories]))
    members = {article_key}
    if placed:
        members.update(int(r[0]) for r in execute(
            f"SELECT article_id FROM story_articles WHERE story_id IN ({_marks(placed)})", placed).fetchall())
    if placed and dialect == "postgres":
        # writers refreshing one story take turns (its row locked till the commit, stories in key order): else two
        # concurrent re-saves in one story would each merge the partition again and insert the same merged events
        execute(f"SELECT id FROM stories WHERE id IN ({_marks(placed)}) ORDER BY id FOR UPDATE", placed)
    keys = [own, *placed]
    execute(f"DELETE FROM merged_events WHERE story IN ({_marks(keys)}) AND (type, place_key) IN ({pairs})",
            [*keys, *flat])
    articles = sorted(members)
    where = (f" WHERE e.article_id IN ({_marks(articles)})"
             f" AND (e.type, COALESCE(e.place_country, '')) IN ({pairs})")
    execute(merged_insert_sql(where, dialect), [*articles, *flat, DEFAULT_WINDOW_DAYS])


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def stored_merged_sql(query: EventQuery, window_days: int = DEFAULT_WINDOW_DAYS, offset: int = 0) -> SQL | None:
    """A page of the stored merged events, in the order of the per-request merge (first day newest first, then
    the first report's key); None when ``query`` filters the reports (only types and a story select whole merged
    events) or the window is not the stored one."""
    if window_days != DEFAULT_WINDOW_DAYS or query.after is not None or any(
            (query.country, query.since, query.until, query.actor, query.lang, query.text, query.bbox)):
        return None
    clauses: list[str] = []
    params: list[object] = []
    if query.types:
        clauses.append("m.type IN (" + ", ".join("?" for _ in query.types) + ")")
        params.extend(t.upper() for t in query.types)
    if query.story:  # a story of the store's (an article outside any story is not a story to filter by)
        clauses.append("m.story = ? AND EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)")
        params.extend([query.story, query.story])
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    order = " ORDER BY m.first_day DESC, m.first_event DESC"
    page = SQL(f"SELECT {_COLUMN_LIST} FROM merged_events m{where}{order}", params)
    if query.limit is not None:
        page.text += " LIMIT ? OFFSET ?"
        page.params += [int(query.limit), int(offset)]
    elif offset:
        raise ValueError("an offset needs a limit")
    return SQL(f"SELECT {EVENT_COLUMNS}, m.reports, m.articles, m.killed, m.killed_max, m.injured, m.injured_max,"
               " m.last_day, m.story, m.outlets, m.first_day"
               f" FROM ({page.text}) m JOIN events e ON e.id = m.first_event JOIN articles a ON a.id = e.article_id"
               f"{order}", page.params)


def read_merged(execute: Execute, dialect: str, query: EventQuery, window_days: int = DEFAULT_WINDOW_DAYS,
                offset: int = 0, *, stored: bool = True) -> list[MergedEventRow]:
    """The merged events of ``query``: from the stored ones when they answer it (and ``stored``), else merged
    per request (:func:`~wirewatch.store.merged_events.read_merged_events`)."""
    page = stored_merged_sql(query, window_days, offset) if stored else None
    if page is None and stored and served(query, window_days):  # a day range (migration 0011)
        rows = read_range_rows(execute, dialect, query, offset)
        if rows is not None:
            return [merged_row(r) for r in rows]
    if page is None:
        return read_merged_events(execute, dialect, query, window_days, offset)
    return [merged_row(r) for r in execute(page.text, page.params).fetchall()]
