"""Everything said of one canonical identity, in any language: the entity rows that share it, and the events,
quotes and mentions credited to any of them.

An entity row's identity is its Wikidata id, else its type and normalised name
(:func:`~wirewatch.store.rows.entity_identity`), so one person can stand in several rows: the row of the
resolved name, and rows of the same name the knowledge base did not resolve in some article (or typed
differently). Events and quotes are credited through the entity key the record gave their actor or speaker, so
a French descriptor ("le chef de l'État") linked to the person counts; an actor or speaker no entity was given
counts when named exactly as the entity.

Mixed into :class:`~wirewatch.store.sql_store.SQLStore`.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wirewatch.store.list_queries import ActorRole
from wirewatch.store.list_reads import event_row
from wirewatch.store.queries import EVENT_COLUMNS, SQL, EventRow, QuoteRow
from wirewatch.store.row_batches import in_list
from wirewatch.store.rows import as_date

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class EntityMention:
    """One mention of the identity in an article: its text and span."""
    article: str
    title: str | None
    lang: str | None
    published: dt.date | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class IdentityName:
    """One way the identity is written, in one language, and how many times."""
    text: str
    lang: str | None
    mentions: int


def normalised_name(name: str) -> str:
    return " ".join(name.casefold().split())


class EntityReads(ABC):
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> Any: ...

    def _entity_rows(self, sql: str, params: Sequence[object]) -> list[Any]:
        return list(self._execute(sql, params).fetchall())

    def identity_keys(self, entity_key: int) -> list[int]:
        """The keys of the entity rows sharing ``entity_key``'s canonical identity (itself first): rows of the
        same Wikidata id, and rows of no Wikidata id named the same (after case folding and spacing). An entity
        without a Wikidata id also takes the one resolved row of its name, when only one Wikidata id bears it
        (two namesakes: neither). Empty when there is no such entity."""
        found = self._entity_rows("SELECT name, kb_id FROM entities WHERE id = ?", [int(entity_key)])
        if not found:
            return []
        name, kb_id = str(found[0][0]), found[0][1]
        folded = normalised_name(name)
        by_name = [f"name:{kind}:{folded}" for kind in ENTITY_TYPES]
        rows = self._entity_rows(f"SELECT id, kb_id, name FROM entities WHERE identity IN ({in_list(len(by_name))})"
                                 " OR LOWER(name) = LOWER(?)" + (" OR kb_id = ?" if kb_id else ""),
                                 [*by_name, name, *([kb_id] if kb_id else [])])
        unresolved = [int(r[0]) for r in rows if r[1] is None and normalised_name(str(r[2])) == folded]
        if kb_id:
            resolved = [int(r[0]) for r in rows if r[1] == kb_id]
        else:
            namesakes = {r[1] for r in rows if r[1] is not None and normalised_name(str(r[2])) == folded}
            resolved = [int(r[0]) for r in rows if len(namesakes) == 1 and r[1] in namesakes]
        others = sorted(set(unresolved + resolved) - {int(entity_key)})
        return [int(entity_key), *others]

    def identity_events(self, keys: Sequence[int], name: str, role: ActorRole,
                        limit: int | None = 100) -> list[EventRow]:
        """Events whose source (or target) is credited to one of the entity rows ``keys``, or has no entity and
        is named ``name`` (case-insensitive), newest day first."""
        if not keys:
            return []
        entity, named = ("e.source_entity_id", "e.source_name") if role == "source" else (
            "e.target_entity_id", "e.target_name")
        order = " ORDER BY e.day DESC, e.id DESC"
        credited, by_name = f"{entity} IN ({in_list(len(keys))})", f"{entity} IS NULL AND LOWER({named}) = LOWER(?)"
        if limit is None:
            where = SQL(f"{credited} OR ({by_name})", [*keys, name])
        else:  # each part the newest of its own index range (migration 0006), never a scan of the events
            where = SQL(f"e.id IN (SELECT id FROM (SELECT e.id FROM events e WHERE {credited}{order} LIMIT ?) c"
                        f" UNION SELECT id FROM (SELECT e.id FROM events e WHERE {by_name}{order} LIMIT ?) n)",
                        [*keys, int(limit), name, int(limit)])
        sql = SQL(f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE {where.text}"
                  f"{order}", where.params)
        return [event_row(r) for r in self._limited_rows(sql, limit)]

    def identity_quotes(self, keys: Sequence[int], name: str, limit: int | None = 100) -> list[QuoteRow]:
        """Quotes whose speaker is credited to one of the entity rows ``keys``, or has no entity and is named
        ``name`` (case-insensitive), newest article first."""
        if not keys:
            return []
        sql = SQL("SELECT a.ext_id, a.url, a.published, q.speaker, en.name, q.direct, q.channel, q.text,"
                  " a.lang, q.start_char, q.end_char"
                  " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities en ON en.id = q.entity_id"
                  f" WHERE q.entity_id IN ({in_list(len(keys))})"
                  " OR (q.entity_id IS NULL AND LOWER(q.speaker) = LOWER(?))"
                  " ORDER BY a.published DESC, q.article_id DESC, q.position", [*keys, name])
        return [QuoteRow(r[0], r[1], as_date(r[2]), r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10])
                for r in self._limited_rows(sql, limit)]

    def identity_mentions(self, keys: Sequence[int], limit: int | None = 100) -> list[EntityMention]:
        """Mentions of the entity rows ``keys`` in every article, newest article first, in text order."""
        if not keys:
            return []
        sql = SQL("SELECT a.ext_id, a.title, a.lang, a.published, m.text, m.start_char, m.end_char"
                  f"{_MENTIONS_FROM} WHERE ae.entity_id IN ({in_list(len(keys))})"
                  " ORDER BY a.published DESC, a.id DESC, m.start_char", list(keys))
        return [EntityMention(r[0], r[1], r[2], as_date(r[3]), r[4], int(r[5]), int(r[6]))
                for r in self._limited_rows(sql, limit)]

    def identity_names(self, keys: Sequence[int]) -> list[IdentityName]:
        """How the entity rows ``keys`` are written in the articles, by language, most frequent first."""
        if not keys:
            return []
        rows = self._entity_rows(f"SELECT m.text, a.lang, COUNT(*){_MENTIONS_FROM}"
                                 f" WHERE ae.entity_id IN ({in_list(len(keys))})"
                                 " GROUP BY m.text, a.lang ORDER BY COUNT(*) DESC, m.text, a.lang", list(keys))
        return [IdentityName(r[0], r[1], int(r[2])) for r in rows]

    def _limited_rows(self, sql: SQL, limit: int | None) -> list[Any]:
        if limit is not None:
            sql = SQL(sql.text + " LIMIT ?", [*sql.params, int(limit)])
        return self._entity_rows(sql.text, sql.params)


_MENTIONS_FROM = (" FROM article_entities ae JOIN mentions m ON m.article_id = ae.article_id"
                  " AND m.local_id = ae.local_id JOIN articles a ON a.id = ae.article_id")
