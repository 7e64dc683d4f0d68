"""The gazetteer: an offline SQLite index of places with their names in many languages.

``Gazetteer.open(settings)`` opens the index cached in ``settings.data_dir`` and (re)builds it first when it is
missing or its sources changed (:mod:`wirewatch.kb.tools.gazetteer_build`). ``lookup(name)`` returns every place that
bears that name (case, accents and punctuation ignored); choosing among them is the resolver's job
(:mod:`wirewatch.nlp.places.component`).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from wirewatch.kb.names import normalize
from wirewatch.kb.tools.gazetteer_build import NAME_ALTERNATE, build_index, source_version
from wirewatch.records import Precision
from wirewatch.settings import Settings

INDEX_FILE = "gazetteer.sqlite"
PRECISION_OF_FEATURE: dict[str, Precision] = {
    "CONT": "country", "COUNTRY": "country", "RGN": "region", "ADM1": "region",
    "PPL": "city", "PPLC": "city", "LANDMARK": "point",
}
_COLUMNS = "p.id, p.geonames_id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.population"


@dataclass(frozen=True)
class GeoPlace:
    """One place of the gazetteer. ``feature``: CONT, COUNTRY, RGN, ADM1, PPLC, PPL or LANDMARK."""

    id: int
    geonames_id: int | None
    name: str
    feature: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # name of the first-level region holding it
    lat: float
    lon: float
    population: int

    @property
    def precision(self) -> Precision:
        return PRECISION_OF_FEATURE.get(self.feature, "city")

    @property
    def is_city(self) -> bool:
        return self.feature in ("PPL", "PPLC")


@dataclass(frozen=True)
class Candidate:
    """A place found under a name, and whether that name is its main name (rather than an alternate one)."""

    place: GeoPlace
    main_name: bool


class Gazetteer:
    """Read-only look-ups on the index; safe to share between threads (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._countries: dict[str, GeoPlace] | None = None
        self._regions: dict[str, tuple[tuple[GeoPlace, tuple[str, ...]], ...]] = {}

    @classmethod
    def open(cls, settings: Settings) -> Gazetteer:
        """The index in ``settings.data_dir``, built on first use and rebuilt when its sources changed."""
        return cls.at(Path(settings.data_dir) / INDEX_FILE)

    @staticmethod
    def needs_build(settings: Settings) -> bool:
        """Whether :meth:`open` will (re)build the index first (it takes 10–40 s)."""
        path = Path(settings.data_dir) / INDEX_FILE
        return not path.is_file() or _stored_version(path) != source_version()

    @classmethod
    def at(cls, path: Path) -> Gazetteer:
        if not path.is_file() or _stored_version(path) != source_version():
            build_index(path)
        return cls(path)

    def _connection(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place bearing ``name``, most populous first."""
        norm = normalize(name)
        if norm in self._cache:
            return self._cache[norm]
        rows = self._connection().execute(
            f"SELECT {_COLUMNS}, n.kind FROM name n JOIN place p ON p.id = n.place WHERE n.norm = ? "
            "ORDER BY p.population DESC LIMIT 50", (norm,)).fetchall()
        found = tuple(Candidate(GeoPlace(*row[:9]), row[9] != NAME_ALTERNATE or normalize(row[2]) == norm)
                      for row in rows)
        if len(self._cache) < 100_000:
            self._cache[norm] = found
        return found

    def country(self, iso3: str) -> GeoPlace | None:
        """The country with that ISO 3166-1 alpha-3 code."""
        if self._countries is None:
            rows = self._connection().execute(f"SELECT {_COLUMNS} FROM place p WHERE p.feature = 'COUNTRY'")
            self._countries = {r[4]: GeoPlace(*r) for r in rows}
        return self._countries.get(iso3)

    def regions_of(self, iso3: str) -> tuple[tuple[GeoPlace, tuple[str, ...]], ...]:
        """The first-level regions and named regions (ADM1, RGN) of a country, each with its normalised names.
        Every country's are read in one pass the first time (a query per country scans the place table)."""
        if not self._regions:
            names: dict[int, list[str]] = {}
            places: dict[int, GeoPlace] = {}
            for row in self._connection().execute(
                    f"SELECT {_COLUMNS}, n.norm FROM place p JOIN name n ON n.place = p.id "
                    "WHERE p.feature IN ('ADM1', 'RGN') ORDER BY p.population DESC"):
                places.setdefault(row[0], GeoPlace(*row[:9]))
                names.setdefault(row[0], []).append(row[9])
            by_country: dict[str, list[tuple[GeoPlace, tuple[str, ...]]]] = {}
            for pid, place in places.items():
                by_country.setdefault(place.country or "", []).append((place, tuple(names[pid])))
            self._regions = {country: tuple(regions) for country, regions in by_country.items()}
            self._regions.setdefault("", ())  # read: a store without regions is not read again
        return self._regions.get(iso3, ())

    def by_geonames_id(self, geonames_id: int) -> GeoPlace | None:
        row = self._connection().execute(
            f"SELECT {_COLUMNS} FROM place p WHERE p.geonames_id = ? LIMIT 1", (geonames_id,)).fetchone()
        return GeoPlace(*row) if row else None

    def size(self) -> tuple[int, int]:
        """(places, names) in the index."""
        con = self._connection()
        return (con.execute("SELECT count(*) FROM place").fetchone()[0],
                con.execute("SELECT count(*) FROM name").fetchone()[0])


def _stored_version(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None

