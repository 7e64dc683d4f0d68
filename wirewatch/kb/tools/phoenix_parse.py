"""Read the Phoenix actor dictionaries of PETRARCH-2 (``Phoenix.*.actors.txt``) into typed entries.

Format (``../shared/resources/README.md``): a name line with ``_`` between words, ``+alias`` lines, and code lines
``[CODE DATE-DATE]`` (CAMEO country + sector codes, dates YYMMDD; ``>D`` from D on, ``<D`` until D; codes may also
sit on the name line). ``#`` starts a comment.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^\d{6}$")
# CAMEO sector codes → the KB's sectors (kb/data/README.md); ELI ("elite") and unknown codes give none
SECTORS = {"GOV": "government", "MIL": "military", "REB": "rebels", "INS": "rebels", "UAF": "rebels",
           "IMG": "rebels", "SEP": "rebels", "OPP": "party", "PTY": "party", "COP": "police", "SPY": "government",
           "JUD": "judiciary", "LEG": "legislature", "MED": "media", "BUS": "business", "MNC": "business",
           "CVL": "civilians", "REL": "religion", "IGO": "igo", "NGO": "ngo", "HRI": "ngo"}
# codes that stand first in place of a country: their actors have no country
INTERNATIONAL = frozenset({"IGO", "NGO", "MNC", "IMG", "UNO", "---"})


@dataclass(frozen=True)
class CodeSpan:
    """One ``[CODE DATES]``: a country (when the code starts with one), a sector, and when it held."""

    code: str
    country: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None  # the first day it no longer held; None: open


@dataclass
class PhoenixEntry:
    name: str  # as written, words joined by "_"
    aliases: list[str] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)
    source: str = ""  # file:line of the name line


def parse_date(text: str) -> dt.date | None:
    """YYMMDD → a date (years up to 25 are 20YY: the files date from 2013–2014); anything else → None."""
    if not _DATE.match(text):
        return None
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    try:
        return dt.date(2000 + year if year <= 25 else 1900 + year, month, day)
    except ValueError:
        return None


def parse_code(body: str, countries: frozenset[str]) -> CodeSpan | None:
    """``TURGOV 021118-030314`` → CodeSpan(TUR, government, 2002-11-18, 2003-03-14)."""
    parts = body.split()
    if not parts or not parts[0].strip("-"):
        return None
    code = parts[0].upper()
    start = end = None
    if len(parts) > 1:
        dates = parts[1]
        if dates.startswith(">"):
            start = parse_date(dates[1:])
        elif dates.startswith("<"):
            end = parse_date(dates[1:])
        elif "-" in dates:
            first, _, last = dates.partition("-")
            start, end = parse_date(first), parse_date(last)
    country = code[:3] if code[:3] in countries else None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    sector = next((SECTORS[c] for c in chunks if c in SECTORS), None)
    return CodeSpan(code, country, sector, start, end)


def _clean(text: str) -> str:
    return text.strip().strip("_").strip()


def parse_file(path: Path, countries: frozenset[str]) -> list[PhoenixEntry]:
    """Every entry of one Phoenix actor file, in file order."""
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        codes = [c for body in _CODE.findall(line) if (c := parse_code(body, countries)) is not None]
        words = _CODE.sub(" ", line).strip()
        if words.startswith("+"):
            if current is not None:
                current.aliases.extend(a for part in words.split("+") if (a := _clean(part)))
        elif words and not raw[:1].isspace():
            current = PhoenixEntry(name=_clean(words), source=f"{path.name}:{number}")
            entries.append(current)
        if current is not None:
            current.codes.extend(codes)
    return [e for e in entries if e.name]
