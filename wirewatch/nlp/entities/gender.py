"""Gender of person mentions, so that a surname after a gendered honorific joins only a person it can be.

- "President Donald Trump … Mrs. Trump … Melania Trump said she was moved": "Mrs. Trump" is Melania Trump;
- "Mme Macron a visité un hôpital, a indiqué Emmanuel Macron": with the KB saying Emmanuel Macron is a man,
  "Mme Macron" stands alone.

Evidence, per entity-to-be (the cluster key of ``clusters.py``):
- stated: an honorific before a mention ("Mrs.", "Mme", "M."), a title whose form gives it ("la présidente",
  "spokeswoman"), or the actor KB's gender when it records one. A stated gender keeps the other gender's honorific out.
- inferred: a third-person singular pronoun subject of a clause that a mention's own verb introduces ("Melania Trump
  said she was moved", "Marie Roux a dit qu'elle viendrait"). It only ranks the persons a mention may join: a
  pronoun that refers to someone else can never keep a mention from its person.
A person of unknown gender is compatible with any honorific, so a mention joins it as before.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from wirewatch.kb.actor_kb import Actor
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.syntax import NAME_LINK as _NAME_LINKS
from wirewatch.nlp.syntax import NOMINAL_SUBJECT as _SUBJECTS
from wirewatch.nlp.syntax import OBJECT as _OBJECTS

_MORPH_GENDER = {"Masc": "m", "Fem": "f"}
_HONORIFIC_TAGS = frozenset({"PROPN", "NOUN"})


def actor_gender(actor: Actor | None) -> str | None:
    """The gender the actor KB records for a person ("m" | "f"), or None where it records none."""
    return actor.gender if actor is not None and actor.gender in ("m", "f") else None


def honorific_before(doc: Doc, start: int, lex: EntityLexicon) -> Token | None:
    """The honorific written right before token ``start`` ("Mrs." Trump, "Mme" Macron), if any: a noun, so not the
    verb of "will miss Obama", and not in capitals ("MS Dhoni")."""
    if start == 0:
        return None
    token = doc[start - 1]
    if token.pos_ not in _HONORIFIC_TAGS or (token.is_upper and len(token.text.rstrip(".")) > 1):
        return None
    return token if lex.honorific_gender(token.text) is not None else None


def pronoun_gender(doc: Doc, cand: Candidate) -> str | None:
    """"m" / "f" from a singular third-person pronoun subject of a clause complementing the verb the mention is the
    subject of ("Melania Trump said she was moved"), when that verb has no named object ("told Smith he …")."""
    root = cand.span(doc).root
    if root.dep_ in _NAME_LINKS and root.head.i == cand.start - 1:  # "Mme Durand": the honorific heads the name
        root = root.head
    if root.dep_ not in _SUBJECTS:
        return None
    verb = root.head
    children = list(verb.children)
    if any(c.dep_ in _OBJECTS and c.pos_ == "PROPN" for c in children):
        return None
    for clause in children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in _SUBJECTS and subject.pos_ == "PRON":
                morph = subject.morph
                if morph.get("Person", []) == ["3"] and morph.get("Number", []) == ["Sing"]:
                    genders = [_MORPH_GENDER[g] for g in morph.get("Gender", []) if g in _MORPH_GENDER]
                    if len(genders) == 1:
                        return genders[0]
    return None


@dataclass
class _KeyGenders:
    """What the article says of each cluster key's gender."""

    stated: dict[str, str] = field(default_factory=dict)
    inferred: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def rank(self, key: str, gender: str) -> int | None:
        """2: known to be ``gender``; 1: unknown; 0: inferred to be the other one; None: stated otherwise."""
        stated = self.stated.get(key)
        if stated is not None:
            return 2 if stated == gender else None
        inferred = self.inferred.get(key, set())
        if inferred == {gender}:
            return 2
        return 0 if inferred and gender not in inferred else 1


def join_gendered_surnames(doc: Doc, cands: list[Candidate], key_of: dict[int, str]) -> None:
    """Re-key each surname whose honorific or title states a gender ("Mrs. Trump", "la présidente Renard") to the
    person it can be: among the article's full names ending with it (and the KB actor it was linked to), those
    whose gender is compatible, known to be the same first, then the nearest before it, else the first after it.
    With none, it stands alone (unlinked from a KB actor of the other gender)."""
    if not any(c.gender is not None for c in cands):
        return
    words_of = {idx: c.norm(doc).split() for idx, c in enumerate(cands) if c.type == "PER"}
    full_names: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)  # last word → (index, words)
    for idx, words in words_of.items():
        if words and len(cands[idx].span(doc)) >= 2:
            full_names[words[-1]].append((idx, words))

    def full_names_ending(idx: int) -> set[str]:
        words = words_of[idx]
        return {key_of[j] for j, full in full_names.get(words[-1], []) if len(full) > len(words)
                and full[-len(words):] == words} if words else set()

    surnames = {idx: full_names_ending(idx) for idx, words in words_of.items()
                if cands[idx].gender is not None and len(words) <= 2
                and (cands[idx].honorific is not None or full_names_ending(idx))}
    if not surnames:
        return
    genders = _KeyGenders()
    actor_of: dict[str, Actor] = {}
    positions: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key → (candidate index, start)
    for idx, cand in enumerate(cands):
        key = key_of[idx]
        positions[key].append((idx, cand.start))
        if cand.type != "PER":
            continue
        if cand.actor is not None:
            actor_of[key] = cand.actor
            if (kb_gender := actor_gender(cand.actor)) is not None:
                genders.stated.setdefault(key, kb_gender)
        if cand.gender is not None and idx not in surnames:
            genders.stated.setdefault(key, cand.gender)
        if (inferred := pronoun_gender(doc, cand)) is not None:
            genders.inferred[key].add(inferred)
    standalone: dict[str, str] = {}  # normalised surname → gender of the first one standing alone
    for idx, options in surnames.items():
        cand, gender = cands[idx], cands[idx].gender
        assert gender is not None
        if cand.actor is not None:
            options = options | {key_of[idx]}
        ranked = []
        for key in options:
            rank = genders.rank(key, gender)
            if rank is None:
                continue
            others = [p for j, p in positions[key] if j != idx] or [cand.start]  # a KB actor named only here
            before = [p for p in others if p <= cand.start]
            nearness = (1, max(before)) if before else (0, -min(others))
            ranked.append(((rank, nearness), key))
        if ranked:
            key = max(ranked)[1]
            cand.actor = actor_of.get(key)
        else:
            norm = cand.norm(doc)
            first = standalone.setdefault(norm, gender)
            key = f"text:{norm}" if first == gender else f"text:{norm}|{gender}"
            cand.actor = None
        genders.stated.setdefault(key, gender)
        key_of[idx] = key
