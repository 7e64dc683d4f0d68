"""The language knowledge of the date tagger, read from ``lexicons/<lang>/timex_words.tsv`` and ``timex_rules.json``.

One mechanism for every language: a rule is a regular expression written with placeholders for word classes
(``{month}``, ``{weekday}``, ``{rel}`` …, each a column-``class`` group of ``timex_words.tsv``) and built-in
number shapes (``{day}``, ``{year}``, ``{hour}``, ``{minute}``); a second use of a class in one pattern is written
``{month2}``. Each rule names the *kind* of normalisation it needs (see :mod:`wirewatch.nlp.dates.resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wirewatch.lexicons import read_json, read_tsv
from wirewatch.nlp.dates.gate import RULE_PREFIX, StartGate, build_gate

_PLACEHOLDER = re.compile(r"\{([a-z_]+?)(2?)\}")
_BUILTIN = {
    "day": r"(?:3[01]|[12]\d|0?[1-9])",
    "year": r"(?:1[6-9]|20)\d\d",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
}


class TimexLexiconError(ValueError):
    """A rule file refers to a word class that the word file does not define, or a pattern does not compile."""


@dataclass(frozen=True)
class TimexRule:
    name: str
    kind: str
    regex: re.Pattern[str]
    params: dict[str, Any] = field(default_factory=dict)
    capitalized: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimexLexicon:
    """Word classes (surface form → value) and compiled rules of one language."""

    lang: str
    words: dict[str, dict[str, str]]
    rules: tuple[TimexRule, ...]
    numeric_order: str = "dmy"
    cue_sets: dict[str, frozenset[str]] = field(default_factory=dict)
    gate: StartGate | None = None  # where any rule may start (see gate.py); None: each rule scans the text

    def value(self, word_class: str, surface: str) -> str | None:
        """The value of a matched word of ``word_class`` (case, blanks and apostrophes normalised)."""
        return self.words.get(word_class, {}).get(normalise_surface(surface))

    def cues(self, cue: str) -> frozenset[str]:
        """Words of class ``cue`` whose value is ``cue`` (``future_aux``, ``deadline``, ``limit``, ``past``)."""
        return self.cue_sets.get(cue, frozenset())


def normalise_surface(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.strip().lower().replace("’", "'"))


def _word_regex(word: str) -> str:
    parts = [re.escape(p) for p in word.split(" ")]
    return r"\s+".join(parts).replace("'", "['’]")


def _class_regex(words: dict[str, str]) -> str:
    return "|".join(_word_regex(w) for w in sorted(words, key=len, reverse=True))


def _expand(pattern: str, words: dict[str, dict[str, str]], suffixes: str) -> str:
    def sub(match: re.Match[str]) -> str:
        name, second = match.group(1), match.group(2)
        group = f"{name}{second}"
        if name == "day":
            suffix = f"(?:{suffixes})?" if suffixes else ""
            return f"(?P<{group}>{_BUILTIN['day']}){suffix}"
        if name in _BUILTIN:
            return f"(?P<{group}>{_BUILTIN[name]})"
        if name not in words:
            raise TimexLexiconError(f"unknown word class {{{name}}} in a timex rule")
        return f"(?P<{group}>{_class_regex(words[name])})"

    return _PLACEHOLDER.sub(sub, pattern)


def load_timex_lexicon(lang: str) -> TimexLexicon:
    """Read and compile the date rules of ``lang`` (empty when the language has no timex files)."""
    words: dict[str, dict[str, str]] = {}
    for row in read_tsv(lang, "timex_words.tsv"):
        words.setdefault(row["class"], {})[normalise_surface(row["word"])] = row["value"]
    if "num" not in words and "number" in words:
        words["num"] = words["number"]
    suffixes = _class_regex(words.get("day_suffix", {}))
    spec = read_json(lang, "timex_rules.json") or {}
    rules = []
    for item in spec.get("rules", []):
        source = _expand(item["pattern"], words, suffixes)
        try:
            regex = re.compile(rf"{RULE_PREFIX}{source}(?!\w)", re.IGNORECASE)
        except re.error as exc:
            raise TimexLexiconError(f"{lang} timex rule {item['name']}: {exc}") from exc
        rules.append(TimexRule(item["name"], item["kind"], regex, dict(item.get("params", {})),
                               tuple(item.get("capitalized", ()))))
    cue_sets: dict[str, set[str]] = {}
    for word, cue in words.get("cue", {}).items():
        cue_sets.setdefault(cue, set()).add(word)
    return TimexLexicon(lang, words, tuple(rules), spec.get("numeric_order", "dmy"),
                        {cue: frozenset(found) for cue, found in cue_sets.items()},
                        build_gate([rule.regex for rule in rules]))
