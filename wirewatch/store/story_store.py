"""Stories and deadlines in the store: each stored article placed in a story as it arrives, the deadlines it
states tracked, and the views the CLI and the API read (story list, one story with merged events, deadlines).

Mixed into :class:`~wirewatch.store.sql_store.SQLStore`; the SQL is written once for every backend.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from wirewatch.records import Article, ArticleRecord
from wirewatch.store.base import ArticleIdentity, StoredArticle, StoreError
from wirewatch.store.identity import canonical_url, content_hash
from wirewatch.store.merged_table import refresh_merged
from wirewatch.store.row_batches import RowsStatement, in_list
from wirewatch.store.rows import Row, as_date, iso_day
from wirewatch.store.sql_story_index import SQLCalls, SQLStoryIndex
from wirewatch.store.story_queries import (
    DeadlineQuery,
    StoredDeadline,
    StoryArticle,
    StoryDetail,
    StoryQuery,
    StorySummary,
)
from wirewatch.stories import (
    ClusterSettings,
    Deadline,
    StoryAssignment,
    StoryClusterer,
    capital_countries,
    find_deadlines,
    link_deadlines,
    merge_deadlines,
    signature_of,
    story_of,
    track,
)
from wirewatch.stories.deadline_track import BACKED_DOWN, CARRIED_OUT, COMPLIED

_SETTLING_TYPES = tuple(sorted(CARRIED_OUT | BACKED_DOWN | COMPLIED))
_SETTLING_ARTICLES = 50  # later articles read to settle a deadline stored after them
_OPEN_WINDOW_DAYS = 90  # a new article settles open deadlines issued at most this long before it
_FIND_CHUNK = 200  # articles looked up per statement

REFINE_MAX_STORY = 3  # stories of more articles are established: their articles get no second look


class StoryTables(ABC):
    """Story clustering and deadline tracking over the store's tables (migration ``0003_stories``)."""

    cluster_settings: ClusterSettings = ClusterSettings()
    dialect: str
    _capitals: dict[str, str] | None = None

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any: ...

    @abstractmethod
    def _write_rows(self, statement: RowsStatement, rows: Sequence[Sequence[object]]) -> None: ...

    @abstractmethod
    def _write_rows_returning(self, statement: RowsStatement, rows: Sequence[Sequence[object]]) -> list[Row]: ...

    @abstractmethod
    def _fetch_together(self, statements: Sequence[tuple[str, Sequence[object]]]) -> list[list[Row]]: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]: ...

    @abstractmethod
    def find(self, identity: ArticleIdentity) -> StoredArticle | None: ...

    @abstractmethod
    def record(self, key: int) -> ArticleRecord | None: ...

    def _story_index(self) -> SQLStoryIndex:
        return SQLStoryIndex(SQLCalls(self._execute, self._write_rows, self._write_rows_returning,
                                      self._fetch_together))

    # -- writing -------------------------------------------------------------------------------------------
    def file_story(self, article: Article, record: ArticleRecord) -> StoryAssignment | None:
        """Place the stored ``article`` (saved with ``record``) in a story and track the deadlines it states, in one
        transaction. Idempotent: an article already placed with the same signature stays where it is; a changed
        one is first taken out of its old story. None when the article is not stored or its extraction failed
        (it then belongs to no story)."""
        stored = self.find(ArticleIdentity(canonical_url(article.url), content_hash(article)))
        if stored is None:
            return None
        with self.transaction():
            return self._file_story_at(stored.key, article, record)

    def _file_story_at(self, key: int, article: Article, record: ArticleRecord, *,
                       new: bool = False, merged: bool = True) -> StoryAssignment | None:
        """:meth:`file_story` for the article row ``key``, inside the caller's transaction; ``new``: the row was
        just inserted (never placed), so it is counted with the lock, in the same round trip; ``merged``: store its
        merged events again (``save`` does so itself, knowing the events it replaced)."""
        # computed before the first read: the server meanwhile writes the rows the caller has sent (the layers)
        signature = dataclasses.replace(signature_of(record), article_id=str(key))
        index = self._story_index()
        observed = new and record.error is None
        open_deadlines = self._open_deadlines(key, record)
        # one writer at a time places articles: stories and counters are shared rows
        opening = index.lock(key, new=signature if observed else None,
                             also=[open_deadlines] if open_deadlines else [])
        placed = opening.placed
        if observed and placed is not None:
            raise StoreError(f"article row {key} is new but already placed in {placed[0]}")
        if not new:  # a new row has no deadlines yet
            self._execute("DELETE FROM deadlines WHERE article_id = ?", (key,))
        if placed is not None and placed[1] == signature and record.error is None:
            assignment = StoryAssignment(article_id=str(key), story_id=placed[0], created=False, score=0.0,
                                         candidates=0)
        else:
            if placed is not None:
                index.release(key, placed)
            if record.error is not None:
                if merged:
                    refresh_merged(self._execute, self.dialect, key, [placed[0]] if placed else [])
                return None
            assignment = StoryClusterer(index, self.cluster_settings).add(signature, observe=not observed)
            index.set_score(key, assignment.score)
        self._track_deadlines(key, article, record, opening.also[0] if open_deadlines else [])
        if merged:  # the article's merged events (merged_table), unless the caller stores them (save)
            refresh_merged(self._execute, self.dialect, key, [placed[0]] if placed else [])
        return assignment.model_copy(update={"article_id": record.id})

    def refine_stories(self, articles: list[ArticleIdentity], passes: int = 2) -> int:
        """A second look at articles placed earlier (those of an ingest run, once all are placed): each moves to
        the story it is now most similar to, or stands alone, as :func:`wirewatch.stories.build.refine` does for
        a batch (at most ``passes`` looks). Each move is one transaction. Returns the number of moves."""
        keys = list(dict.fromkeys(self._article_keys(articles)))
        moved_total = 0
        for _ in range(passes):
            moved = 0
            for key in self._in_young_stories(keys):
                with self.transaction():
                    moved += self._refine_one(key)
            moved_total += moved
            if not moved:
                break
        return moved_total

    def _article_keys(self, articles: list[ArticleIdentity]) -> list[int]:
        """The row keys of the stored ``articles`` (as :meth:`find` picks them), in order, a few statements for
        them all."""
        keys: list[int] = []
        for start in range(0, len(articles), _FIND_CHUNK):
            chunk = articles[start:start + _FIND_CHUNK]
            urls = sorted({a.canonical_url for a in chunk if a.canonical_url})
            hashes = sorted({a.content_hash for a in chunk})
            where = f"content_hash IN ({in_list(len(hashes))})"
            if urls:
                where = f"canonical_url IN ({in_list(len(urls))}) OR {where}"
            by_url: dict[str, int] = {}
            by_hash: dict[str, int] = {}
            for key, url, digest in self._execute(
                    f"SELECT id, canonical_url, content_hash FROM articles WHERE {where} ORDER BY id",
                    (*urls, *hashes)).fetchall():
                if url is not None:
                    by_url[url] = int(key)
                by_hash.setdefault(digest, int(key))
            for identity in chunk:
                key = by_url.get(identity.canonical_url or "") or by_hash.get(identity.content_hash)
                if key is not None:
                    keys.append(key)
        return keys

    def _in_young_stories(self, keys: list[int]) -> list[int]:
        """Of these articles, in order, those placed in a story of at most ``REFINE_MAX_STORY`` articles (the
        others get no second look: an established story only grows while young stories are looked at)."""
        young: set[int] = set()
        for start in range(0, len(keys), _FIND_CHUNK):
            chunk = keys[start:start + _FIND_CHUNK]
            young.update(int(r[0]) for r in self._execute(
                "SELECT a.article_id FROM story_articles a JOIN stories s ON s.id = a.story_id"
                f" WHERE a.article_id IN ({in_list(len(chunk))}) AND s.articles <= ?",
                (*chunk, REFINE_MAX_STORY)).fetchall())
        return [key for key in keys if key in young]

    def _refine_one(self, key: int) -> int:
        index = self._story_index()
        placed = index.lock(key).placed
        if placed is None:
            return 0
        story_id, signature = placed
        clusterer = StoryClusterer(index, self.cluster_settings)
        current = next(iter(index.profiles([story_id])), None)
        if current is None or len(current.article_ids) > REFINE_MAX_STORY:
            return 0  # an article that joined an established story stays: only young stories are looked at again
        current.release(signature)
        own = clusterer.similarity(signature, current, clusterer.idf(list(signature.keys))) if current.keys else 0.0
        best, score, _ = clusterer.best(signature)
        threshold = clusterer.settings.threshold
        moves = (best is not None and score >= threshold and score > own) or (
            own < threshold and bool(current.article_ids))
        if not moves:
            return 0
        index.release(key)
        index.set_score(key, clusterer.add(signature).score)
        refresh_merged(self._execute, self.dialect, key, [story_id])
        return 1

    def _track_deadlines(self, key: int, article: Article, record: ArticleRecord, open_deadlines: list[Row]) -> None:
        """Store the article's deadlines (each settled against stored later articles) and settle the
        ``open_deadlines`` (rows of :meth:`_open_deadlines`) of earlier articles that this one settles."""
        if self._capitals is None:
            self._capitals = capital_countries()
        for position, found in enumerate(find_deadlines(record, article.text, self._capitals), 1):
            found = found.model_copy(update={"id": f"{key}#deadline-{position}"})
            deadline = track(found, self._later_records(found, key), None)
            self._execute(
                "INSERT INTO deadlines (id, article_id, kind, issued, due, status, issuer_country, target_country,"
                " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deadline.id, key, deadline.kind, iso_day(deadline.issued), deadline.due,
                 deadline.status, deadline.issuer.country if deadline.issuer else None,
                 deadline.target.country if deadline.target else None, deadline.model_dump_json()))
        for row_id, body in open_deadlines:
            settled = track(Deadline.model_validate_json(body), [record], None)
            if settled.status != "open":
                self._execute("UPDATE deadlines SET status = ?, body = ? WHERE id = ?",
                              (settled.status, settled.model_dump_json(), row_id))

    @staticmethod
    def _open_deadlines(key: int, record: ArticleRecord) -> tuple[str, list[object]] | None:
        """The statement reading the open deadlines of other articles that ``record`` might settle (issued in the
        previous 90 days, by one of its settling events' sources); None when it has no settling event."""
        settling = [e for e in record.events if e.type in _SETTLING_TYPES]
        if record.published is None or not settling:
            return None
        since = record.published - dt.timedelta(days=_OPEN_WINDOW_DAYS)
        countries = sorted({e.source.country for e in settling if e.source and e.source.country})
        marks = in_list(len(countries))  # the issuer carried out or backed down, or the target complied
        sides = (f" AND (issuer_country IS NULL OR issuer_country IN ({marks}) OR target_country IN ({marks}))"
                 if countries else "")
        return ("SELECT id, body FROM deadlines WHERE status = 'open' AND article_id <> ? AND issued < ?"
                f" AND issued >= ?{sides} ORDER BY id", [key, iso_day(record.published), iso_day(since), *countries,
                                                    *countries])

    def _later_records(self, deadline: Deadline, key: int) -> list[ArticleRecord]:
        """Stored articles published after the deadline that report a settling event between the same two
        countries (a deadline without both countries is settled by later arrivals only)."""
        issuer, target = deadline.issuer, deadline.target
        if deadline.issued is None or not (issuer and issuer.country and target and target.country):
            return []
        marks = ", ".join("?" * len(_SETTLING_TYPES))
        keys = [r[0] for r in self._execute(
            f"SELECT DISTINCT a.id FROM articles a JOIN events e ON e.article_id = a.id WHERE e.type IN ({marks})"
            " AND ((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))"
            " AND a.published > ? AND a.id <> ? ORDER BY a.id LIMIT ?",
            (*_SETTLING_TYPES, issuer.country, target.country, target.country, issuer.country,
             iso_day(deadline.issued), key,
             _SETTLING_ARTICLES)).fetchall()]
        records = [r for r in (self.record(int(k)) for k in keys) if r is not None]
        return sorted(records, key=lambda r: r.published or dt.date.min)

    # -- reading -------------------------------------------------------------------------------------------
    def stories(self, query: StoryQuery) -> list[StorySummary]:
        """Stories, most recently active first (then largest, then by id)."""
        where: list[str] = ["articles >= ?"]
        params: list[object] = [query.min_articles]
        if query.since:
            where.append("last_day >= ?")
            params.append(iso_day(query.since))
        if query.until:
            where.append("first_day <= ?")
            params.append(iso_day(query.until))
        limit = "" if query.limit is None else f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
        rows = self._execute(
            f"SELECT id, first_day, last_day, articles FROM stories WHERE {' AND '.join(where)}"
            f" ORDER BY last_day DESC, articles DESC, id{limit}", params).fetchall()
        members: dict[str, list[StoryArticle]] = {r[0]: [] for r in rows}
        if members:
            for article in self._story_articles(list(members)):
                members[article[0]].append(article[1])
        summaries = []
        for story_id, first_day, last_day, count in rows:
            articles = members[story_id]
            summaries.append(StorySummary(
                id=story_id, first_day=as_date(first_day), last_day=as_date(last_day), articles=int(count),
                title=next((a.title for a in articles if a.title), None),
                langs=sorted({a.lang for a in articles if a.lang}),
                outlets=sorted({a.source for a in articles if a.source})))
        return summaries

    def story(self, story_id: str) -> StoryDetail | None:
        """One story: its articles (oldest first), key entities and merged events."""
        profile = next(iter(self._story_index().profiles([story_id])), None)
        if profile is None:
            return None
        articles = [a for _, a in self._story_articles([story_id])]
        records = {str(a.key): r for a in articles if (r := self.record(a.key)) is not None}
        story = story_of(profile, records)
        return StoryDetail(story=story.model_copy(update={"article_ids": [a.id for a in articles]}),
                           articles=articles)

    def _story_articles(self, story_ids: list[str]) -> list[tuple[str, StoryArticle]]:
        marks = ", ".join("?" * len(story_ids))
        rows = self._execute(
            "SELECT s.story_id, a.id, a.ext_id, a.title, a.url, a.source, a.lang, a.published, s.score"
            f" FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id IN ({marks})"
            " ORDER BY a.published, a.id", story_ids).fetchall()
        return [(r[0], StoryArticle(key=int(r[1]), id=r[2], title=r[3], url=r[4], source=r[5], lang=r[6],
                                    published=as_date(r[7]), score=float(r[8]))) for r in rows]

    def deadlines(self, query: DeadlineQuery) -> list[StoredDeadline]:
        """Deadlines, one per demand (statements of the same demand merged), by due day; ``expired`` once the
        due day is before ``query.as_of``."""
        where: list[str] = ["1 = 1"]
        params: list[object] = []
        if query.due_from:
            where.append("d.due >= ?")
            params.append(query.due_from.isoformat())
        if query.due_until:
            where.append("d.due <= ?")
            params.append(query.due_until.isoformat() + "~")  # a day value and anything finer within it
        rows = self._execute(
            f"SELECT d.body, d.status, s.story_id FROM deadlines d LEFT JOIN story_articles s"
            f" ON s.article_id = d.article_id WHERE {' AND '.join(where)} ORDER BY d.due, d.id", params).fetchall()
        statements = [Deadline.model_validate_json(r[0]).model_copy(update={"status": r[1]}) for r in rows]
        story_of_article = {d.article_id: r[2] for d, r in zip(statements, rows, strict=True)}
        as_of = query.as_of or dt.date.today()
        found = []
        for group in link_deadlines(statements):
            merged = merge_deadlines(group)[0]
            followed = track(merged, [], as_of, group[1:])  # later statements: extended, dropped, complied with
            settled = next((d for d in group if d.status not in ("open", "expired")), None)
            history = [*followed.history, *([settled.settled_by] if settled and settled.settled_by else [])]
            merged = followed.model_copy(update={"history": history})
            if settled is not None and settled.settled_by is not None:
                merged = merged.model_copy(update={"status": settled.status, "settled_by": settled.settled_by})
            if _wanted(merged, query):
                found.append(StoredDeadline(deadline=merged, story_id=story_of_article.get(merged.article_id)))
        found.sort(key=lambda s: (s.deadline.due or "9999", s.deadline.id))
        return found if query.limit is None else found[:query.limit]


def _wanted(deadline: Deadline, query: DeadlineQuery) -> bool:
    if query.status and deadline.status != query.status:
        return False
    if query.actor:
        wanted = query.actor.casefold()
        parties = [p for p in (deadline.issuer, deadline.target) if p is not None]
        names = [p.name for p in parties] + deadline.issuer_also
        if not any(wanted in n.casefold() for n in names) and not any(
                (p.country or "").casefold() == wanted for p in parties):
            return False
    return True
