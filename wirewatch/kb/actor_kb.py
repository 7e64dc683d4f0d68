"""The actor knowledge base: people, organisations and countries with Wikidata ids, ISO3 countries, roles,
sectors, aliases per language and dated positions (``kb/data/actors.jsonl``, documented in its README)."""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.kb.names import name_key, normalize, spelling_key
from wirewatch.kb.parent_names import with_parent_variants

LISTED_ID_PREFIX = "ww:phx-"  # actors added from the Phoenix lists (kb/tools/phoenix_actors.py)


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

    @property
    def has_reference_name(self) -> bool:
        """Whether ``name`` is a reference name (the English Wikipedia form), not a coder's spelling from a list
        of names joined to the KB (``ww:phx-`` actors: Phoenix's "Ali Ben Bongo" for Ali Bongo Ondimba)."""
        return not self.id.startswith(LISTED_ID_PREFIX)

    def surface_forms(self, lang: str | None = None) -> Iterator[str]:
        """The canonical name and the aliases (of ``lang`` only when given, else of every language)."""
        yield self.name
        for alias_lang, forms in self.aliases.items():
            if lang is None or alias_lang == lang:
                yield from forms


class KBError(ValueError):
    """A malformed line in an actor file."""


EXTENSION_FILES = ("actors_phoenix.jsonl",)  # rows built from outside sources (kb/tools), loaded after actors.jsonl


def _rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                raise KBError(f"{path}:{number}: not JSON: {exc}") from exc


def _read_actors(path: Path) -> list[Actor]:
    actors = []
    for number, row in _rows(path):
        try:
            actors.append(Actor.model_validate(row))
        except ValueError as exc:
            raise KBError(f"{path}:{number}: not a valid actor line: {exc}") from exc
    return actors


def _extend(actors: list[Actor], path: Path) -> list[Actor]:
    """``actors`` with the rows of an extension file applied: a ``join`` row adds aliases (and a missing country)
    to the actor of that id; a ``provenance`` row is skipped; any other row is a new actor."""
    by_id = {a.id: a for a in actors}
    out = list(actors)
    actor_fields = frozenset(Actor.model_fields)  # read once: pydantic builds this mapping on each access
    for number, row in _rows(path):
        if "provenance" in row:
            continue
        target_id = row.get("join")
        if isinstance(target_id, str):
            target = by_id.get(target_id)
            if target is None:
                continue  # the actor left the KB since the extension was built
            aliases = row.get("aliases")
            for lang, forms in (aliases.items() if isinstance(aliases, dict) else []):
                target.aliases[lang] = [*target.aliases.get(lang, []), *forms]
            country = row.get("country")
            if target.country is None and isinstance(country, str):
                target.country = country
            continue
        try:  # the build script wrote these rows; only dated offices need parsing (tens of thousands of rows)
            fields: dict[str, Any] = {"aliases": {}, **{k: v for k, v in row.items() if k in actor_fields},
                                      "positions": []}
            actor = Actor.model_validate(row) if "positions" in row else Actor.model_construct(None, **fields)
        except ValueError as exc:
            raise KBError(f"{path}:{number}: not a valid actor line: {exc}") from exc
        if actor.id not in by_id:
            by_id[actor.id] = actor
            out.append(actor)
    return out


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the KB is built: its hundreds of thousands of new objects
    (none of them in a reference cycle) made the collector walk the heap again and again, about a third of the
    loading time (benchmarks/bench_kb_load.py)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def default_actor_file() -> Path:
    return Path(str(resources.files("wirewatch.kb") / "data" / "actors.jsonl"))


class ActorKB:
    """Look-ups over actors by normalised alias, id and office held on a date."""

    def __init__(self, actors: Iterable[Actor], leader_offices: dict[str, str] | None = None,
                 latin_countries: frozenset[str] = frozenset()):
        """``latin_countries``: the ISO3 codes whose people write their names in Latin script
        (``name_scripts.tsv``): their names link by letters, not by the vowel-dropping key (:meth:`lookup_person`)."""
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
        self._person_spellings: dict[str, set[str]] = defaultdict(set)
        self._countries: dict[str, Actor] = {}
        for actor in self.actors:
            for pos in actor.positions:
                self._holders[(pos.role, pos.country or "")].append((pos, actor))
            if actor.type == "PER" and actor.has_reference_name:  # a listed name links by its own forms only
                latin = actor.country in latin_countries
                for form in actor.surface_forms():
                    key = spelling_key(form) if latin else name_key(form)
                    if len(key.split()) >= 2:
                        (self._person_spellings if latin else self._person_keys)[key].add(actor.id)
            if actor.type == "LOC" and actor.country and actor.role == "country":
                self._countries.setdefault(actor.country, actor)

    @classmethod
    def load(cls, path: Path | None = None, extensions: bool = True) -> ActorKB:
        """The actors of ``path`` (the shipped file by default) and, with ``extensions``, those that the files
        of :data:`EXTENSION_FILES` beside it add or join to them (built from outside sources, kb/data/README.md)."""
        with collection_paused():
            return cls._load(path or default_actor_file(), extensions)

    @classmethod
    def _load(cls, path: Path, extensions: bool) -> ActorKB:
        actors = _read_actors(path) if path.is_file() else []
        if extensions:
            for name in EXTENSION_FILES:
                if path.with_name(name).is_file():
                    actors = _extend(actors, path.with_name(name))
        for actor in actors:  # "Haut-Commissariat de l'ONU …" as "… des Nations unies …" (parent_names.py)
            if actor.has_reference_name:
                actor.aliases = with_parent_variants(actor.aliases)
        offices = {}
        office_file = path.with_name("leader_office.tsv")
        if office_file.is_file():
            rows = [ln.split("\t") for ln in office_file.read_text(encoding="utf-8").splitlines()
                    if ln.strip() and not ln.startswith("#")]
            offices = {cells[0].strip(): cells[1].strip() for cells in rows[1:] if len(cells) == 2}
        scripts_file = path.with_name("name_scripts.tsv")
        latin: frozenset[str] = frozenset()
        if scripts_file.is_file():
            rows = [ln.split("\t") for ln in scripts_file.read_text(encoding="utf-8").splitlines()
                    if ln.strip() and not ln.startswith("#")]
            latin = frozenset(cells[0] for cells in rows[1:] if len(cells) >= 2 and cells[1] == "Latn")
        return cls(actors, offices, latin)

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

    def holders(self, role: str, on: dt.date | None) -> list[Actor]:
        """Every holder of ``role``, of any country, on the date ``on`` (today when None): "le roi" alone."""
        day = on or dt.date.today()
        found = {a.id: a for (held, _), entries in self._holders.items() if held == role
                 for pos, a in entries if pos.holds_on(day)}
        return list(found.values())

    def lookup_person(self, form: str) -> Actor | None:
        """The one person one of whose full names ``form`` spells: by :func:`name_key` for a name transliterated
        from another script ("Zelenskiy", "Poutine"), by :func:`spelling_key` for a name of a Latin-script
        country, where a vowel more or less is another person ("Emmanuel Macrin" is not Emmanuel Macron)."""
        ids = self._person_keys.get(name_key(form), set()) | self._person_spellings.get(spelling_key(form), set())
        return self._by_id[next(iter(ids))] if len(ids) == 1 else None

    def country(self, iso3: str) -> Actor | None:
        """The country itself: the LOC actor with role ``country`` for ``iso3``."""
        return self._countries.get(iso3)
