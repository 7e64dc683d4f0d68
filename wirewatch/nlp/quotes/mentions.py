"""What speaker resolution reads off the document: entity mentions by position, and the words of a subject.

Entities come from ``doc._.ww_entities``; without that layer, from ``doc.ents`` (typed by ``ner_labels.tsv``).
A subject's words stop at a comma, a parenthesis or a relative clause (``noun_phrase``); its region keeps its
appositions and leaves out its relative and past participle clauses (``region``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import past_participle

_TITLE_SEPARATORS = re.compile(r"[\s,;()]+")


def _unaccented(text: str) -> str:
    """The text without its diacritics ("état" → "etat")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class EntityMention:
    """One mention of a resolved entity (or of a ``doc.ents`` span when the entities layer is absent)."""

    name: str
    entity_id: str | None
    type: str
    start: int
    end: int
    role: str | None = None


class EntityIndex:
    """Entity mentions sorted by position, with the lookups speaker resolution needs."""

    def __init__(self, mentions: Iterable[EntityMention]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    @classmethod
    def from_doc(cls, doc: Doc, lang: str) -> EntityIndex:
        if doc._.ww_entities is not None:
            return cls(
                EntityMention(e.name, e.id, e.type, m.start, m.end, e.role)
                for e in doc._.ww_entities for m in e.mentions
            )
        labels = {row["label"]: row["type"] for row in lexicons.read_tsv(lang, "ner_labels.tsv")}
        return cls(
            EntityMention(ent.text, None, labels[ent.label_], ent.start_char, ent.end_char)
            for ent in doc.ents if ent.label_ in labels
        )

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[:hi] if m.end > start]

    def before(self, pos: int, window: int) -> list[EntityMention]:
        """Mentions ending before ``pos`` within ``window`` characters, nearest first."""
        hi = bisect.bisect_left(self._starts, pos)
        return [m for m in reversed(self.mentions[:hi]) if m.end <= pos and pos - m.end <= window]

    def with_role(self, role: str) -> list[EntityMention]:
        return [m for m in self.mentions if m.role == role and m.type == "PER"]


def noun_phrase(g: QuoteGrammar, tok: Token, seg: Span) -> Span:
    """The subject's own words: its subtree up to a comma, a parenthesis or a relative clause (and within its
    segment), without a leading preposition ("selon", "according to")."""
    doc = tok.doc
    left = max(tok.left_edge.i, seg.start)
    right = tok.i
    for t in doc[tok.i + 1: min(tok.right_edge.i + 1, seg.end)]:
        if t.text.lower() in g.noun_phrase_stop or t.dep_ in g.np_stop or t.is_space:
            break
        right = t.i
    while left < tok.i and (doc[left].is_punct or doc[left].dep_ in g.leading
                            or doc[left].text.lower() in g.noun_phrase_stop):
        left += 1
    return doc[left: right + 1]


def region(g: QuoteGrammar, tok: Token, seg: Span) -> tuple[int, int]:
    """Characters of the subject with its appositions, without its relative clauses and past participle ones ("a
    survey conducted after X …"; not "a persona calling himself X")."""
    doc = tok.doc
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in g.clause_modifier or (child.dep_ == "acl" and past_participle(child)):
            skip.update(t.i for t in child.subtree)
    kept = {t.i for t in tok.subtree if t.i not in skip and seg.start <= t.i < seg.end}
    # the words around the subject, across punctuation, up to a skipped clause (a subject the parse made the
    # root of its sentence holds the whole sentence)
    first = last = tok.i
    while first - 1 in kept or (first - 2 in kept and doc[first - 1].is_punct):
        first -= 1
    while last + 1 in kept or (last + 2 in kept and doc[last + 1].is_punct):
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def roles_by_head(phrase: Span, titles: dict[str, str]) -> list[str]:
    """The roles of the titles in ``phrase``, the one nearest its head word first, then the earliest: in "Russian
    President X's spokesman" (head "spokesman") the spokesperson speaks, not the president; ties go by role name."""
    # compared without accents: the press writes capitals bare ("le chef de l'Etat" is "le chef de l'État")
    words = " " + _TITLE_SEPARATORS.sub(" ", _unaccented(phrase.text.lower())) + " "
    head = len(" " + _TITLE_SEPARATORS.sub(" ", _unaccented(
        doc_text(phrase.doc)[phrase.start_char:phrase.root.idx].lower())))
    ranks: dict[str, tuple[int, int]] = {}
    for written, role in titles.items():
        if not role:
            continue
        title = _unaccented(written)
        at = words.find(f" {title} ")
        while at >= 0:
            start, end = at + 1, at + 1 + len(title)
            rank = (0 if start <= head < end else min(abs(start - head), abs(end - head)), start)
            ranks[role] = min(ranks.get(role, rank), rank)
            at = words.find(f" {title} ", at + 1)
    return sorted(ranks, key=lambda role: (ranks[role], role))
