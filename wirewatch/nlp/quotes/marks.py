"""Direct-quote detection on the raw text: every quotation-mark convention of French and English news.

Handles « … » with or without (non-breaking) inner spaces, “ … ”, „ … “, ‹ … ›, ‘ … ’, straight "…", nested
quotes (only the outermost pair is a quote), quotes running over a line break, the press convention of a quote
left open at the end of its paragraph, and French dialogue dashes ("— Nous verrons, a-t-il dit.").
Pure string work: no spaCy, so it can be tested on plain strings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

# opening mark -> the marks that close it
CLOSERS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", "‹": "›", "‘": "’", '"': '"'}
SPACES = " \t\u00a0\u202f\u2009\r"
# characters after which a straight quote opens ("d'"utile", ':"La …', '("…')
OPEN_CONTEXT = "([{:;,—–-'’/«“"
DIALOGUE_DASHES = ("—", "–")
TRAILING_JUNK = SPACES + ",\n"
DOUBLED = re.compile(r"''|``")  # two marks for one quotation mark (typewriter and TeX conventions)


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation: ``start``/``end`` delimit its words (marks and edge spaces excluded), ``outer_*`` the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True
    dash: bool = False  # a French dialogue line rather than quotation marks

    def contains(self, pos: int) -> bool:
        return self.outer_start <= pos < self.outer_end


@functools.cache
def _stops(opener: str) -> re.Pattern[str]:
    """The characters a scan stops at: for an ``opener``, a line break, that opener and the marks closing it;
    for "", every opening mark."""
    chars = "\n" + opener + CLOSERS[opener] if opener else "".join(CLOSERS)
    return re.compile("[" + re.escape(chars) + "]")


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quotation."""
    mark = text[i]
    if mark not in CLOSERS:
        return False
    nxt = _next(text, i)
    if nxt in SPACES + "\n" and mark not in "«‹":
        return False
    if mark in "\"‘":
        prev = _prev(text, i)
        return prev in SPACES + "\n" or prev in OPEN_CONTEXT
    return True


def _closes(text: str, j: int, opener: str) -> bool:
    mark = text[j]
    if mark not in CLOSERS[opener]:
        return False
    if opener in "\"‘":
        if _prev(text, j) in SPACES + "\n":
            return False
        if opener == "‘" and _next(text, j).isalpha():  # an apostrophe: It’s
            return False
    return True


def _line_opens_with_quote(text: str, k: int) -> bool:
    while k < len(text) and text[k] in SPACES:
        k += 1
    return k >= len(text) or text[k] == "\n" or (text[k] in CLOSERS and _opens(text, k))


def _find_close(text: str, i: int) -> tuple[int, bool]:
    """Position of the mark closing the quotation opened at ``i`` (and True), or of the end of the opening
    line (and False) when the quotation is left open: at a blank line, before a line that opens a new quotation
    (the multi-paragraph convention), or at the end of the text."""
    opener = text[i]
    depth = 0
    first_newline: int | None = None
    for stop in _stops(opener).finditer(text, i + 1):  # only line breaks and this opener's marks matter
        j = stop.start()
        ch = text[j]
        if ch == "\n":
            if first_newline is None:
                first_newline = j
            if _line_opens_with_quote(text, j + 1):
                return first_newline, False
        elif _closes(text, j, opener) and not (opener == '"' and depth > 0):
            if depth == 0:
                return j, True
            depth -= 1
        elif ch == opener and _opens(text, j):
            if first_newline is not None:  # a new quotation on a later line: this one was left open
                return first_newline, False
            depth += 1
    return (first_newline if first_newline is not None else len(text)), False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES + "\n":
        start += 1
    while end > start and text[end - 1] in TRAILING_JUNK:
        end -= 1
    return start, end


def find_quote_marks(text: str) -> list[QuotedSpan]:
    """Outermost quotations delimited by quotation marks, in text order (also the typewriter convention of two
    marks for one, ''…'' and ``…'')."""
    if "''" not in text and "``" not in text:
        return _find_quote_marks(text)
    single, pairs = _doubled_as_single(text)
    return [replace(q, outer_start=q.outer_start - (q.outer_start - 1 in pairs),
                    outer_end=q.outer_end + (q.outer_end - 1 in pairs and q.closed))
            for q in _find_quote_marks(single)]


def _doubled_as_single(text: str) -> tuple[str, frozenset[int]]:
    """The text with each pair of marks standing for one quotation mark written as a straight quote and a space (the
    space outside the quotation, so that every offset stays the text's), and where each such pair starts."""
    chars = list(text)
    pairs: set[int] = set()
    for m in DOUBLED.finditer(text):
        i = m.start()
        opening = m.group() == "``" or (_prev(text, i) in SPACES + "\n" + OPEN_CONTEXT.replace("'", "")
                                        and _next(text, i + 1) not in SPACES + "\n")
        chars[i:i + 2] = [" ", '"'] if opening else ['"', " "]
        pairs.add(i)
    return "".join(chars), frozenset(pairs)


def _find_quote_marks(text: str) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    openers = _stops("")
    mark = openers.search(text)
    while mark is not None:
        i = mark.start()
        if _opens(text, i):
            close, closed = _find_close(text, i)
            start, end = _trim(text, i + 1, close)
            if end > start:
                outer_end = close + 1 if closed else close
                out.append(QuotedSpan(start, end, i, outer_end, closed=closed))
                mark = openers.search(text, outer_end)
                continue
        mark = openers.search(text, i + 1)
    return out


def find_dialogue_lines(text: str, taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Lines opened by a dialogue dash ("— Nous verrons, a-t-il dit."), outside quotation marks.

    These are candidates only: the component keeps those an attribution or the dialogue around supports.
    """
    out: list[QuotedSpan] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip(SPACES)
        lead = len(line) - len(stripped)
        if stripped[:1] in DIALOGUE_DASHES and stripped[1:2] in SPACES and stripped[1:2]:
            start, end = _trim(text, pos + lead + 1, pos + len(line))
            if end > start and not any(q.outer_start < end and start < q.outer_end for q in taken):
                out.append(QuotedSpan(start, end, pos + lead, pos + len(line), closed=True, dash=True))
        pos += len(line) + 1
    return out


def balanced(start: int, end: int, spans: list[QuotedSpan], limit: tuple[int, int]) -> tuple[int, int]:
    """Reported content cut inside a quotation ("said X would be “a disaster" …) widened to its marks, within
    ``limit`` (the sentence, or to its paragraph's end for a quotation that goes on into the next sentence: "joked
    that it would be “an easy excuse. I am resting now.”"): what was said holds the quoted words whole."""
    for q in spans:
        if q.dash or not q.closed:
            continue
        if start < q.outer_start < end < q.outer_end:
            end = min(q.outer_end, limit[1])
        elif q.outer_start < start < q.outer_end < end:
            start = max(q.outer_start, limit[0])
    return start, end
