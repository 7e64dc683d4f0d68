"""Reading the PETRARCH-2 CAMEO verb dictionary (``CAMEO.2.0.txt``) and the CAMEO → PLOVER table.

The dictionary has three parts: synonym sets (``&NAME`` then ``+WORD`` lines), verb blocks (``---  VERB  [code]
---``, the block's verbs — irregular forms in braces, multi-word verbs joined by ``_`` and marked with ``+`` —
then pattern lines ``- <words> * <words>  [code]  # origin``) and transformations (not read). In a pattern ``*``
is the verb, ``$`` the source, ``+`` the target, ``^`` and ``%`` other actors, ``(PREP WORDS)`` a prepositional
phrase, ``{A B}`` a multi-word phrase and ``&NAME`` any word of a synonym set.

This module only parses; :mod:`build_event_triggers` turns the result into the project's trigger files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CODE = re.compile(r"\[([^\]]*)\]")
ACTOR_MARKS = frozenset({"$", "+", "^", "%"})


@dataclass(frozen=True)
class Verb:
    """One verb of a block: its base form (lowercase), the second word of a multi-word verb ("call off" →
    ``rest`` "off"), and the code given on its own line, if any."""

    lemma: str
    rest: str = ""
    code: str = ""


@dataclass(frozen=True)
class Pattern:
    """A pattern line: the words before and after the verb (tokens as written: words, ``(`` ``)`` ``{`` ``}``,
    actor marks, ``&SETS``), its CAMEO code (``---`` = not codable) and the verb the comment says it came
    from (uppercase, may be empty)."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    origin: str
    line: int


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, tuple[str, ...]]
    blocks: list[Block]


def first_code(cell: str) -> str:
    """"042:043" → "042" (the code of the source's act); ":054" (coded with roles reversed) → ""; "---" stays."""
    cell = cell.strip()
    if cell.startswith("---"):
        return "---"
    head = cell.split(":", 1)[0].strip()
    return head if head.isdigit() else ""


def words_of(entry: str) -> str:
    """A dictionary word as plain lowercase text: ``CASH_`` → "cash", ``IS_TO`` → "is to"."""
    return " ".join(part for part in entry.strip().lstrip("+").lower().split("_") if part)


def tokenize_pattern(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"([(){}])", r" \1 ", text).split())


def parse_verb_line(line: str) -> Verb | None:
    text = line.split("#", 1)[0]
    code_match = CODE.search(text)
    code = first_code(code_match.group(1)) if code_match else ""
    text = CODE.sub(" ", text)
    text = re.sub(r"\{[^}]*\}", " ", text).strip()  # irregular forms: spaCy gives the lemma
    if not text:
        return None
    parts = words_of(text.split()[0]).split()
    if not parts:
        return None
    return Verb(parts[0], " ".join(parts[1:]), code)


def parse_pattern_line(line: str, number: int) -> Pattern | None:
    body, _, comment = line[1:].partition("#")
    code_match = CODE.search(body)
    if code_match is None:
        return None
    tokens = tokenize_pattern(CODE.sub(" ", body))
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    origin = comment.strip().split(",")[0].split()[0].upper() if comment.strip() else ""
    return Pattern(tokens[:star], tokens[star + 1:], first_code(code_match.group(1)), origin, number)


def parse_dictionary(text: str) -> Dictionary:
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("########") and "TRANSFORMATION" in stripped:
            break
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("---"):
            header = stripped.strip("-").strip()
            code_match = CODE.search(header)
            name = CODE.sub(" ", header).split()[0] if CODE.sub(" ", header).split() else ""
            block = Block(name.upper(), first_code(code_match.group(1)) if code_match else "---", number)
            blocks.append(block)
            current_set = None
            continue
        if block is None:
            if stripped.startswith("&"):
                current_set = stripped.split()[0][1:].upper()
                synsets[current_set] = []
            elif stripped.startswith("+") and current_set is not None:
                word = words_of(stripped.split("#", 1)[0].split()[0])
                if word:
                    synsets[current_set].append(word)
            continue
        if stripped.startswith("-"):
            pattern = parse_pattern_line(stripped, number)
            if pattern is not None:
                block.patterns.append(pattern)
        else:
            verb = parse_verb_line(stripped)
            if verb is not None:
                block.verbs.append(verb)
    return Dictionary({name: tuple(words) for name, words in synsets.items()}, blocks)


@dataclass(frozen=True)
class PloverClass:
    type: str
    mode: str


def parse_cameo_plover(text: str) -> dict[str, PloverClass]:
    """``CAMEO2PLOVER-2021.txt``: lines ``code: TYPE, mode, context # description``; the first line of a code
    wins (the table lists the root "08" twice: CONCEDE, then RETREAT)."""
    table: dict[str, PloverClass] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if ":" not in body or not body[0].isdigit():
            continue
        code, _, rest = body.partition(":")
        cells = [c.strip() for c in rest.split(",")]
        if cells and cells[0] and code.strip() not in table:
            mode = cells[1] if len(cells) > 1 else ""
            table[code.strip()] = PloverClass(cells[0].upper(), mode)
    return table


def plover_of(code: str, table: dict[str, PloverClass]) -> PloverClass | None:
    """The PLOVER class of a CAMEO code, from the code itself or its nearest listed parent ("1124" → "112")."""
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
        if len(code) < 2:
            return None
    return None
