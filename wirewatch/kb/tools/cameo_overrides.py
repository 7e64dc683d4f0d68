"""Corrections of generated CAMEO rows, each with its reason (``lexicons/en/cameo_overrides.tsv``, build input).

A CAMEO pattern can read a verb out of context ("kick off" as the opening of talks, whatever is kicked off;
"surround a house" as a concession), or code an act that the PLOVER codebook types otherwise (a resignation is
RETREAT, mode resign, where CAMEO 0831 maps to CONCEDE). An override names the generated row by its verb, its
CAMEO code and its ``requires`` cell (``*``: any), and either drops it (``drop``), retypes it (``type``, value
``TYPE`` or ``TYPE/mode``; the CAMEO code is then left to the runtime's table) or narrows its conditions
(``requires``, value a ``requires`` cell). The row keeps its CAMEO provenance and gains the override's reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from wirewatch import lexicons
from wirewatch.kb.tools.event_trigger_rows import Condition, Row

ACTIONS = frozenset({"drop", "type", "requires"})


@dataclass(frozen=True)
class Override:
    lemma: str
    cameo: str
    requires: str  # the generated row's requires cell, or "*"
    action: str
    value: str
    reason: str

    def matches(self, row: Row) -> bool:
        return row.lemma == self.lemma and row.cameo == self.cameo and self.requires in ("*", row.requires)


def read_overrides(lang: str = "en") -> list[Override]:
    out = []
    for row in lexicons.read_tsv(lang, "cameo_overrides.tsv"):
        action = row["action"].strip()
        if action not in ACTIONS:
            raise ValueError(f"cameo_overrides.tsv: unknown action {action!r} for {row['lemma']}")
        out.append(Override(row["lemma"].strip().lower(), row["cameo"].strip(), row.get("requires", "").strip() or "*",
                            action, row.get("value", "").strip(), row.get("reason", "").strip()))
    return out


def parse_conditions(cell: str) -> tuple[Condition, ...]:
    """``obj:a|b;prt:off`` → conditions (the grammar of :meth:`Condition.cell`)."""
    out = []
    for part in (p.strip() for p in cell.split(";") if p.strip()):
        kind, _, words = part.partition(":")
        prep = ""
        if kind == "pp":
            prep, _, words = words.partition("=")
        out.append(Condition(kind, prep, frozenset(w for w in words.split("|") if w)))
    return tuple(out)


def apply_overrides(rows: list[Row], overrides: list[Override]) -> tuple[list[Row], Counter[str]]:
    """The rows with every override applied, and how many rows each action changed. The overrides that name a
    generated row apply in file order (a row may be narrowed, then retyped); a drop ends them."""
    changed: Counter[str] = Counter()
    out = []
    for row in rows:
        matching = [o for o in overrides if o.matches(row)]
        for override in matching:
            changed[override.action] += 1
            note = f"{row.note}; override: {override.reason}"
            if override.action == "drop":
                break
            if override.action == "type":
                event_type, _, mode = override.value.partition("/")
                row = replace(row, type=event_type, mode=mode, cameo="", note=note)
            else:
                row = replace(row, conditions=parse_conditions(override.value), note=note)
        else:
            out.append(row)
    return out, changed
