"""Silencing phrases: an act told with one is not coded (``lexicons/<lang>/event_silencers.tsv``; the sentence- and
story-level discards of figurative force words are ``discards.py``).

A sports result ("goalless draw", "match nul"), a retelling ("years ago", "il y a des années") or a disaster
("typhoon") states no political event; the phrases come from Phoenix's discard list (English) and its French
counterparts. Each phrase names the types it silences (``*`` all of them, or e.g. ``ASSAULT``: a flood kills, but
an army sent after it is an event) and its scope: the whole ``sentence``, or only the acts of its own ``clause``
("lifted the curfew imposed years ago" still lifts it). The phrases are compiled once per lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from wirewatch.nlp.events.lexicon import EventLexicon

# dependencies that open another clause: a discard phrase in one of them leaves the others' acts alone
CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "acl", "parataxis", "conj", "csubj"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class DiscardPattern:
    types: frozenset[str]
    clause: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Silencing:
    """What a sentence's discard phrases silence: types everywhere, and types in the clauses holding a phrase
    (by character offsets of the phrases)."""

    everywhere: frozenset[str]
    in_clause: tuple[tuple[int, int, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class CompiledDiscards:
    patterns: list[DiscardPattern]
    key_words: frozenset[str]  # each phrase's longest word: a sentence without any holds no phrase


_COMPILED: dict[int, tuple[tuple[tuple[str, str, str], ...], CompiledDiscards]] = {}
WORD = re.compile(r"\w+")


def key_word(phrase: str) -> str:
    """The phrase's longest word, the rarest in the proxy sense ("at stumps" → "stumps")."""
    words = WORD.findall(phrase.lower())
    return max(words, key=len) if words else phrase.lower()


def compile_discards(discards: tuple[tuple[str, str, str], ...]) -> list[DiscardPattern]:
    """One pattern per scope and set of silenced types: the phrases as whole words, any spaces between them."""
    grouped: dict[tuple[frozenset[str], bool], list[str]] = {}
    for phrase, types, scope in discards:
        silenced = frozenset(t.strip() for t in types.split("|") if t.strip()) or frozenset({"*"})
        grouped.setdefault((silenced, scope == "clause"), []).append(phrase)
    out = []
    for (silenced, clause), phrases in grouped.items():
        alternatives = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
        out.append(DiscardPattern(silenced, clause, pattern))
    return out


def silencing(sent: Span, lexicon: EventLexicon) -> Silencing:
    if not lexicon.discards:
        return Silencing(frozenset())
    cached = _COMPILED.get(id(lexicon))
    if cached is None or cached[0] is not lexicon.discards:
        compiled = CompiledDiscards(compile_discards(lexicon.discards),
                                    frozenset(key_word(phrase) for phrase, _, _ in lexicon.discards))
        cached = (lexicon.discards, compiled)
        _COMPILED[id(lexicon)] = cached
    if not any(token.lower_ in cached[1].key_words for token in sent):
        return Silencing(frozenset())
    text, offset = sent.text, sent.start_char
    everywhere: set[str] = set()
    in_clause = []
    for discard in cached[1].patterns:
        for match in discard.pattern.finditer(text):
            if not discard.clause:
                everywhere |= discard.types
                break
            in_clause.append((offset + match.start(), offset + match.end(), discard.types))
    return Silencing(frozenset(everywhere), tuple(in_clause))


def clause_head(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself when it is one)."""
    steps = 0
    while token.pos_ not in CLAUSE_HEADS and token.head != token and steps < 20:
        token = token.head
        steps += 1
    return token


def own_clause(token: Token) -> list[Token]:
    """The clause of ``token``: its verb's subtree without the clauses embedded in it."""
    head = clause_head(token)
    out, todo = [head], [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ not in CLAUSE_DEPS:
                out.append(child)
                todo.append(child)
    return out


def silenced_types(token: Token, silenced: Silencing) -> frozenset[str]:
    """The types silenced for an act told by ``token``: the sentence's, and those of a phrase in its clause."""
    if not silenced.in_clause:
        return silenced.everywhere
    clause_chars = [(t.idx, t.idx + len(t.text)) for t in own_clause(token)]
    found = set(silenced.everywhere)
    for start, end, types in silenced.in_clause:
        if any(s < end and start < e for s, e in clause_chars):
            found |= types
    return frozenset(found)
