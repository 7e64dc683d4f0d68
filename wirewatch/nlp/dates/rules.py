"""Finding temporal expressions: every rule of the language over the text, longest non-overlapping matches kept."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.nlp.dates.gate import gated_matches
from wirewatch.nlp.dates.lexicon import TimexLexicon, TimexRule


@dataclass(frozen=True)
class TimexMatch:
    """One matched expression: its character span, the rule that found it and the text of its named groups."""

    start: int
    end: int
    text: str
    rule: TimexRule
    groups: dict[str, str]

    @property
    def kind(self) -> str:
        return self.rule.kind


def _capitalised(rule: TimexRule, groups: dict[str, str]) -> bool:
    """English month and weekday names only count when capitalised ("May", not the verb "may")."""
    return all(groups[name][:1].isupper() for name in rule.capitalized if groups.get(name))


def find_expressions(text: str, lexicon: TimexLexicon) -> list[TimexMatch]:
    """All expressions of ``text``, in text order; where matches overlap the longest wins (then the earlier rule)."""
    candidates: list[tuple[int, int, int, TimexMatch]] = []
    starts = lexicon.gate.starts(text) if lexicon.gate is not None else None
    for order, rule in enumerate(lexicon.rules):
        found = rule.regex.finditer(text) if starts is None else gated_matches(rule.regex, text, starts)
        for m in found:
            if m.end() <= m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if not _capitalised(rule, groups):
                continue
            match = TimexMatch(m.start(), m.end(), m.group(0), rule, groups)
            candidates.append((-(m.end() - m.start()), order, m.start(), match))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[TimexMatch] = []
    occupied: list[tuple[int, int]] = []
    for _, _, _, match in candidates:
        if any(match.start < e and s < match.end for s, e in occupied):
            continue
        taken.append(match)
        occupied.append((match.start, match.end))
    return sorted(taken, key=lambda m: m.start)
