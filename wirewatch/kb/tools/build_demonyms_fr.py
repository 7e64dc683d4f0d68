"""Generate the marked section of ``lexicons/fr/demonyms.tsv`` from PETRARCH-2's Phoenix.Countries.actors.txt.

A country block of that file ("GABON_  [GAB]") lists aliases, among them, for some countries, a French adjective
("+GABONAISE_"). The list also holds cities, regions, German names and misplaced aliases ("ARMENIEN" under
Argentina), so an alias is read as a French demonym of its block's country only when:

- it is one word ending in -ais/-aise/-aises or -ois/-oise/-oises (endings no English or German country name
  has; -ien/-ienne and -ain/-aine are left out: "Belgien", "Tschechien" are German names, "Bahrain" an English
  one);
- it begins with the country's name's first four letters ("GABON" -> "GABONAISE"; "CALAIS" under France and
  "MARTINIQUAIS" under the Marshall Islands are left out).

Each accepted alias gives its gender and number family (gabonais, gabonaise, gabonaises), lowercase, unless a
hand row above the marker has the form (hand rows win). Each row names its source line.

    python -m wirewatch.kb.tools.build_demonyms_fr                 # from ../shared/resources/petrarch2
    python -m wirewatch.kb.tools.build_demonyms_fr --source PATH
    python -m wirewatch.kb.tools.build_demonyms_fr --check         # exit 1 when the file is not up to date
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from wirewatch.kb.tools.build_demonyms import MARKER as EN_MARKER
from wirewatch.kb.tools.build_demonyms import hand_part
from wirewatch.kb.tools.generated_file import write_or_check
from wirewatch.lexicons import tsv_rows

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCE = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.Countries.actors.txt"
TARGET = Path(__file__).resolve().parents[2] / "lexicons" / "fr" / "demonyms.tsv"
COUNTRY_LINE = re.compile(r"^([A-Z][A-Z_'\-]*?)_?\s+\[([A-Z]{3})\]\s*$")
ALIAS_LINE = re.compile(r"^\+([A-Z][A-Z'\-]*)_?$")
ADJECTIVE = re.compile(r"^(?P<stem>[a-z]{4,})(?P<vowel>a|o)is(?:e|es)?$")
MARKER = EN_MARKER.replace("build_demonyms.py", "build_demonyms_fr.py")
SECTION_HEADER = ("# French demonyms read from the country blocks of PETRARCH-2's Phoenix.Countries.actors.txt (MIT, "
                  "Open Event Data\n# Alliance), each with its gender and number forms; source: the alias's line.\n")


@dataclass(frozen=True)
class Demonym:
    form: str
    iso3: str
    source: str


def family(alias: str) -> list[str]:
    """The masculine, feminine and feminine plural of a French -ais/-ois adjective; [] for any other word."""
    match = ADJECTIVE.match(alias.lower())
    if match is None:
        return []
    base = match["stem"] + match["vowel"] + "is"
    return [base, base + "e", base + "es"]


def generate(text: str, source_name: str, hand_forms: set[str]) -> list[Demonym]:
    rows: dict[str, Demonym] = {}
    country: tuple[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if (head := COUNTRY_LINE.match(line)) is not None:
            country = (head[1].replace("_", ""), head[2])
            continue
        if not line or line[:1].isspace():
            continue  # code lines of the entry above
        if not line.startswith("+"):
            country = None  # an actor entry ends the block's aliases
            continue
        alias = ALIAS_LINE.match(line.strip())
        if country is None or alias is None or not alias[1].startswith(country[0][:4]):
            continue
        for form in family(alias[1]):
            if form not in hand_forms:
                rows.setdefault(form, Demonym(form, country[1], f"{source_name}:{number}"))
    return list(rows.values())


def render(hand: str, rows: list[Demonym]) -> str:
    return hand + "\n" + MARKER + "\n" + SECTION_HEADER + "".join(f"{d.form}\t{d.iso3}\t\t{d.source}\n" for d in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    hand = hand_part(TARGET.read_text(encoding="utf-8"), MARKER)
    hand_forms = {r["form"].lower() for r in tsv_rows(hand) if r.get("form")}
    rows = generate(args.source.read_text(encoding="utf-8", errors="replace"), args.source.name, hand_forms)
    text = render(hand, rows)
    return write_or_check(TARGET, text, "python -m wirewatch.kb.tools.build_demonyms_fr", args.check,
                          f"{len(rows)} generated rows")


if __name__ == "__main__":
    sys.exit(main())
