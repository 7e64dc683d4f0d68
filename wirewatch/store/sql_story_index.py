"""The :class:`~wirewatch.stories.StoryIndex` over the store's tables (migration ``0003_stories``).

Same behaviour as :class:`~wirewatch.stories.MemoryStoryIndex`, in SQL written once for every backend: posting
lists ``story_postings (key, story_id, active_at)`` read newest first (``active_at`` is a counter bumped on
every save: the most recently extended story comes first), summed keys in ``story_keys``, key document
frequencies in ``story_key_df`` and the article count in ``story_counters``. An article's signature is kept in
``story_articles`` so that reprocessing it can take it out of its story first (:meth:`release`).

Article ids in signatures and profiles are the store's article keys (as text): external ids need not be unique
across sources, row keys are.

Written for few statements and round trips (each costs far more on PostgreSQL than on SQLite): rows go a table at
a time (:class:`~wirewatch.store.row_batches.RowsStatement`), reads that do not depend on each other go out
together (``fetch_together``), the counters read under the lock are kept instead of read back, and observing an
article returns its keys' new document frequencies.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wirewatch.store.row_batches import RowsStatement, in_list
from wirewatch.store.rows import Row, as_date, iso_day
from wirewatch.stories import ArticleSignature, StoryProfile
from wirewatch.stories.cluster import story_id_for

Statement = tuple[str, Sequence[object]]
Placement = tuple[str, ArticleSignature]  # an article's story id and its stored signature

_IN_CHUNK = 400  # values per IN (…) list
_OBSERVE = RowsStatement("INSERT INTO story_key_df (key, articles)", "(?, 1)",
                         "ON CONFLICT (key) DO UPDATE SET articles = story_key_df.articles + 1 RETURNING key, articles")
_POST = RowsStatement("INSERT INTO story_postings (key, story_id, active_at)", "(?, ?, ?)",
                      "ON CONFLICT (key, story_id) DO UPDATE SET active_at = excluded.active_at")
_ADD_KEYS = RowsStatement("INSERT INTO story_keys (story_id, key, weight)", "(?, ?, ?)")
_SET_KEYS = RowsStatement("INSERT INTO story_keys (story_id, key, weight)", "(?, ?, ?)",
                          "ON CONFLICT (story_id, key) DO UPDATE SET weight = excluded.weight")
_PLACED = "SELECT story_id, signature FROM story_articles WHERE article_id = ?"
# Stories an article of a given day may join (StoryProfile.within, in SQL): parameters day + window, day - window.
_WITHIN = " AND (s.first_day IS NULL OR s.last_day IS NULL OR (s.first_day <= ? AND s.last_day >= ?))"


@dataclass(frozen=True)
class Opening:
    """What :meth:`SQLStoryIndex.lock` read: where the article is placed, and the rows of the caller's
    statements."""

    placed: Placement | None
    also: list[list[Row]]


@dataclass(frozen=True)
class SQLCalls:
    """How the index runs SQL: the store's own methods, inside the store's current transaction."""

    execute: Callable[[str, Sequence[object]], Any]  # one statement; its cursor
    write_rows: Callable[[RowsStatement, Sequence[Sequence[object]]], None]
    write_rows_returning: Callable[[RowsStatement, Sequence[Sequence[object]]], list[Row]]
    fetch_together: Callable[[Sequence[Statement]], list[list[Row]]]  # each statement's rows, one round trip


def signature_json(signature: ArticleSignature) -> str:
    return json.dumps({"day": iso_day(signature.day), "keys": signature.keys}, sort_keys=True)


def signature_from_json(article_id: str, raw: str) -> ArticleSignature:
    data = json.loads(raw)
    return ArticleSignature(article_id=article_id, day=as_date(data["day"]),
                            keys={str(k): float(v) for k, v in data["keys"].items()})


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


class SQLStoryIndex:
    """Stories in the store's tables; every call runs inside the caller's transaction."""

    def __init__(self, sql: SQLCalls) -> None:
        self._sql = sql
        # Document frequencies read since the last write: the clusterer asks again for each candidate's keys.
        self._df_cache: dict[str, int] = {}
        self._loaded: dict[str, set[str]] = {}  # story id → its keys as stored (read by profiles() or written)
        self._counters: dict[str, int] = {}  # counter name → value as last read or written in this transaction
        self._locked = False  # after lock(): only this transaction changes the counters, their values stay exact
        self._exists: dict[str, bool] = {}  # story id → whether its row exists, as read or written

    # -- StoryIndex ---------------------------------------------------------------------------------------
    def article_count(self) -> int:
        if "articles" not in self._counters:
            self._counters["articles"] = int(self._sql.execute(
                "SELECT value FROM story_counters WHERE name = 'articles'", ()).fetchone()[0])
        return self._counters["articles"]

    def document_frequency(self, keys: Iterable[str]) -> dict[str, int]:
        keys = list(keys)
        wanted = sorted(set(keys) - self._df_cache.keys())
        self._df_cache.update(dict.fromkeys(wanted, 0))
        for chunk in _chunks(wanted):
            for key, count in self._sql.execute(
                    f"SELECT key, articles FROM story_key_df WHERE key IN ({in_list(len(chunk))})", chunk).fetchall():
                self._df_cache[key] = int(count)
        return {key: self._df_cache[key] for key in keys}

    def observe(self, signature: ArticleSignature) -> None:
        """Count the article and its keys; the keys' new frequencies come back with the write (the clusterer
        asks for them next)."""
        self._df_cache.clear()
        self._count("articles", 1)
        counted = self._sql.write_rows_returning(_OBSERVE, [(key,) for key in sorted(signature.keys)])
        self._df_cache.update({str(key): int(count) for key, count in counted})

    def candidates(self, keys: Sequence[str], day: dt.date | None, window_days: int,
                   per_key: int, limit: int | None = None) -> list[StoryProfile]:
        if not keys:
            return []
        # One round trip: the newest ``per_key`` postings of each key (each subquery reads its key's index range);
        # with a ``limit``, another: which of them are within the window (the first ``limit``, in key order, are
        # kept); another: the profiles of those stories within the window, with the frequencies of their keys.
        newest = " UNION ALL ".join(
            f"SELECT * FROM (SELECT story_id, active_at, {n} AS rank FROM story_postings WHERE key = ?"
            " ORDER BY active_at DESC LIMIT ?) p" + str(n) for n in range(len(keys)))
        params: list[object] = [v for key in keys for v in (key, per_key)]
        postings = self._sql.execute(f"SELECT story_id, active_at, rank FROM ({newest}) recent", params).fetchall()
        found = list(dict.fromkeys(r[0] for r in sorted(postings, key=lambda r: (int(r[2]), -int(r[1])))))
        if limit is not None and len(found) > limit:
            story_rows = self._profile_statements(f"s.id IN ({in_list(len(found))})", found, day, window_days,
                                                  frequencies=False)[0]
            within = {r[0] for r in self._sql.execute(*story_rows).fetchall()}
            found = [story_id for story_id in found if story_id in within][:limit]
        if not found:
            return []
        profiles = self._profiles_from(self._sql.fetch_together(self._profile_statements(
            f"s.id IN ({in_list(len(found))})", found, day, window_days, frequencies=True)), frequencies=True)
        return [profiles[i] for i in found if i in profiles]

    def save(self, story: StoryProfile, signature: ArticleSignature) -> None:
        # document frequencies change only in observe() and release(): their cache stays valid here
        exists = self.exists(story.id)
        if exists and story.article_ids == [signature.article_id]:
            # a new story named after an article placed before (reprocessed) whose old story lives on
            story.id = self._free_id(story.id)
            exists = False
        self._write_story(story, exists, signature.keys)
        self._sql.execute(
            "INSERT INTO story_articles (article_id, story_id, score, signature) VALUES (?, ?, 0, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature",
            (int(signature.article_id), story.id, signature_json(signature)))
        active = self._count("activity", 1)
        self._sql.write_rows(_POST, [(key, story.id, active) for key in sorted(signature.keys)])

    # -- what the store needs beyond the protocol ---------------------------------------------------------
    def profiles(self, story_ids: list[str]) -> list[StoryProfile]:
        """The profiles of these stories (unknown ids skipped), in the order given (one round trip)."""
        if not story_ids:
            return []
        profiles = self._profiles_from(self._sql.fetch_together(self._profile_statements(
            f"s.id IN ({in_list(len(story_ids))})", list(story_ids), None, 0, frequencies=False)), frequencies=False)
        return [profiles[i] for i in story_ids if i in profiles]

    @staticmethod
    def _profile_statements(stories: str, params: list[object], day: dt.date | None, window_days: int, *,
                            frequencies: bool) -> list[Statement]:
        """The statements reading the profiles of the ``stories`` (an SQL condition on ``stories s``); with
        ``day``, only those an article of that day may join; with ``frequencies``, each key's document frequency
        too."""
        where, params = stories, list(params)
        if day is not None:
            window = dt.timedelta(days=window_days)
            where += _WITHIN
            params += [iso_day(day + window), iso_day(day - window)]
        frequency = ", d.articles" if frequencies else ", NULL"
        joined = " LEFT JOIN story_key_df d ON d.key = k.key" if frequencies else ""
        return [
            (f"SELECT s.id, s.first_day, s.last_day FROM stories s WHERE {where}", params),
            (f"SELECT k.story_id, k.key, k.weight{frequency} FROM story_keys k JOIN stories s ON s.id = k.story_id"
             f"{joined} WHERE {where}", params),
            (f"SELECT a.story_id, a.article_id FROM story_articles a JOIN stories s ON s.id = a.story_id"
             f" WHERE {where} ORDER BY a.article_id", params)]

    def _profiles_from(self, results: list[list[Row]], *, frequencies: bool) -> dict[str, StoryProfile]:
        """Profiles by story id from the rows of :meth:`_profile_statements`."""
        story_rows, key_rows, article_rows = results
        profiles = {r[0]: StoryProfile(id=r[0], first_day=as_date(r[1]), last_day=as_date(r[2])) for r in story_rows}
        for story_id, key, weight, count in key_rows:
            profiles[story_id].keys[key] = float(weight)
            if frequencies:
                self._df_cache[key] = int(count or 0)
        for story_id, profile in profiles.items():
            self._loaded[story_id] = set(profile.keys)
            self._exists[story_id] = True
        for story_id, article_key in article_rows:
            profiles[story_id].article_ids.append(str(article_key))
        return profiles

    def lock(self, article_key: int, *, new: ArticleSignature | None = None,
             also: Sequence[Statement] = ()) -> Opening:
        """Serialise story writers until the transaction ends (a row lock on the article counter) and read the
        counters, in one round trip with: where ``article_key`` is placed; for a ``new`` article (never placed),
        its counting (:meth:`observe`: the clusterer must not count it again) and whether the story it would
        start exists; the caller's ``also`` statements (run after the lock)."""
        statements: list[Statement] = [
            ("UPDATE story_counters SET value = value + 0 WHERE name = 'articles' RETURNING value", ()),
            ("SELECT value FROM story_counters WHERE name = 'activity'", ()),  # only lock holders change it
            (_PLACED, (article_key,))]
        observing: list[Statement] = []
        if new is not None:
            observing = [("UPDATE story_counters SET value = value + 1 WHERE name = 'articles' RETURNING value", ()),
                         ("SELECT 1 FROM stories WHERE id = ?", (story_id_for(new),)),
                         *_OBSERVE.chunks([(key,) for key in sorted(new.keys)])]
        results = self._sql.fetch_together([*statements, *observing, *also])
        articles, activity, placed = results[:3]
        self._counters = {"articles": int(articles[0][0]), "activity": int(activity[0][0])}
        self._locked = True
        if new is not None:
            self._counters["articles"] = int(results[3][0][0])
            self._df_cache = {str(key): int(count) for rows in results[5:len(statements) + len(observing)]
                              for key, count in rows}
            self._exists[story_id_for(new)] = bool(results[4])
        where = (placed[0][0], signature_from_json(str(article_key), placed[0][1])) if placed else None
        return Opening(where, results[len(statements) + len(observing):])

    def exists(self, story_id: str) -> bool:
        if story_id not in self._exists:
            self._exists[story_id] = self._sql.execute(
                "SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None
        return self._exists[story_id]

    def signature_of(self, article_key: int) -> Placement | None:
        """The story and stored signature of an article, when it has been placed."""
        row = self._sql.execute(_PLACED, (article_key,)).fetchone()
        return None if row is None else (row[0], signature_from_json(str(article_key), row[1]))

    def set_score(self, article_key: int, score: float) -> None:
        self._sql.execute("UPDATE story_articles SET score = ? WHERE article_id = ?", (score, article_key))

    def release(self, article_key: int, placed: Placement | None = None) -> bool:
        """Take an article out of its story and out of the key counts (before it is placed again); an emptied
        story is deleted. ``placed``: where the article is, when the caller has just read it (else read here).
        False when the article had not been placed."""
        placed = placed or self.signature_of(article_key)
        if placed is None:
            return False
        story_id, signature = placed
        self._df_cache.clear()
        self._sql.execute("DELETE FROM story_articles WHERE article_id = ?", (article_key,))
        self._count("articles", -1)
        for chunk in _chunks(sorted(signature.keys)):
            self._sql.execute(f"UPDATE story_key_df SET articles = articles - 1 WHERE key IN ({in_list(len(chunk))})",
                              chunk)
        profile = next(iter(self.profiles([story_id])), None)
        if profile is None:
            return True
        profile.article_ids.append(signature.article_id)  # profiles() no longer lists it: put back to release
        profile.release(signature)
        if profile.article_ids:
            self._write_story(profile, True, signature.keys)
        else:
            for table, column in (("story_postings", "story_id"), ("story_keys", "story_id"), ("stories", "id")):
                self._sql.execute(f"DELETE FROM {table} WHERE {column} = ?", (story_id,))
            self._loaded.pop(story_id, None)
            self._exists[story_id] = False
        return True

    def _free_id(self, story_id: str) -> str:
        n = 2
        while self.exists(f"{story_id}#{n}"):
            n += 1
        return f"{story_id}#{n}"

    # -- helpers ------------------------------------------------------------------------------------------
    def _write_story(self, story: StoryProfile, exists: bool, changed: Iterable[str]) -> None:
        """Write the story row and its keys: of a story read by :meth:`profiles`, only the ``changed`` keys
        (those of the article added or taken out) and the keys pruned since; else every key."""
        values = (iso_day(story.first_day), iso_day(story.last_day), len(story.article_ids))
        loaded = self._loaded.get(story.id)
        if exists:
            self._sql.execute("UPDATE stories SET first_day = ?, last_day = ?, articles = ? WHERE id = ?",
                              (*values, story.id))
            if loaded is None:
                self._sql.execute("DELETE FROM story_keys WHERE story_id = ?", (story.id,))
        else:
            self._sql.execute("INSERT INTO stories (first_day, last_day, articles, id) VALUES (?, ?, ?, ?)",
                              (*values, story.id))
            self._exists[story.id] = True
        if exists and loaded is not None:
            for chunk in _chunks(sorted(loaded - story.keys.keys())):
                self._sql.execute(f"DELETE FROM story_keys WHERE story_id = ? AND key IN ({in_list(len(chunk))})",
                                  (story.id, *chunk))
            written = sorted(k for k in set(changed) if k in story.keys)
            self._sql.write_rows(_SET_KEYS, [(story.id, key, story.keys[key]) for key in written])
        else:
            self._sql.write_rows(_ADD_KEYS, [(story.id, key, weight) for key, weight in sorted(story.keys.items())])
        self._loaded[story.id] = set(story.keys)

    def _count(self, name: str, step: int) -> int:
        if self._locked and name in self._counters:
            self._sql.execute("UPDATE story_counters SET value = value + ? WHERE name = ?", (step, name))
            self._counters[name] += step
        else:
            self._counters[name] = int(self._sql.execute(
                "UPDATE story_counters SET value = value + ? WHERE name = ? RETURNING value",
                (step, name)).fetchone()[0])
        return self._counters[name]
