"""From parsed CAMEO verb blocks to trigger rows in the project's ``requires`` grammar.

A pattern becomes at most two conditions on the verb's children, in the grammar ``nlp/events/lexicon.py``
reads: ``obj:a|b`` (the object's lemma; empty: any object), ``prep:a`` (a preposition), ``pp:p=a|b`` (a
prepositional phrase "p" + one of the lemmas), ``prt:a`` (a particle), ``subj:a|b`` (the subject's lemma),
``mod:a|b`` (an adverb), joined by ``;``. What cannot be said that way is left out and counted by reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from wirewatch import lexicons
from wirewatch.kb.tools.cameo_verb_patterns import (
    ACTOR_MARKS,
    Block,
    Dictionary,
    Pattern,
    PloverClass,
    Verb,
    plover_of,
)

BLOCKED = "-"  # the type of a row that says "this reading is not an event" (a ``[---]`` pattern)
MAX_CONDITIONS = 2
BARE_WEIGHT = 0.45
MAX_OTHER_TYPES = 2  # a verb whose patterns lead to more other types than this has no reading alone


@dataclass(frozen=True)
class Condition:
    kind: str
    prep: str
    words: frozenset[str]

    def cell(self) -> str:
        words = "|".join(sorted(self.words))
        return f"pp:{self.prep}={words}" if self.kind == "pp" else f"{self.kind}:{words}"


@dataclass(frozen=True)
class Row:
    lemma: str
    type: str
    mode: str
    cameo: str
    weight: float
    conditions: tuple[Condition, ...]
    note: str

    @property
    def requires(self) -> str:
        return ";".join(c.cell() for c in self.conditions)


@lru_cache(maxsize=1)
def pattern_words() -> dict[str, frozenset[str]]:
    """The English words the reader needs, by role (``lexicons/en/cameo_build_words.tsv``)."""
    grouped: dict[str, set[str]] = {}
    for row in lexicons.read_tsv("en", "cameo_build_words.tsv"):
        grouped.setdefault(row["role"], set()).add(row["word"].lower())
    return {role: frozenset(words) for role, words in grouped.items()}


def role(name: str) -> frozenset[str]:
    return pattern_words().get(name, frozenset())


class Unexpressible(Exception):
    """A pattern the ``requires`` grammar cannot state; the message is the reason, for the counts."""


def singulars(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 3:
        forms.update({word[:-2], word[:-1]})
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    return forms


def expand(item: str, synsets: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The head lemmas an item can be: a word, or every word of a synonym set (a multi-word entry by its last
    word)."""
    if item.startswith("&"):
        members = synsets.get(item[1:].upper().rstrip("_"), synsets.get(item[1:].upper(), ()))
        if not members:
            raise Unexpressible("unknown synonym set")
        return frozenset(f for m in members for f in singulars(m.split()[-1]))
    word = item.lower().strip("_").replace("_", " ").split()
    if not word or not any(ch.isalpha() for ch in word[-1]):
        raise Unexpressible("no word")
    return frozenset(singulars(word[-1]))


def object_words(kind: str, words: list[str], synsets: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """An object's lemmas; a two-word phrase keeps its modifier ("{BANK ACCOUNT}" → "bank account": the object
    "account" with a child "bank"), a phrase with a synonym set is read by its head."""
    if kind == "phrase" and len(words) >= 2 and not any(w.startswith("&") for w in words[-2:]):
        modifier = words[-2].lower()
        return frozenset(f"{modifier} {head}" for head in expand(words[-1], synsets))
    return expand(words[-1], synsets)


def groups(tokens: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Pattern tokens as items: ("pp", words inside parentheses), ("phrase", words inside braces), ("word",
    [w]), ("actor", [mark])."""
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("(", "{"):
            close = ")" if token == "(" else "}"
            j = i + 1
            inner: list[str] = []
            while j < len(tokens) and tokens[j] != close:
                if tokens[j] not in ("{", "}", "(", ")"):
                    inner.append(tokens[j])
                j += 1
            out.append(("pp" if token == "(" else "phrase", inner))
            i = j + 1
            continue
        out.append(("actor" if token in ACTOR_MARKS else "word", [token]))
        i += 1
    return out


def content(words: list[str]) -> list[str]:
    return [w for w in words if w not in ACTOR_MARKS and w not in (".", "_")]


def pp_condition(words: list[str], synsets: dict[str, tuple[str, ...]]) -> Condition:
    prep = words[0].lower()
    rest = content(words[1:])
    if prep not in role("preposition"):
        raise Unexpressible("phrase without a preposition")
    if not rest:
        return Condition("prep", "", frozenset({prep}))
    return Condition("pp", prep, expand(rest[-1], synsets))


def after_conditions(items: list[tuple[str, list[str]]], synsets: dict[str, tuple[str, ...]]) -> list[Condition]:
    """Conditions from the words after the verb: the first item (object, particle, preposition, adverb), then
    the first prepositional phrase."""
    conditions: list[Condition] = []
    rest = list(items)
    if rest and rest[0][0] == "actor":
        conditions.append(Condition("obj", "", frozenset()))  # "* +": the act has a target
        rest = rest[1:]
    elif rest and rest[0][0] in ("word", "phrase"):
        kind, words = rest[0]
        first = words[0].lower() if words else ""
        following = rest[1] if len(rest) > 1 else None
        if kind == "word" and first in role("modal"):
            raise Unexpressible("negation or modality")
        if kind == "word" and first in role("particle") and (following is None or following[0] != "word"):
            conditions.append(Condition("prt", "", frozenset({first})))
            rest = rest[1:]
        elif kind == "word" and first in role("particle") and first not in role("preposition") \
                and following is not None and content(following[1]):
            # "* OFF EXPLOSIVE" (set off explosives), "* UP &WEAPON": the particle, then the object it governs
            conditions.append(Condition("prt", "", frozenset({first})))
            conditions.append(Condition("obj", "", object_words(following[0], content(following[1]), synsets)))
            rest = rest[2:]
        elif kind == "word" and first in role("preposition"):
            if following is None or following[0] == "actor":
                conditions.append(Condition("prep", "", frozenset({first})))
            else:
                conditions.append(pp_condition([first, *following[1]], synsets))
            rest = rest[2:]
        elif kind == "word" and first.endswith("ly") and len(first) > 4:
            conditions.append(Condition("mod", "", frozenset({first})))
            rest = rest[1:]
        else:
            inner = content(words)
            if not inner:
                raise Unexpressible("no word")
            conditions.append(Condition("obj", "", object_words(kind, inner, synsets)))
            rest = rest[1:]
    phrases = [pp_condition(words, synsets) for kind, words in rest if kind == "pp" and words]
    named = [c for c in phrases if c.kind == "pp"]  # "(IN ^) (FOR CONSULTATION)": the phrase that names words
    if named or phrases:
        conditions.append((named or phrases)[0])
    return conditions


def pattern_conditions(pattern: Pattern, synsets: dict[str, tuple[str, ...]]) -> tuple[list[Condition], bool]:
    """The pattern's conditions, and whether words of it were left out (summarised)."""
    before = groups(pattern.before)
    after = groups(pattern.after)
    conditions: list[Condition] = []
    before_words = [w for kind, words in before if kind != "actor" for w in words]
    if any(w.lower() in role("modal") for w in before_words):
        raise Unexpressible("negation or modality")
    subject_items = [(kind, words) for kind, words in before if kind in ("word", "phrase") and content(words)]
    adverbs = [w for kind, words in subject_items for w in words if w.lower().endswith("ly") and len(w) > 4]
    if adverbs:
        conditions.append(Condition("mod", "", frozenset({adverbs[-1].lower()})))
        subject_items = [(k, ws) for k, ws in subject_items if not set(ws) & set(adverbs)]
    if subject_items:
        conditions.append(Condition("subj", "", expand(content(subject_items[-1][1])[-1], synsets)))
    conditions += after_conditions(after, synsets)
    used_items = len(subject_items[-1:]) + min(len(after), len(conditions))
    summarised = len(conditions) > MAX_CONDITIONS or len(subject_items) > 1 or \
        len([i for i in after if i[0] != "actor"]) + len(subject_items) > used_items
    if not conditions:
        raise Unexpressible("no condition (the block's default)")
    return conditions[:MAX_CONDITIONS], summarised


def verb_condition(rest: str) -> Condition | None:
    """The second word of a multi-word verb ("call off", "ask for", "take leave") as a condition."""
    if not rest:
        return None
    word = rest.split()[0]
    if word in role("particle"):
        return Condition("prt", "", frozenset({word}))
    if word in role("preposition"):
        return Condition("prep", "", frozenset({word}))
    return Condition("obj", "", frozenset(singulars(rest.split()[-1])))


@dataclass
class Generated:
    rows: list[Row]
    left_out: Counter[str]
    summarised: int
    patterns: int
    blocks_used: int


def pattern_weight(conditions: tuple[Condition, ...]) -> float:
    """How surely a pattern states its event: named words (an object, a phrase, a particle) more than a bare
    "has a target" or a subject alone; two conditions more than one."""
    named = [c for c in conditions if c.words and c.kind != "subj"]
    weight = 0.7 if named else 0.55
    return round(weight + (0.05 if len(conditions) > 1 else 0.0), 2)


def origin_verbs(block: Block, pattern: Pattern) -> list[Verb]:
    """The verbs a pattern is for: the one its comment says it was written for ("# SEIZE": "seize assets"), else
    every verb of the block (PETRARCH's reading). A pattern found under "take" is no reading of "arrest"."""
    full = [v for v in block.verbs if pattern.origin == f"{v.lemma}_{v.rest}".upper().replace(" ", "_")]
    single = [v for v in block.verbs if not v.rest and pattern.origin == v.lemma.upper()]
    return full or single or block.verbs


def pattern_types(block: Block, verb: Verb, table: dict[str, PloverClass]) -> set[str]:
    types = set()
    for pattern in block.patterns:
        plover = plover_of(pattern.code, table) if pattern.code not in ("", "---") else None
        if plover is not None and verb in origin_verbs(block, pattern):
            types.add(plover.type)
    return types


def is_root(code: str) -> bool:
    return len(code) == 3 and code.endswith("0")


def own_code(block: Block, verb: Verb) -> str:
    """The code the dictionary gives the verb itself: on its own line ("DETAIN [173]"), or, for the verb a block
    is named after, the block's header ("---  RECAPTURE [192]  ---": the header is that verb's line)."""
    if verb.code:
        return verb.code
    named = f"{verb.lemma}_{verb.rest}".strip("_").replace(" ", "_").upper() == block.name
    return block.code if named and block.code != "---" else ""


def phrasal_code(block: Block, verb: Verb) -> str:
    """The code of a multi-word verb ("take over", "blow up", "crack down"): its own, else its block's when that
    is no root, or is the root of a category of force (coercion, mobilisation, fighting: a particle makes a
    force verb specific, "blew up a bridge"; "go to" under a meeting root says nothing alone)."""
    code = verb.code or (block.code if block.code != "---" else "")
    if not code or (is_root(code) and not code.startswith(FORCE_CATEGORIES)):
        return ""
    return code


# CAMEO categories of physical force: 15 (mobilise), 17 (coerce), 18 (assault), 19 (fight)
FORCE_CATEGORIES = ("15", "17", "18", "19")


def bare_weight(block: Block, verb: Verb, plover: PloverClass, table: dict[str, PloverClass]) -> float | None:
    """A verb alone states an event only when the dictionary gives that verb its own code ("DETAIN [173]"), and
    its patterns do not send it to many other types. A root code ("030", "110", "180": the category's heading)
    says only which area the verb belongs to, not that it states an act alone; a verb that only inherits its
    block's code ("expect" under an intent block, "match" among the fighting verbs) is coded through its
    patterns. Alone, a verb needs an actor doing and one undergoing the act to pass the layer's bar (0.45)."""
    code = own_code(block, verb)
    if not code or is_root(code):
        return None
    if len(pattern_types(block, verb, table) - {plover.type}) > MAX_OTHER_TYPES:
        return None
    return BARE_WEIGHT


def block_rows(block: Block, dictionary: Dictionary, table: dict[str, PloverClass], modes: frozenset[str],
               several_senses: frozenset[str], tally: Generated) -> list[Row]:
    rows: list[Row] = []
    verbs = [v for v in block.verbs if not v.rest or v.rest.split()[0] not in role("fragment")]
    tally.left_out["multi-word verb that is a fragment (arrest and)"] += len(block.verbs) - len(verbs)
    block = Block(block.name, block.code, block.line, verbs, block.patterns)
    for pattern in block.patterns:
        tally.patterns += 1
        if pattern.code == "":
            tally.left_out["roles reversed ([:code])"] += 1
            continue
        plover = None if pattern.code == "---" else plover_of(pattern.code, table)
        if pattern.code != "---" and plover is None:
            tally.left_out["code without a PLOVER type"] += 1
            continue
        try:
            conditions, summarised = pattern_conditions(pattern, dictionary.synsets)
        except Unexpressible as reason:
            tally.left_out[str(reason)] += 1
            continue
        tally.summarised += summarised
        for verb in origin_verbs(block, pattern):
            own = verb_condition(verb.rest)
            full = ([own] if own else []) + conditions
            if len(full) > MAX_CONDITIONS:
                tally.left_out["multi-word verb with two conditions"] += 1
                continue
            rows.append(row_for(verb.lemma, pattern.code, plover, modes, tuple(full),
                                f"{block.name} l.{pattern.line}"))
    for verb in block.verbs:
        own = verb_condition(verb.rest)
        code = (phrasal_code(block, verb) if own else own_code(block, verb)) or verb.code or block.code
        plover = plover_of(code, table) if code and code != "---" else None
        if plover is None:
            continue
        # a multi-word verb ("call off") is as specific as its own code says, like a verb alone
        weight = (0.6 if phrasal_code(block, verb) else None) if own else \
            bare_weight(block, verb, plover, table)
        if weight is None or (own is None and verb.lemma in several_senses):
            tally.left_out["verb alone with several senses or no code of its own (patterns only)"] += 1
            continue
        rows.append(Row(verb.lemma, plover.type, mode_of(plover, modes), code, weight,
                        (own,) if own else (), f"{block.name} verb"))
    return rows


def row_for(lemma: str, code: str, plover: PloverClass | None, modes: frozenset[str],
            conditions: tuple[Condition, ...], note: str) -> Row:
    if plover is None:
        return Row(lemma, BLOCKED, "", "", 0.0, conditions, note)
    return Row(lemma, plover.type, mode_of(plover, modes), code, pattern_weight(conditions), conditions, note)


def mode_of(plover: PloverClass, modes: frozenset[str]) -> str:
    """The PLOVER mode when the project uses it (``nlp/events/plover.tsv``), else none."""
    return plover.mode if plover.mode in modes else ""


def generate(dictionary: Dictionary, table: dict[str, PloverClass], modes: frozenset[str]) -> Generated:
    blocks_of: Counter[str] = Counter()
    for block in dictionary.blocks:
        for lemma in {v.lemma for v in block.verbs if not v.rest}:
            blocks_of[lemma] += 1
    several = frozenset(lemma for lemma, n in blocks_of.items() if n > 1)
    tally = Generated([], Counter(), 0, 0, 0)
    for block in dictionary.blocks:
        rows = block_rows(block, dictionary, table, modes, several, tally)
        tally.blocks_used += any(r.type != BLOCKED for r in rows)
        tally.rows.extend(rows)
    tally.rows = merge_rows(tally.rows)
    return tally


def merge_rows(rows: list[Row]) -> list[Row]:
    """One row per verb, code and condition shape: the words of the last condition pooled ("freeze" + asset,
    account → one row)."""
    merged: dict[tuple[object, ...], Row] = {}
    for row in rows:
        head, last = row.conditions[:-1], (row.conditions[-1] if row.conditions else None)
        key = (row.lemma, row.type, row.cameo, head, last.kind if last else "", last.prep if last else "",
               bool(last.words) if last else False)
        kept = merged.get(key)
        if kept is None or last is None:
            merged.setdefault(key, row)
            continue
        pooled = Condition(last.kind, last.prep, kept.conditions[-1].words | last.words)
        merged[key] = Row(kept.lemma, kept.type, kept.mode, kept.cameo, max(kept.weight, row.weight),
                          (*head, pooled), kept.note)
    return sorted(merged.values(), key=lambda r: (r.lemma, -specificity(r), r.cameo))


def specificity(row: Row) -> int:
    """Blocking rows first, then two conditions, one naming words, one not, none."""
    if row.type == BLOCKED:
        return 9
    return 2 * len(row.conditions) + sum(1 for c in row.conditions if c.words)
