"""Whether one event place holds another: a first-level region and a town or village in it ("the village of X
in the Y region", then "the Y region was hit"), from the offline gazetteer's first-level region of each place.

A town's gazetteer row names its region (``GeoPlace.admin1``), and a region's row names itself the same way,
so a region holds a place when both are of one country and their rows name the same region. Each place is
found under its name among the gazetteer's places of its country (of its kind, and at its coordinates when it
has them); a name that finds none holds or is held by nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from wirewatch.kb.gazetteer import Gazetteer, GeoPlace
from wirewatch.records import EventPlace

Contains = Callable[[EventPlace, EventPlace], bool]  # (wider, narrower) → the wider place holds the narrower
NEAR_DEGREES = 0.1  # a gazetteer row at the place's coordinates, to the precision records keep them


class RegionContainment:
    """``contains(region, place)``: the region is the first-level region the town, village or site is in."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, wider: EventPlace, narrower: EventPlace) -> bool:
        if wider.country is None or wider.country != narrower.country or wider.precision != "region" \
                or narrower.precision not in ("city", "point"):
            return False
        region, place = self.row(wider, region=True), self.row(narrower, region=False)
        return region is not None and place is not None and region.admin1 is not None \
            and region.admin1 == place.admin1

    def row(self, place: EventPlace, region: bool) -> GeoPlace | None:
        """The gazetteer's row of the place: of its country and kind, at its coordinates when it has them."""
        for candidate in self.gazetteer.lookup(place.name):
            row = candidate.place
            if row.country != place.country or (row.feature == "ADM1") != region:
                continue
            if not region and row.feature not in ("PPL", "PPLC", "LANDMARK"):
                continue
            if place.lat is not None and place.lon is not None and (
                    abs(row.lat - place.lat) > NEAR_DEGREES or abs(row.lon - place.lon) > NEAR_DEGREES):
                continue
            return row
        return None


def region_containment(gazetteer: Gazetteer | None) -> Contains | None:
    """The containment test over ``gazetteer``; None without one (no place then holds another but a country)."""
    return RegionContainment(gazetteer) if gazetteer is not None else None
