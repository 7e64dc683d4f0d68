"""Build the event trigger data from the PETRARCH-2 CAMEO verb dictionary and the CAMEO → PLOVER table.

    python -m wirewatch.kb.tools.build_event_triggers [--resources ../shared/resources] [--readme]

Writes, under ``wirewatch/``:
- ``lexicons/en/event_triggers_cameo.tsv``: every CAMEO verb block whose codes map to a PLOVER type, its verbs
  and its patterns' object, preposition, particle and subject constraints (``requires``), with a provenance
  header. Verbs of the hand file (``event_triggers.tsv``) or of the class files keep their hand entries only
  (hand entries keep precedence), but for the verbs ``lexicons/en/cameo_kept_verbs.tsv`` names, whose hand rows
  add a reading or block a sense.
- ``lexicons/en/event_silencers.tsv``: Phoenix's discard phrases (sports, "years ago" background, disasters …)
  as sentence-level discards, with the types they silence.
  Rows named in ``lexicons/en/cameo_overrides.tsv`` are dropped, retyped or narrowed there, each with its reason.
- ``nlp/events/cameo_plover.tsv``: the CAMEO → PLOVER table the class files are checked against at test time.
It checks ``lexicons/<lang>/event_triggers_classes.tsv`` (triggers written class by class from the CAMEO
categories, French and English) against the table, prints entry counts per PLOVER type, and with ``--readme``
writes them into ``lexicons/README.md``. The runtime never reads ``../shared``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

from wirewatch import lexicons
from wirewatch.kb.tools.cameo_overrides import apply_overrides, read_overrides
from wirewatch.kb.tools.cameo_verb_patterns import PloverClass, parse_cameo_plover, parse_dictionary, plover_of
from wirewatch.kb.tools.event_trigger_rows import BLOCKED, Generated, Row, generate, role

PACKAGE = Path(__file__).resolve().parents[2]
REPO = PACKAGE.parent
DEFAULT_RESOURCES = REPO.parent / "shared" / "resources"
PETRARCH = "openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf"
PLOVER = "openeventdata/PLOVER @ 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"
# The PLOVER codebook (PLOVER_MANUAL.tex, SANCTION: "International (political or economic) sanctions are coded as
# 'discontinue'") and the project's contract code sanctions and embargoes as SANCTION; the 2021 table's line
# "163: COERCE, restrict" is overridden.
OVERRIDES = {"163": PloverClass("SANCTION", "")}
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
YEAR = re.compile(r"^\d{4}$")
TRIGGER_COLUMNS = ("lemma", "pos", "type", "mode", "cameo", "weight", "requires", "notes")


def read_modes(path: Path) -> frozenset[str]:
    modes = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#"):
            modes.add(cells[1].strip())
    return frozenset(m for m in modes if m)


def read_rows(path: Path) -> list[dict[str, str]]:
    """A TSV lexicon's rows (the same reading as :func:`wirewatch.lexicons.read_tsv`, on any path)."""
    return lexicons.tsv_rows(path.read_text(encoding="utf-8")) if path.is_file() else []


def hand_verbs(lexicon_dir: Path) -> frozenset[str]:
    """Verbs with hand readings: every verb of the hand file but those ``cameo_kept_verbs.tsv`` names (their hand
    rows add a reading or block a sense: "took hostage", "beat him in the primary"), and the class file's verbs
    it reads alone (its conditional readings, "take to the streets", leave the verb's CAMEO patterns in place)."""
    kept = {row["lemma"].lower() for row in read_rows(lexicon_dir / "en" / "cameo_kept_verbs.tsv")}
    hand = {row["lemma"].lower() for row in read_rows(lexicon_dir / "en" / "event_triggers.tsv")
            if row.get("pos") == "VERB"} - kept
    hand |= {row["lemma"].lower() for row in read_rows(lexicon_dir / "en" / "event_triggers_classes.tsv")
             if row.get("pos") == "VERB" and not row.get("requires")}
    return frozenset(hand)


def casualty_verbs(lexicon_dir: Path) -> frozenset[str]:
    """Verbs that report a toll ("injured", "died": ``event_casualties.tsv``): alone they tell no act."""
    return frozenset(row["lemma"].lower() for row in read_rows(lexicon_dir / "en" / "event_casualties.tsv")
                     if row.get("pos") == "VERB")


def keep_generated(row: Row, covered: frozenset[str], casualties: frozenset[str]) -> bool:
    """A verb the hand lists cover keeps its hand readings: CAMEO's patterns for it ("arrest" + protesters →
    violent repression) would come before them and retype the act. A toll verb is kept only with a condition."""
    return row.lemma not in covered and (row.lemma not in casualties or bool(row.conditions))


def provenance(command: str, what: str) -> list[str]:
    return [
        f"# {what}",
        f"# Generated by wirewatch/kb/tools/build_event_triggers.py on {dt.date.today().isoformat()}: {command}",
        f"# From {PETRARCH}, file CAMEO.2.0.txt (MIT License, Open Event Data Alliance), and",
        f"# {PLOVER}, file CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); 163 (sanctions) → SANCTION as in PLOVER_MANUAL.tex.",
        "# Do not edit: change the build script or the hand files (event_triggers.tsv, event_triggers_classes.tsv).",
    ]


def trigger_lines(rows: list[Row], command: str) -> list[str]:
    header = [
        *provenance(command, "Event triggers generated from the CAMEO verb dictionary (PETRARCH-2)."),
        "# Columns as in event_triggers.tsv; type '-' marks a pattern CAMEO codes as no event ([---]): it blocks",
        "# the verb's other readings. notes: the CAMEO block and line the row comes from.",
        "\t".join(TRIGGER_COLUMNS),
    ]
    body = ["\t".join((r.lemma, "VERB", r.type, r.mode, r.cameo, f"{r.weight:g}", r.requires, r.note))
            for r in rows]
    return header + body


# a sports or entertainment phrase makes force words figures of speech ("fought back", "captured the title"); a
# protest or a meeting near it stays one (nlp/events/silencing.py applies them type by type)
FIGURATIVE_TYPES = "ASSAULT|COERCE|THREATEN|MOBILIZE|SANCTION|RETREAT"


def is_natural(phrase: str) -> bool:
    """A discard naming a disaster, a disease or an accident silences violence only: the army sent after a flood
    is an event, "the flood killed 20" is no assault."""
    return any(word in phrase for word in role("natural"))


def is_background(phrase: str) -> bool:
    """A retelling ("years ago", "world war ii") silences the clause it is in, not the sentence's other acts."""
    padded = f" {phrase} "
    return any(f" {word} " in padded for word in role("background"))


def discard_lines(text: str, command: str) -> tuple[list[str], Counter[str]]:
    kept: dict[str, tuple[str, str]] = {}
    skipped: Counter[str] = Counter()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        phrase = " ".join(line.lstrip("+").replace("_", " ").lower().split())
        if YEAR.match(phrase):
            skipped["bare year"] += 1
            continue
        background = is_background(phrase)
        types = "ASSAULT" if is_natural(phrase) else "*" if background else FIGURATIVE_TYPES
        kept[phrase] = (types, "clause" if background else "sentence")
    lines = provenance(command, "Discard phrases: a sentence holding one is not coded (Phoenix.discards.txt).") + [
        "# Columns: phrase (lowercase words, matched as whole words), types (the event types it silences: * = all;",
        "# sports and the like silence only force words, a protest near a stadium stays one),",
        "# scope (sentence, or clause: only acts told in the phrase's own clause, \"imposed years ago\" in a relative",
        "# clause leaves the main act coded). Story-level discards (+) apply to their sentence only; bare years",
        "# (1914-1993) are left out.",
        "phrase\ttypes\tscope",
    ] + [f"{phrase}\t{types}\t{scope}" for phrase, (types, scope) in sorted(kept.items())]
    return lines, skipped


def check_classes(lexicon_dir: Path, table: dict[str, PloverClass]) -> list[str]:
    """Every row of ``<lang>/event_triggers_classes.tsv`` names a CAMEO code whose PLOVER type is its type."""
    errors = []
    for path in sorted(lexicon_dir.glob("*/event_triggers_classes.tsv")):
        for row in read_rows(path):
            plover = plover_of(row.get("cameo", ""), table)
            if plover is None or plover.type != row.get("type"):
                errors.append(f"{path.parent.name}: {row.get('lemma')} {row.get('cameo')!r} is "
                              f"{plover.type if plover else 'no PLOVER type'}, not {row.get('type')}")
    return errors


def check_discards(lexicon_dir: Path, english: set[str]) -> list[str]:
    """Every discard phrase written for another language names the English Phoenix phrase it comes from."""
    return [f"{path.parent.name}: discard {row.get('phrase')!r} names {row.get('from')!r}, not a Phoenix phrase"
            for path in sorted(lexicon_dir.glob("*/event_silencers.tsv")) if path.parent.name != "en"
            for row in read_rows(path) if row.get("from", "").lower() not in english]


def counts_table(generated: list[Row], lexicon_dir: Path) -> list[str]:
    def by_type(rows: list[dict[str, str]]) -> Counter[str]:
        return Counter(r.get("type", "") for r in rows)

    cameo = Counter(r.type for r in generated if r.type != BLOCKED)
    cameo_verbs = {t: len({r.lemma for r in generated if r.type == t}) for t in TYPES}
    en_hand = by_type(read_rows(lexicon_dir / "en" / "event_triggers.tsv"))
    en_class = by_type(read_rows(lexicon_dir / "en" / "event_triggers_classes.tsv"))
    fr_hand = by_type(read_rows(lexicon_dir / "fr" / "event_triggers.tsv"))
    fr_rows = read_rows(lexicon_dir / "fr" / "event_triggers_classes.tsv")
    fr_class = by_type(fr_rows)
    classes: dict[str, set[str]] = {}
    for row in fr_rows:
        classes.setdefault(row["type"], set()).add(row["cameo"])
    lines = ["| type | en CAMEO rows (verbs) | en hand | en classes | fr hand | fr classes | fr CAMEO classes |",
             "|---|---|---|---|---|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | {cameo[t]} ({cameo_verbs[t]}) | {en_hand[t]} | {en_class[t]} | {fr_hand[t]} | "
                     f"{fr_class[t]} | {', '.join(sorted(classes.get(t, set())))} |")
    lines.append(f"| total | {sum(cameo.values())} | {sum(en_hand.values())} | {sum(en_class.values())} | "
                 f"{sum(fr_hand.values())} | {sum(fr_class.values())} | |")
    return lines


def summary(tally: Generated, kept: int, blocked: int, dropped: int, skipped: Counter[str]) -> list[str]:
    out = [f"CAMEO blocks with a PLOVER type: {tally.blocks_used}; pattern lines read: {tally.patterns}; rows "
           f"written: {kept} (of which {blocked} blocking); left to hand entries: {dropped}; summarised "
           f"patterns (extra words dropped): {tally.summarised}"]
    out += [f"left out: {reason}: {n}" for reason, n in tally.left_out.most_common()]
    out += [f"discards left out: {reason}: {n}" for reason, n in skipped.items()]
    return out


def write_readme(readme: Path, table: list[str], notes: list[str]) -> None:
    start, end = "<!-- event-trigger-counts:start -->", "<!-- event-trigger-counts:end -->"
    block = "\n".join([start, *table, "", *[f"- {n}" for n in notes], end])
    text = readme.read_text(encoding="utf-8")
    if start in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n## Event trigger counts (build_event_triggers.py)\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=Path, default=DEFAULT_RESOURCES)
    parser.add_argument("--out", type=Path, default=PACKAGE, help="the wirewatch package folder to write into")
    parser.add_argument("--readme", action="store_true", help="write the counts into lexicons/README.md")
    args = parser.parse_args(argv)
    command = "python -m wirewatch.kb.tools.build_event_triggers" + (" --readme" if args.readme else "")
    lexicon_dir = args.out / "lexicons"
    dictionary = parse_dictionary((args.resources / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8"))
    table = parse_cameo_plover((args.resources / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"))
    table.update(OVERRIDES)
    tally = generate(dictionary, table, read_modes(args.out / "nlp" / "events" / "plover.tsv"))
    covered = hand_verbs(lexicon_dir)
    casualties = casualty_verbs(lexicon_dir)
    rows = [r for r in tally.rows if keep_generated(r, covered, casualties)]
    left_to_hand = len(tally.rows) - len(rows)
    rows, overridden = apply_overrides(rows, read_overrides())  # lexicons/en/cameo_overrides.tsv, with reasons
    (lexicon_dir / "en" / "event_triggers_cameo.tsv").write_text(
        "\n".join(trigger_lines(rows, command)) + "\n", encoding="utf-8")
    discards, skipped = discard_lines(
        (args.resources / "petrarch2" / "Phoenix.discards.txt").read_text(encoding="utf-8"), command)
    (lexicon_dir / "en" / "event_silencers.tsv").write_text("\n".join(discards) + "\n", encoding="utf-8")
    (args.out / "nlp" / "events" / "cameo_plover.tsv").write_text("\n".join(
        provenance(command, "CAMEO code → PLOVER type and mode (CAMEO2PLOVER-2021.txt).")
        + ["cameo\ttype\tmode"] + [f"{code}\t{c.type}\t{c.mode}" for code, c in sorted(table.items())]) + "\n",
        encoding="utf-8")
    english = {line.split("\t", 1)[0] for line in discards if line and not line.startswith("#")}
    errors = check_classes(lexicon_dir, table) + check_discards(lexicon_dir, english)
    counts = counts_table(rows, lexicon_dir)
    notes = summary(tally, len(rows), sum(r.type == BLOCKED for r in rows), left_to_hand, skipped)
    notes += [f"overridden (cameo_overrides.tsv): {action}: {n}" for action, n in sorted(overridden.items())]
    print("\n".join([*counts, "", *notes]))
    if args.readme:
        write_readme(lexicon_dir / "README.md", counts, notes)
    for error in errors:
        print(f"class file error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
