"""The :class:`~wirewatch.stories.StoryIndex` over the store's tables (migration ``0003_stories``).

Same behaviour as :class:`~wirewatch.stories.MemoryStoryIndex`, in SQL written once for every backend: posting
lists ``story_postings (key, story_id, active_at)`` read newest first (``active_at`` is a counter bumped on
every save: the most recently extended story comes first), summed keys in ``story_keys``, key document
frequencies in ``story_key_df`` and the article count in ``story_counters``. An article's signature is kept in
``story_articles`` so that reprocessing it can take it out of its story first (:meth:`release`).

Article ids in signatures and profiles are the store's article keys (as text): external ids need not be unique
across sources, row keys are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wirewatch.store.rows import as_date, iso_day
from wirewatch.stories import ArticleSignature, StoryProfile

Execute = Callable[[str, Sequence[object]], Any]
ExecuteMany = Callable[[str, Sequence[Sequence[object]]], None]


def signature_json(signature: ArticleSignature) -> str:
    return json.dumps({"day": iso_day(signature.day), "keys": signature.keys}, sort_keys=True)


def signature_from_json(article_id: str, raw: str) -> ArticleSignature:
    data = json.loads(raw)
    return ArticleSignature(article_id=article_id, day=as_date(data["day"]),
                            keys={str(k): float(v) for k, v in data["keys"].items()})


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class SQLStoryIndex:
    """Stories in the store's tables; every call runs inside the caller's transaction."""

    def __init__(self, execute: Execute, execute_many: ExecuteMany) -> None:
        self._execute = execute
        self._execute_many = execute_many
        # Document frequencies read since the last write: the clusterer asks again for each candidate's keys.
        self._df_cache: dict[str, int] = {}
        self._loaded: dict[str, set[str]] = {}  # story id → its keys as stored (read by profiles())
        self._articles: int | None = None  # the article counter as last read or written

    # -- StoryIndex ---------------------------------------------------------------------------------------
    def article_count(self) -> int:
        if self._articles is None:
            self._articles = int(
                self._execute("SELECT value FROM story_counters WHERE name = 'articles'", ()).fetchone()[0])
        return self._articles

    def document_frequency(self, keys: Iterable[str]) -> dict[str, int]:
        keys = list(keys)
        wanted = sorted(set(keys) - self._df_cache.keys())
        self._df_cache.update(dict.fromkeys(wanted, 0))
        for start in range(0, len(wanted), 400):
            chunk = wanted[start:start + 400]
            for key, count in self._execute(
                    f"SELECT key, articles FROM story_key_df WHERE key IN ({_marks(len(chunk))})", chunk).fetchall():
                self._df_cache[key] = int(count)
        return {key: self._df_cache[key] for key in keys}

    def observe(self, signature: ArticleSignature) -> None:
        self._df_cache.clear()
        self._count("articles", 1)
        self._execute_many(
            "INSERT INTO story_key_df (key, articles) VALUES (?, 1)"
            " ON CONFLICT (key) DO UPDATE SET articles = story_key_df.articles + 1",
            [(key,) for key in sorted(signature.keys)])

    def candidates(self, keys: Sequence[str], day: dt.date | None, window_days: int,
                   per_key: int) -> list[StoryProfile]:
        if not keys:
            return []
        # One round trip: the newest ``per_key`` postings of each key (each subquery reads its key's index range).
        newest = " UNION ALL ".join(
            "SELECT * FROM (SELECT story_id, active_at FROM story_postings WHERE key = ?"
            " ORDER BY active_at DESC LIMIT ?) p" + str(n) for n in range(len(keys)))
        rows = self._execute(f"SELECT story_id, active_at FROM ({newest}) recent",
                             [v for key in keys for v in (key, per_key)]).fetchall()
        found = dict.fromkeys(r[0] for r in sorted(rows, key=lambda r: -int(r[1])))
        profiles = [p for p in self.profiles(list(found)) if p.within(day, window_days)]
        self.document_frequency({key for p in profiles for key in p.keys})  # one query for every similarity
        return profiles

    def save(self, story: StoryProfile, signature: ArticleSignature) -> None:
        # document frequencies change only in observe() and release(): their cache stays valid here
        exists = self.exists(story.id)
        if exists and story.article_ids == [signature.article_id]:
            # a new story named after an article placed before (reprocessed) whose old story lives on
            story.id = self._free_id(story.id)
            exists = False
        self._write_story(story, exists, signature.keys)
        self._execute(
            "INSERT INTO story_articles (article_id, story_id, score, signature) VALUES (?, ?, 0, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature",
            (int(signature.article_id), story.id, signature_json(signature)))
        active = self._count("activity", 1)
        self._execute_many(
            "INSERT INTO story_postings (key, story_id, active_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key, story_id) DO UPDATE SET active_at = excluded.active_at",
            [(key, story.id, active) for key in sorted(signature.keys)])

    # -- what the store needs beyond the protocol ---------------------------------------------------------
    def profiles(self, story_ids: list[str]) -> list[StoryProfile]:
        """The profiles of these stories (unknown ids skipped), in the order given."""
        if not story_ids:
            return []
        marks = _marks(len(story_ids))
        profiles = {
            r[0]: StoryProfile(id=r[0], first_day=as_date(r[1]), last_day=as_date(r[2]))
            for r in self._execute(f"SELECT id, first_day, last_day FROM stories WHERE id IN ({marks})",
                                   story_ids).fetchall()}
        for story_id, key, weight in self._execute(
                f"SELECT story_id, key, weight FROM story_keys WHERE story_id IN ({marks})", story_ids).fetchall():
            profiles[story_id].keys[key] = float(weight)
        for story_id, profile in profiles.items():
            self._loaded[story_id] = set(profile.keys)
        for story_id, article_key in self._execute(
                f"SELECT story_id, article_id FROM story_articles WHERE story_id IN ({marks}) ORDER BY article_id",
                story_ids).fetchall():
            profiles[story_id].article_ids.append(str(article_key))
        return [profiles[i] for i in story_ids if i in profiles]

    def lock(self) -> None:
        """Serialise story writers until the transaction ends (a row lock on the article counter)."""
        self._count("articles", 0)

    def exists(self, story_id: str) -> bool:
        return self._execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None

    def signature_of(self, article_key: int) -> tuple[str, ArticleSignature] | None:
        """The story and stored signature of an article, when it has been placed."""
        row = self._execute("SELECT story_id, signature FROM story_articles WHERE article_id = ?",
                            (article_key,)).fetchone()
        return None if row is None else (row[0], signature_from_json(str(article_key), row[1]))

    def set_score(self, article_key: int, score: float) -> None:
        self._execute("UPDATE story_articles SET score = ? WHERE article_id = ?", (score, article_key))

    def release(self, article_key: int) -> bool:
        """Take an article out of its story and out of the key counts (before it is placed again); an emptied
        story is deleted. False when the article had not been placed."""
        placed = self.signature_of(article_key)
        if placed is None:
            return False
        story_id, signature = placed
        self._df_cache.clear()
        self._execute("DELETE FROM story_articles WHERE article_id = ?", (article_key,))
        self._count("articles", -1)
        self._execute_many("UPDATE story_key_df SET articles = articles - 1 WHERE key = ?",
                           [(key,) for key in sorted(signature.keys)])
        profile = next(iter(self.profiles([story_id])), None)
        if profile is None:
            return True
        profile.article_ids.append(signature.article_id)  # profiles() no longer lists it: put back to release
        profile.release(signature)
        if profile.article_ids:
            self._write_story(profile, True, signature.keys)
        else:
            self._execute("DELETE FROM story_postings WHERE story_id = ?", (story_id,))
            self._execute("DELETE FROM story_keys WHERE story_id = ?", (story_id,))
            self._execute("DELETE FROM stories WHERE id = ?", (story_id,))
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
            self._execute("UPDATE stories SET first_day = ?, last_day = ?, articles = ? WHERE id = ?",
                          (*values, story.id))
            if loaded is None:
                self._execute("DELETE FROM story_keys WHERE story_id = ?", (story.id,))
        else:
            self._execute("INSERT INTO stories (first_day, last_day, articles, id) VALUES (?, ?, ?, ?)",
                          (*values, story.id))
        if exists and loaded is not None:
            gone = sorted(loaded - story.keys.keys())
            self._execute_many("DELETE FROM story_keys WHERE story_id = ? AND key = ?",
                               [(story.id, key) for key in gone])
            written = sorted(k for k in set(changed) if k in story.keys)
            self._execute_many(
                "INSERT INTO story_keys (story_id, key, weight) VALUES (?, ?, ?)"
                " ON CONFLICT (story_id, key) DO UPDATE SET weight = excluded.weight",
                [(story.id, key, story.keys[key]) for key in written])
        else:
            self._execute_many("INSERT INTO story_keys (story_id, key, weight) VALUES (?, ?, ?)",
                               [(story.id, key, weight) for key, weight in sorted(story.keys.items())])
        self._loaded[story.id] = set(story.keys)

    def _count(self, name: str, step: int) -> int:
        value = int(self._execute("UPDATE story_counters SET value = value + ? WHERE name = ? RETURNING value",
                                  (step, name)).fetchone()[0])
        if name == "articles":
            self._articles = value
        return value
