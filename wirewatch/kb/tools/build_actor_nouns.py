"""Grow ``lexicons/en/event_actor_nouns.tsv`` from PETRARCH-2's vetted agent nouns (Phoenix.agents.txt).

An agent noun names an actor without naming it ("nurses", "gunmen", "the judge"): the event layer takes it as a
source or a target, with the sector its Phoenix code gives (``~HLH`` health, ``~UAF`` armed groups …). Only
one-word entries are taken (the event layer looks nouns up by their lemma); the rows written by hand stay as
they are and win over generated ones; the generated rows carry their provenance (file:line, code) in the
``source`` column, and this script replaces only those.

    python -m wirewatch.kb.tools.build_actor_nouns            # rewrite the generated rows from the default list
    python -m wirewatch.kb.tools.build_actor_nouns --check    # exit 1 when the file is not up to date
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCE = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.agents.txt"
TARGET = Path(__file__).resolve().parents[2] / "lexicons" / "en" / "event_actor_nouns.tsv"
GENERATED = "Phoenix.agents.txt:"

# the first three letters of a Phoenix agent code → the event layer's sector
SECTORS = {
    "MIL": "military", "COP": "police", "GOV": "government", "REB": "rebels", "UAF": "rebels",
    "OPP": "opposition", "CVL": "civilians", "PPL": "civilians", "REF": "refugees", "LAB": "labor",
    "AGR": "agriculture", "EDU": "education", "MED": "media", "HLH": "health", "JUD": "judiciary",
    "LEG": "legislature", "BUS": "business", "CRM": "criminals", "SPY": "intelligence", "NGO": "ngo",
    "ENV": "environment", "ELI": "elites", "PTY": "party", "REL": "religious", "CHR": "religious",
    "MUS": "religious", "JEW": "religious", "HIN": "religious", "BUD": "religious",
}
ENTRY = re.compile(r"^([A-Z][A-Z'\-]*)\s*(?:\{[^}]*\}\s*)?\[~([A-Z]{3})[A-Z]*\]")


def singular(word: str) -> str:
    """The lemma the tagger gives a plural agent noun ("gunmen" → "gunman", "soldiers" → "soldier")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def parse_agents(text: str, source_name: str) -> list[tuple[str, str, str]]:
    """(lemma, sector, provenance) for each one-word agent noun, first entry of a lemma kept."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        match = ENTRY.match(raw.strip())
        if match is None:
            continue
        word, code = match.group(1).lower(), match.group(2)
        sector = SECTORS.get(code)
        lemma = singular(word)
        if sector is None or lemma in seen:
            continue
        seen.add(lemma)
        rows.append((lemma, sector, f"{source_name}:{number} ~{code}"))
    return rows


def render(current: str, agents: list[tuple[str, str, str]]) -> str:
    """The file with its hand-written rows as they are, then the generated rows of lemmas they lack."""
    kept = [line for line in current.splitlines() if GENERATED not in line]
    by_hand = {line.split("\t")[0] for line in kept if line and not line.startswith("#")}
    generated = [f"{lemma}\t{sector}\t{lemma}\t{source}" for lemma, sector, source in agents if lemma not in by_hand]
    return "\n".join(kept + generated) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    current = TARGET.read_text(encoding="utf-8")
    text = render(current, parse_agents(args.source.read_text(encoding="utf-8", errors="replace"),
                                        args.source.name))
    if args.check:
        if current != text:
            print(f"{TARGET} is not up to date: run python -m wirewatch.kb.tools.build_actor_nouns")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET}: {text.count(GENERATED)} generated rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
