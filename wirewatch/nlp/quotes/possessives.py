"""Possessive speakers and the impersonal "on": who speaks when the attribution names no one.

- "Son porte-parole a déclaré", "ses services ont précisé", "his office said": the possessive determiner refers
  to a person or organisation named before (the subject of the nearest sentence that names one, else the nearest
  name), the owner. A body that speaks for its owner (``quote_owner_bodies.txt``: "services", "entourage",
  "office") is the owner itself; an office of ``titles.tsv`` ("porte-parole", "spokesman") is that office of the
  owner ("Kremlin spokesperson"). The owner's number and gender come from ``quote_possessives.tsv``.
- "…, a-t-on précisé à l'Élysée", "indique-t-on dans son entourage": the impersonal pronoun (grammar class
  ``impersonal``) names no one; the place or body the verb says it was said in speaks ("l'Élysée", "son
  entourage"), never an outlet it was said to ("a-t-on indiqué à l'AFP": the channel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention, roles_by_head

OWNER_WINDOW = 1500  # characters searched back for the owner of a possessive
SPEAKING = ("PER", "ORG")
NOMINAL = ("NOUN", "PROPN")


@dataclass(frozen=True)
class Possessive:
    form: str
    number: str  # the owner's: sg | pl
    gender: str  # the owner's, when the form says it: m | f | n (not a person) | x


IMPERSONAL = Possessive("on", "sg", "x")  # who the impersonal pronoun stands for: any one person or organisation


@dataclass(frozen=True)
class Possessives:
    """The possessive determiners of a language and the nouns of bodies that speak for their owner."""

    forms: dict[str, Possessive]
    bodies: frozenset[str]

    @classmethod
    def load(cls, lang: str) -> Possessives:
        forms = {row["form"].lower(): Possessive(row["form"].lower(), row.get("number") or "sg",
                                                   row.get("gender") or "x")
                 for row in lexicons.read_tsv(lang, "quote_possessives.tsv") if row.get("form")}
        bodies = frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_owner_bodies.txt"))
        return cls(forms, bodies)

    @staticmethod
    @cache
    def of_language(lang: str) -> Possessives:
        """The tables of ``lang``, read once."""
        return Possessives.load(lang)

    def of(self, head: Token) -> Possessive | None:
        """The possessive determiner of ``head`` ("son porte-parole", "his office"), if it has one."""
        return next((self.forms[c.lower_] for c in head.children if c.i < head.i and c.lower_ in self.forms
                     and c.pos_ in ("DET", "PRON")), None)

    def speaks_for_owner(self, head: Token) -> bool:
        return bool({head.lower_, head.lemma_.lower()} & self.bodies)


def owned_by(possessives: Possessives, titles: dict[str, str], head: Token, phrase: Span, index: EntityIndex,
             quoted: Callable[[int], bool], subject_labels: frozenset[str],
             gender_of: Callable[[EntityMention], str | None]) -> tuple[EntityMention, str | None] | None:
    """(owner, office) of a possessive speaker: the office's role ("spokesperson"), None for a body that speaks for
    its owner ("ses services"); None when ``head`` has no possessive or heads neither."""
    possessive = possessives.of(head) if head.pos_ == "NOUN" else None
    if possessive is None:
        return None
    body = possessives.speaks_for_owner(head)
    role = titles.get(head.lower_) or titles.get(head.lemma_.lower()) or next(iter(roles_by_head(phrase, titles)), None)
    if not body and not role:
        return None
    owner = owner_of(possessive, phrase, index, quoted, subject_labels, gender_of)
    return (owner, None if body else role) if owner is not None else None


def owner_of(possessive: Possessive, phrase: Span, index: EntityIndex, quoted: Callable[[int], bool],
             subject_labels: frozenset[str], gender_of: Callable[[EntityMention], str | None]) -> EntityMention | None:
    """The person or organisation a possessive determiner refers to: among the compatible names before it, those
    that are a subject in the nearest sentence naming any; else the nearest."""
    candidates = [m for m in index.before(phrase.start_char, OWNER_WINDOW)
                  if m.type in SPEAKING and not quoted(m.start) and _compatible(possessive, m, gender_of(m))]
    if not candidates:
        return None
    doc = phrase.doc
    nearest = doc.char_span(candidates[0].start, candidates[0].end, alignment_mode="expand")
    if nearest is None or not len(nearest):
        return candidates[0]
    sentence = nearest[0].sent
    for m in candidates:
        if not sentence.start_char <= m.start < sentence.end_char:
            break
        if _is_subject(doc.char_span(m.start, m.end, alignment_mode="expand"), subject_labels):
            return m
    return candidates[0]


def _compatible(possessive: Possessive, m: EntityMention, known_gender: str | None) -> bool:
    if possessive.number == "pl":  # "leurs avocats", "their spokesman": a group
        return m.type == "ORG"
    if possessive.gender == "n":  # "its": not a person
        return m.type == "ORG"
    if possessive.gender in ("m", "f"):  # "his", "her": a person of that gender
        return m.type == "PER" and known_gender in (None, possessive.gender)
    return True


def _is_subject(span: Span | None, subject_labels: frozenset[str]) -> bool:
    """The name is a subject, or the apposition or flat part of one ("Le président Paul Renard a …")."""
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ in subject_labels:
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("appos", "flat", "flat:name", "compound", "nmod"):
            return False
        tok = tok.head
    return False


def impersonal_place(pronoun: Token, seg: Span, is_outlet: Callable[[str], bool]) -> Token | None:
    """"a-t-on précisé à l'Élysée", "indique-t-on dans son entourage", "a-t-on ajouté de même source": the noun of
    the first prepositional phrase after the impersonal pronoun, up to the next punctuation (not an outlet, which
    is the channel)."""
    doc = pronoun.doc
    for tok in doc[pronoun.i + 1: seg.end]:
        if tok.is_punct or tok.is_space:
            return None
        if tok.pos_ not in NOMINAL:
            continue
        marked = any(c.pos_ == "ADP" and c.i < tok.i for c in tok.children) or doc[tok.i - 1].pos_ == "ADP" \
            or (tok.i >= 2 and doc[tok.i - 2].pos_ == "ADP" and doc[tok.i - 1].pos_ == "DET")
        if not marked:
            return None
        if is_outlet(tok.text):
            continue
        return tok
    return None
