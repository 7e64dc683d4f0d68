"""Where can a date rule start? One scan of the text instead of one per rule.

Running each of the ~40 rule regexes over the whole text costs one scan per rule. The gate is one regex — the
alternation of every rule, with its groups made non-capturing and its back-references widened — scanned once; each
rule then runs only at the positions the gate found. That gives exactly the matches of ``rule.finditer(text)``:
a rule can only match where the gate does, and ``regex.match(text, pos)`` at such a position is the match the
scan would have found there.

When every rule is written in lower case (the lexicon words are lower-cased when read), the gate runs without
IGNORECASE over ``text.lower()``, about twice as fast, whenever that is the same thing: lowering keeps every
character in place and no character of the text has a case-insensitive equivalent beyond its plain lower case
("ſ", dotless "ı", final "ς"). Other texts use the case-insensitive gate over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

RULE_PREFIX = r"(?<![\w\-])"  # every rule starts at the start of a word (see lexicon.py)
_ANY_TEXT = r"[\s\S]*?"  # what a back-reference can match, at the least
_INLINE_FLAG_LETTERS = frozenset("aiLmsux-")
_CODED_ESCAPES = frozenset("xuUN0")  # characters written by their code: their case is not checked here
_MAX_RANGE = 0x3000  # longer character ranges are not checked character by character


@lru_cache(maxsize=4096)
def plain_lower(char: str) -> bool:
    """Is ``char`` lower case (or caseless) with no case-insensitive equivalent other than its upper case?"""
    return char.lower() == char and char.upper().lower() == char


def _plain_lowered_text(lowered: str) -> bool:
    return lowered.isascii() or all(plain_lower(c) for c in set(lowered))


@dataclass
class _Scan:
    """A rule's source rewritten for the gate, and whether it only names plain lower-case characters."""

    out: list[str]
    lower_only: bool = True

    def literal(self, char: str) -> None:
        if char.isalpha() and not plain_lower(char):
            self.lower_only = False

    def char_range(self, first: str, last: str) -> None:
        if ord(last) - ord(first) > _MAX_RANGE:
            self.lower_only = False
            return
        for code in range(ord(first), ord(last) + 1):
            self.literal(chr(code))


def _escape(source: str, i: int, scan: _Scan, in_class: bool) -> int | None:
    """Copy the escape at ``source[i]`` (a backslash); return the index after it, or None when unsupported."""
    if i + 1 >= len(source):
        return None
    char = source[i + 1]
    if not in_class and char in "123456789":
        j = i + 2
        while j < len(source) and j < i + 3 and source[j].isdigit():
            j += 1
        if j < len(source) and source[j] in "01234567" and source[i + 1:j].isdigit() and j - i == 3:
            return None  # three digits: an octal escape, not a back-reference
        scan.out.append(_ANY_TEXT)
        return j
    if char in _CODED_ESCAPES or char in "123456789":
        scan.lower_only = False
    elif not (char.isascii() and char.isalpha()):  # \d, \s, \w, \b …: no case; anything else is itself
        scan.literal(char)
    scan.out.append(source[i:i + 2])
    return i + 2


def _group_opening(source: str, i: int, scan: _Scan) -> int | None:
    """Copy the group opening at ``source[i]`` (a parenthesis) as a non-capturing one; None when unsupported."""
    rest = source[i + 1:i + 4]
    if rest.startswith("?P<"):
        scan.out.append("(?:")
        return source.index(">", i) + 1
    if rest.startswith("?P="):
        scan.out.append(_ANY_TEXT)
        return source.index(")", i) + 1
    if rest.startswith("?("):
        return None  # a conditional group refers to a group the gate no longer has
    if rest.startswith("?") and rest[1:2] in _INLINE_FLAG_LETTERS:
        return None  # inline flags would change the other rules or the case of the gate
    if not rest.startswith("?"):
        scan.out.append("(?:")
        return i + 1
    scan.out.append("(")
    return i + 1


def _character_class(source: str, i: int, scan: _Scan) -> int | None:
    """Copy the character class opening at ``source[i]``; return the index after its closing bracket."""
    scan.out.append("[")
    i += 1
    if source.startswith("^", i):
        scan.out.append("^")
        i += 1
    first = True
    while i < len(source):
        char = source[i]
        if char == "]" and not first:
            scan.out.append("]")
            return i + 1
        first = False
        if char == "\\":
            after = _escape(source, i, scan, in_class=True)
            if after is None:
                return None
            i = after
            continue
        if i + 2 < len(source) and source[i + 1] == "-" and source[i + 2] not in "]\\":
            scan.char_range(char, source[i + 2])
            scan.out.append(source[i:i + 3])
            i += 3
            continue
        scan.literal(char)
        scan.out.append(char)
        i += 1
    return None


def non_capturing(source: str) -> _Scan | None:
    """``source`` with every group non-capturing and back-references widened to any text (so it matches at least
    where ``source`` does); None when it uses a construct this cannot rewrite (conditionals, inline flags)."""
    scan = _Scan([])
    i = 0
    while i < len(source):
        char = source[i]
        after: int | None
        if char == "\\":
            after = _escape(source, i, scan, in_class=False)
        elif char == "[":
            after = _character_class(source, i, scan)
        elif char == "(":
            after = _group_opening(source, i, scan)
        else:
            scan.literal(char)
            scan.out.append(char)
            after = i + 1
        if after is None:
            return None
        i = after
    return scan


@dataclass(frozen=True)
class StartGate:
    """Positions where some rule may match, found in one scan."""

    any_case: re.Pattern[str]  # IGNORECASE, over the text
    lowered: re.Pattern[str] | None  # case-sensitive, over ``text.lower()``: when every rule is in lower case

    def starts(self, text: str) -> list[int]:
        if self.lowered is not None:
            lowered = text.lower()
            if len(lowered) == len(text) and _plain_lowered_text(lowered):
                return [m.start() for m in self.lowered.finditer(lowered)]
        return [m.start() for m in self.any_case.finditer(text)]


def build_gate(regexes: Sequence[re.Pattern[str]]) -> StartGate | None:
    """The gate of ``regexes`` (each ``RULE_PREFIX`` + its source, compiled with IGNORECASE), or None when one of
    them cannot join it (then each rule scans the text itself)."""
    scans: list[_Scan] = []
    for regex in regexes:
        if not regex.pattern.startswith(RULE_PREFIX) or regex.flags != re.IGNORECASE | re.UNICODE:
            return None
        scan = non_capturing(regex.pattern[len(RULE_PREFIX):])
        if scan is None:
            return None
        scans.append(scan)
    if not scans:
        return None
    body = RULE_PREFIX + "(?=" + "|".join(f"(?:{''.join(s.out)})" for s in scans) + ")"
    try:
        any_case = re.compile(body, re.IGNORECASE)
        lowered = re.compile(body) if all(s.lower_only for s in scans) else None
    except re.error:
        return None  # a rewritten rule does not compile: the rules scan the text one by one
    return StartGate(any_case, lowered)


def gated_matches(regex: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, trying only the gate's ``starts`` (ascending); the full scan when the regex
    matches empty text at one of them (``finditer`` then goes on from the same position)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = regex.match(text, start)
        if m is None:
            continue
        if m.end() == m.start():
            yield from regex.finditer(text, start)
            return
        yield m
        end = m.end()
