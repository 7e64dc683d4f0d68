"""The actor knowledge base: people, organisations and countries with Wikidata ids, ISO3 countries, roles,
sectors, aliases per language and dated positions (``kb/data/actors.jsonl``, documented in its README)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.kb.names import name_key, normalize


class Position(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Actor(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    name: str
    type: str
    gender: str | None = None  # persons: "m" | "f" (Wikidata P21)
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    positions: list[Position] = Field(default_factory=list)

    @property
    def kb_id(self) -> str | None:
        """The Wikidata id, or None for actors the KB knows under a local ``ww:`` id only."""
        return self.id if self.id.startswith("Q") else None

    def surface_forms(self, lang: str | None = None) -> Iterator[str]:
        """The canonical name and the aliases (of ``lang`` only when given, else of every language)."""
        yield self.name
        for alias_lang, forms in self.aliases.items():
            if lang is None or alias_lang == lang:
                yield from forms


class KBError(ValueError):
    """A malformed line in an actor file."""


def default_actor_file() -> Path:
    return Path(str(resources.files("wirewatch.kb") / "data" / "actors.jsonl"))


class ActorKB:
    """Look-ups over actors by normalised alias, id and office held on a date."""

    def __init__(self, actors: Iterable[Actor], leader_offices: dict[str, str] | None = None):
        self.actors: list[Actor] = list(actors)
        self.leader_offices = leader_offices or {}
        self._by_id = {a.id: a for a in self.actors}
        self._by_alias: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
        for actor in self.actors:
            seen: set[tuple[str, str]] = set()
            for lang, forms in [("*", [actor.name]), *actor.aliases.items()]:
                for form in forms:
                    key = normalize(form)
                    if key and (lang, key) not in seen:
                        seen.add((lang, key))
                        self._by_alias[key].append((lang, actor))
        self._holders: dict[tuple[str, str], list[tuple[Position, Actor]]] = defaultdict(list)
        self._person_keys: dict[str, set[str]] = defaultdict(set)
        self._countries: dict[str, Actor] = {}
        for actor in self.actors:
            for pos in actor.positions:
                self._holders[(pos.role, pos.country or "")].append((pos, actor))
            if actor.type == "PER":
                for form in actor.surface_forms():
                    key = name_key(form)
                    if len(key.split()) >= 2:
                        self._person_keys[key].add(actor.id)
            if actor.type == "LOC" and actor.country and actor.role == "country":
                self._countries.setdefault(actor.country, actor)

    @classmethod
    def load(cls, path: Path | None = None) -> ActorKB:
        path = path or default_actor_file()
        actors = []
        if path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    actors.append(Actor.model_validate(json.loads(line)))
                except ValueError as exc:
                    raise KBError(f"{path}:{number}: not a valid actor line: {exc}") from exc
        offices = {}
        office_file = path.with_name("leader_office.tsv")
        if office_file.is_file():
            rows = [ln.split("\t") for ln in office_file.read_text(encoding="utf-8").splitlines()
                    if ln.strip() and not ln.startswith("#")]
            offices = {cells[0].strip(): cells[1].strip() for cells in rows[1:] if len(cells) == 2}
        return cls(actors, offices)

    def __len__(self) -> int:
        return len(self.actors)

    def by_id(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def candidates(self, surface: str, lang: str | None = None) -> list[Actor]:
        """Actors one of whose names or aliases equals ``surface`` (normalised); ``lang``'s aliases first."""
        hits = self._by_alias.get(normalize(surface), [])
        ranked = sorted(hits, key=lambda h: 0 if h[0] in (lang, "*") else 1)
        out: list[Actor] = []
        for _, actor in ranked:
            if actor not in out:
                out.append(actor)
        return out

    def lookup(self, surface: str, lang: str | None = None, type: str | None = None) -> Actor | None:
        """The one actor ``surface`` names (of ``type`` when given), or None when unknown or ambiguous."""
        found = [a for a in self.candidates(surface, lang) if type is None or a.type == type]
        if len({a.id for a in found}) == 1:
            return found[0]
        return None

    def holder(self, role: str, country: str | None, on: dt.date | None) -> Actor | None:
        """The holder of ``role`` for ``country`` on the date ``on`` (today's holder when ``on`` is None).
        The generic "leader" / "head of state" is the country's leading office (``leader_office.tsv``)."""
        if role in ("leader", "head of state", "head of government") and country:
            role = self.leader_offices.get(country, "president")
        day = on or dt.date.today()
        holders = [a for pos, a in self._holders.get((role, country or ""), []) if pos.holds_on(day)]
        return holders[0] if len({a.id for a in holders}) == 1 else None

    def lookup_person_key(self, key: str) -> Actor | None:
        """The one person one of whose full names has this :func:`name_key` ("Zelenskiy" spellings)."""
        ids = self._person_keys.get(key, set())
        return self._by_id[next(iter(ids))] if len(ids) == 1 else None

    def country(self, iso3: str) -> Actor | None:
        """The country itself: the LOC actor with role ``country`` for ``iso3``."""
        return self._countries.get(iso3)
