"""Check ``kb/data/actors.jsonl``: every line parses, ids are unique, countries are ISO 3166-1 alpha-3,
types, sectors and dates are valid; list aliases shared by two actors of the same type (look-ups of those
surfaces are ambiguous, which may be intended: "RSF", "Johnson").

    python -m wirewatch.kb.tools.validate_actors [PATH]    # exit 1 on errors; collisions are reported, not errors
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from wirewatch.kb.names import normalize
from wirewatch.kb.tools.build_countries import ACTOR_FILE, NON_ISO_CODES

TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
SECTORS = frozenset({"government", "military", "police", "legislature", "judiciary", "party", "media", "igo", "ngo",
                     "business", "rebels", "civilians", "religion", "sport"})
FIELDS = frozenset({"id", "name", "type", "gender", "country", "role", "sector", "aliases", "positions"})


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    collisions: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (type, alias) → actor ids
    overlaps: list[str] = field(default_factory=list)  # two holders of one office on the same day
    count: int = 0


def _valid_country(code: object) -> bool:
    return code is None or (isinstance(code, str) and (code in NON_ISO_CODES or
                                                       pycountry.countries.get(alpha_3=code) is not None))


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def check_row(row: dict[str, object], where: str) -> list[str]:
    """The problems of one actor row (an empty list when it is valid)."""
    problems = [f"{where}: unknown field {key!r}" for key in row if key not in FIELDS]
    for key in ("id", "name", "type"):
        if not isinstance(row.get(key), str) or not row[key]:
            problems.append(f"{where}: missing {key}")
    actor_id = str(row.get("id", ""))
    if "(" in str(row.get("name", "")):
        problems.append(f"{where}: name {row.get('name')!r} carries a disambiguation in parentheses (not a name)")
    if not (actor_id.startswith("ww:") or (actor_id.startswith("Q") and actor_id[1:].isdigit())):
        problems.append(f"{where}: id {actor_id!r} is neither a Wikidata id nor ww:<slug>")
    if row.get("type") not in TYPES:
        problems.append(f"{where}: type {row.get('type')!r}")
    if "gender" in row and (row["gender"] not in ("m", "f") or row.get("type") != "PER"):
        problems.append(f"{where}: gender {row['gender']!r} (m or f, for persons only)")
    if "sector" in row and row["sector"] not in SECTORS:
        problems.append(f"{where}: sector {row['sector']!r}")
    if not _valid_country(row.get("country")):
        problems.append(f"{where}: country {row.get('country')!r} is not ISO 3166-1 alpha-3")
    aliases = row.get("aliases", {})
    if not isinstance(aliases, dict) or not all(
            isinstance(forms, list) and all(isinstance(f, str) and f.strip() for f in forms)
            for forms in aliases.values()):
        problems.append(f"{where}: aliases must map a language to a list of non-empty strings")
    positions = row.get("positions", [])
    for pos in positions if isinstance(positions, list) else []:
        if not isinstance(pos, dict) or not pos.get("role"):
            problems.append(f"{where}: position without role")
            continue
        if not _valid_country(pos.get("country")):
            problems.append(f"{where}: position country {pos.get('country')!r}")
        try:
            start, end = _date(pos.get("start")), _date(pos.get("end"))
        except ValueError as exc:
            problems.append(f"{where}: position date: {exc}")
            continue
        if start and end and end < start:
            problems.append(f"{where}: position {pos['role']!r} ends before it starts")
    return problems


def validate(path: Path) -> Report:
    report = Report()
    seen_ids: dict[str, int] = {}
    by_alias: dict[tuple[str, str], set[str]] = defaultdict(set)
    offices: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            report.errors.append(f"{where}: not JSON: {exc}")
            continue
        if not isinstance(row, dict):
            report.errors.append(f"{where}: not an object")
            continue
        report.count += 1
        report.errors += check_row(row, where)
        actor_id = str(row.get("id"))
        if actor_id in seen_ids:
            report.errors.append(f"{where}: id {actor_id} already on line {seen_ids[actor_id]}")
        seen_ids[actor_id] = number
        forms = [str(row.get("name", ""))]
        for lang_forms in (row.get("aliases") or {}).values():
            forms += [str(f) for f in lang_forms]
        for key in {normalize(f) for f in forms} - {""}:
            by_alias[(str(row.get("type")), key)].add(actor_id)
        for pos in row.get("positions") or []:
            if isinstance(pos, dict):
                offices[(str(pos.get("role")), str(pos.get("country")))].append(
                    (_safe_date(pos.get("start"), dt.date.min), _safe_date(pos.get("end"), dt.date.max), actor_id))
    report.collisions = {key: ids for key, ids in by_alias.items() if len(ids) > 1}
    report.overlaps = _overlaps(offices)
    return report


def _safe_date(value: object, default: dt.date) -> dt.date:
    try:
        return _date(value) or default
    except ValueError:
        return default


def _overlaps(offices: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]]) -> list[str]:
    """Offices two different actors hold on the same day (``holder()`` then answers None)."""
    found = []
    for (role, country), terms in sorted(offices.items()):
        terms.sort()
        for (_, end_a, id_a), (start_b, _, id_b) in itertools.pairwise(terms):
            if id_a != id_b and start_b < end_a:
                found.append(f"{role!r} of {country}: {id_a} and {id_b} from {start_b}")
    return found


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ACTOR_FILE
    report = validate(path)
    for error in report.errors:
        print("ERROR", error)
    for (type_, alias), ids in sorted(report.collisions.items()):
        print(f"shared {type_} alias {alias!r}: {', '.join(sorted(ids))}")
    for overlap in report.overlaps:
        print("overlapping office", overlap)
    print(f"{report.count} actors, {len(report.errors)} errors, {len(report.collisions)} shared aliases, "
          f"{len(report.overlaps)} overlapping offices")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
