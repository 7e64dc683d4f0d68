"""Candidate entity spans: the model's NER, repaired.

Repairs, each a small rule with its example:
- trim determiners and titles from span edges ("the White House" → "White House");
- KB aliases the model missed or mistyped ("Kremlin" as ORG, "Maison Blanche" as ORG);
- a surname seen in a full name makes its bare mentions the same person ("Ivan Fedorov" … "Fedorov");
- the same name takes one label across the article: the KB's, else the majority's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import IS_STOP, IS_TITLE
from spacy.tokens import Doc, Span

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import doc_text, token_flags
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.numbered_names import names_number
from wirewatch.nlp.syntax import ADJECTIVAL_MODIFIER


class TitleMatch(NamedTuple):
    """A title right before a name: its role, the country of a demonym with it, the gender its form states."""

    role: str | None
    country: str | None
    gender: str | None  # "la présidente", "spokeswoman"; None for "le président", "president"


@dataclass
class Candidate:
    """A mention-to-be: token span, type, and the actor it names when the KB knows it."""

    start: int  # token offsets in the doc
    end: int
    type: str
    origin: str  # "ner", "kb", "surname", "gazetteer", "descriptor", "dateline" (dateline_places.py)
    actor: Actor | None = None
    honorific: str | None = None  # the honorific written before the name ("Mrs.", "Mme"), when there is one
    gender: str | None = None  # "m" | "f" when the honorific or a title before the name states it
    title: TitleMatch | None = None  # the title right before the name, once looked up
    _span: Span | None = field(default=None, repr=False, compare=False)
    _norm: str | None = field(default=None, repr=False, compare=False)

    def rebound(self, start: int, end: int) -> None:
        """New token bounds (a repair that widens or narrows the name); the cached span and norm go with the old."""
        self.start, self.end = start, end
        self._span = None
        self._norm = None

    def span(self, doc: Doc) -> Span:
        """The tokens of the candidate (made once for its bounds: ``rebound`` makes it again)."""
        if self._span is None or self._span.doc is not doc:
            self._span = doc[self.start:self.end]
            self._norm = None
        return self._span

    def norm(self, doc: Doc) -> str:
        """``normalize()`` of the candidate's text."""
        if self._norm is None or self._span is None or self._span.doc is not doc:
            self._norm = normalize(self.span(doc).text)
        return self._norm

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def _longest_line(span: Span) -> tuple[int, int]:
    """Token bounds of the part of ``span`` on one line with the most capitalised words (the last on a tie):
    "transmis\nOuchakov" → "Ouchakov"."""
    if "\n" not in doc_text(span.doc)[span.start_char:span.end_char]:
        return span.start, span.end  # one line (a token's trailing whitespace is a space or nothing)
    parts: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            stop = token.i if token.is_space else token.i + 1
            parts.append((start, stop))
            start = token.i + 1
    parts.append((start, span.end))
    if len(parts) == 1:
        return parts[0]
    doc = span.doc
    return max(reversed(parts), key=lambda p: sum(t.is_title for t in doc[p[0]:p[1]]))


def trim(span: Span, lex: EntityLexicon) -> tuple[int, int]:
    """Token bounds of ``span`` without leading/trailing determiners, titles and punctuation, nor a time word
    in lower case glued after it ("a annoncé Marie Lefèvre lundi")."""
    start, end = _longest_line(span)
    doc = span.doc
    changed = True
    while changed and start < end:
        changed = False
        first = doc[start]
        if first.lower_ in lex.trim_words or first.is_punct or first.is_space or (  # "chaîne France 24"
                first.is_lower and first.lower_ in lex.media_nouns and start + 1 < end and doc[start + 1].is_title):
            start += 1
            changed = True
            continue
        if not lex.may_start_title(first):
            break
        for n in range(min(lex.max_title_words, end - start - 1), 0, -1):
            if lex.title_role(doc[start:start + n].text) is not None and doc[start + n].is_title:
                start += n
                changed = True
                break
    base, texts = start, [t.text for t in doc[start:end]]
    for i in range(end - 1, start, -1):
        if texts[i - base] == "/" or texts[i - base].endswith("/"):
            start = i + 1  # "AP Photo/Jean-Francois Badias": a credit line; the name is after the slash
            break
    for i in range(start, end):
        if texts[i - base] == "(" and ")" not in texts[i - base:]:
            end = i  # "World Health Organization (WHO": an unclosed bracket ends the name
            break
    while end > start:
        last = doc[end - 1]
        if not (last.lower_ in lex.trim_words or last.is_punct or last.is_space or last.lower_ in lex.trailing_words
                or (last.like_num and end - start > 1 and not names_number(last, start, end))
                or (last.is_lower and end - start > 1 and normalize(last.text) in lex.not_names)):  # "X lundi"
            break
        end -= 1
    return start, end


def plausible(span: Span, lex: EntityLexicon) -> bool:
    """A name has a capital or a digit, does not start with a title ("ministre de l'Intérieur"), is not only
    numbers, and is not a word that is capitalised without being a name ("Mardi", "État")."""
    text = span.text
    has_capital = any(c.isupper() or c.isdigit() for c in text)
    starts_with_title = len(span) > 0 and lex.may_start_title(span[0]) and any(
        lex.title_role(span[:n].text) for n in range(1, min(len(span), lex.max_title_words) + 1))
    return (has_capital and not starts_with_title and not all(t.like_num or t.is_punct for t in span)
            and normalize(text) not in lex.not_names)


def ner_candidates(doc: Doc, lex: EntityLexicon) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        typ = lex.label_types.get(ent.label_)
        if typ is None:
            continue
        start, end = trim(ent, lex)
        if typ == "PER" and sum(c.isalpha() for c in doc[start:end].text) < 2 and doc[end - 1].text[-1:] != ".":
            continue  # "Gen Z" less its title: a letter is no person's name (an initial is: "Mr. P.")
        if start < end and plausible(doc[start:end], lex):
            if typ in ("LOC", "ORG") and lex.is_nationality(doc[start:end].text):
                typ = "MISC"  # "les Russes", "Européens", "Franco-Israélien": people of a country, not the country
            out.append(Candidate(start, end, typ, "ner"))
    return out


def combine(ner: list[Candidate], kb: list[Candidate]) -> list[Candidate]:
    """NER spans, with a KB match replacing every NER span it covers, and KB matches the model missed added.
    A NER span longer than a KB match inside it wins ("Vladimir Poutine" over "Poutine")."""
    kept: list[Candidate] = []
    kb_sorted = sorted(kb, key=lambda c: (c.start, -(c.end - c.start)))
    accepted_kb: list[Candidate] = []
    for cand in kb_sorted:
        if any(cand.overlaps(k) for k in accepted_kb):
            continue
        size = cand.end - cand.start
        inside_longer_ner = any(n.start <= cand.start and cand.end <= n.end and (n.end - n.start) > size for n in ner)
        crossing_ner = any(n.overlaps(cand) and not (cand.start <= n.start and n.end <= cand.end) for n in ner)
        if not inside_longer_ner and not crossing_ner:
            accepted_kb.append(cand)
    for n in ner:
        if not any(k.overlaps(n) for k in accepted_kb):
            kept.append(n)
    return sorted(kept + accepted_kb, key=lambda c: c.start)


def join_of_phrases(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """"Atomic Energy Organization" + "of" + "Iran" → one name, when the KB knows the joined name."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (nxt is not None and c.type != "PER" and nxt.start == c.end + 1
                and doc[c.end].lower_ in lex.name_joiners):
            actor = kb.lookup(doc[c.start:nxt.end].text, lex.lang)
            if actor is not None and actor.type != "PER":
                out.append(Candidate(c.start, nxt.end, actor.type, "kb", actor))
                i += 2
                continue
        out.append(c)
        i += 1
    return _join_owner_prefix(doc, out, kb, lex)


def _join_owner_prefix(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """"Ukraine's" + "Air Force" → "Ukrainian Air Force", when the KB knows the joined words."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and c.type != "PER" and c.actor is None and prev.end + 1 == c.start
                and doc[prev.end].lower_ in lex.possessives):
            actor = kb.lookup(doc[prev.start:c.end].text, lex.lang)
            if actor is not None and actor.type != "PER":
                out[-1] = Candidate(prev.start, c.end, actor.type, "kb", actor)
                continue
        out.append(c)
    return out


def full_name_surnames(doc: Doc, cands: list[Candidate]) -> dict[str, str]:
    """normalised surname → normalised full name, for PER names of two or more words."""
    out: dict[str, str] = {}
    for c in cands:
        span = c.span(doc)
        words = [t for t in span if not t.is_punct]
        if c.type == "PER" and len(words) >= 2 and words[-1].is_title:
            out.setdefault(normalize(words[-1].text), normalize(span.text))
    return out


def add_surname_mentions(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Bare surnames of people named in full elsewhere become PER mentions; mistyped ones are retyped."""
    surnames = full_name_surnames(doc, cands)
    if not surnames:
        return cands
    for c in cands:
        if c.type != "PER" and c.actor is None and c.norm(doc) in surnames:
            c.type = "PER"
    taken = taken_tokens(len(doc), cands)
    added = []
    for i, title in enumerate(token_flags(doc, IS_TITLE)):
        if title and not taken[i] and normalize(doc[i].text) in surnames:
            added.append(Candidate(i, i + 1, "PER", "surname"))
    return sorted(cands + added, key=lambda c: c.start)


def retype_given_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """"Désiré Doué" labelled ORG: a two- or three-word name starting with a given name and holding no
    organisation or place head noun is a person."""
    for c in cands:
        span = c.span(doc)
        tokens = [t for t in span if t.text != "-"]
        if c.type in ("ORG", "LOC") and c.actor is None and 2 <= len(tokens) <= 4 and all(t.is_title for t in tokens):
            words = [normalize(t.text) for t in tokens]
            if words[0] in lex.given_names and not any(w in lex.name_heads for w in words):
                c.type = "PER"


def split_joined_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A headline span holding two known people ("Putin Meets Witkoff") is split into them: known people are
    the surnames of the article's full PER names and KB persons."""
    known = set(full_name_surnames(doc, cands)) | {
        normalize(c.span(doc)[-1].text) for c in cands if c.actor is not None and c.actor.type == "PER"}
    out: list[Candidate] = []
    for c in cands:
        hits = [t.i for t in c.span(doc) if normalize(t.text) in known]
        if c.actor is None and len(c.span(doc)) >= 3 and len(hits) >= 2 and hits[-1] - hits[0] >= 2:
            out.extend(Candidate(i, i + 1, "PER", "surname") for i in hits)
        else:
            out.append(c)
    return out


def in_place_context(doc: Doc, cand: Candidate, cands: list[Candidate], lex: EntityLexicon,
                     directions: bool = True) -> bool:
    """A locative preposition before the name ("in", "à", "près de", "in central …"), or a list of places it
    belongs to ("Tehran, Isfahan and Bushehr"); without ``directions``, a preposition of direction ("to", "vers")
    is no such context."""
    locatives = lex.locative_words if directions else lex.locative_words - lex.direction_words
    last = doc[cand.end - 1]
    if last.dep_ in ADJECTIVAL_MODIFIER and last.head.i >= cand.end and last.head.pos_ == "NOUN" \
            and lex.kind_nouns.get(normalize(last.head.text)) != "LOC":
        return False  # "in the X disarmament process": the name qualifies another noun ("in the X region" stays)
    before = [t for t in doc[max(0, cand.start - 2):cand.start] if not t.is_punct]
    if before and (before[-1].lower_ in locatives or (
            len(before) == 2 and before[0].lower_ in locatives and before[1].is_lower)):
        return True
    i = cand.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].lower_ in lex.conjunctions):
        i -= 1
    if i < cand.start - 1 and i >= 0:
        return any(o.type == "LOC" and o.end == i + 1 for o in cands)
    return False


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written between two words without spaces."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def gazetteer_candidates(doc: Doc, cands: list[Candidate], lex: EntityLexicon,
                         gazetteer: Gazetteer | None) -> list[Candidate]:
    """Well-known places the model missed: a run of capitalised words (joined by spaces or hyphens) outside every
    entity that the gazetteer knows as a country, region, capital, or town of 100,000 people or more (1,000,000
    at the start of a sentence, where every word is capitalised)."""
    if gazetteer is None:
        return cands
    taken = taken_tokens(len(doc), cands)
    added = []
    title, stop = token_flags(doc, IS_TITLE), token_flags(doc, IS_STOP)
    i = 0
    while i < len(doc):
        if taken[i] or not title[i] or stop[i]:
            i += 1
            continue
        j, hyphens = i, []
        while j < len(doc) and j - i < 3 and not taken[j] and title[j]:
            j += 1
            if j + 1 < len(doc) and _joining_hyphen(doc, j) and not taken[j + 1] and title[j + 1]:
                hyphens.append(j)  # "Darfour-Sud", "Kordofan-Nord": a hyphen joins the words of one name …
                j += 1
        while hyphens and not gazetteer.lookup(doc[i:j].text):
            j = hyphens.pop()  # … when the gazetteer knows the whole ("D-Mo.": "Mo." alone; "A-B-C road": "A")
        text = doc[i:j].text
        words = normalize(text).split()
        name_like = (len(text) >= 3 and not text.isupper() and normalize(text) not in lex.not_names
                     and text.lower() not in lex.trim_words)  # "Ms.", a title of address, is no "MS" (Mississippi)
        if name_like and words[0] not in lex.given_names and not lex.demonym_country(text):
            floor = 1_000_000 if doc[i].is_sent_start else 100_000
            for cand in gazetteer.lookup(text):
                place = cand.place
                major = place.feature in ("COUNTRY", "ADM1", "PPLC", "RGN")
                if major or (place.feature == "PPL" and place.population >= floor):
                    added.append(Candidate(i, j, "LOC", "gazetteer"))
                    break
        i = j
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def harmonise_types(doc: Doc, cands: list[Candidate]) -> None:
    """One type per name in an article: the KB's when known, else the majority label (ties: first seen)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        votes[c.norm(doc)][c.type] += 1
    for c in cands:
        if c.actor is not None:
            c.type = c.actor.type
            continue
        counts = votes[c.norm(doc)]
        best = counts.most_common(1)[0]
        if best[1] > counts[c.type]:
            c.type = best[0]


def taken_tokens(length: int, cands: list[Candidate]) -> list[bool]:
    """For each token of a Doc of ``length`` tokens, whether one of ``cands`` covers it."""
    taken = [False] * length
    for c in cands:
        for i in range(c.start, c.end):
            taken[i] = True
    return taken
