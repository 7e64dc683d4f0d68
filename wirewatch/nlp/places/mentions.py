"""Toponym mentions: where an article names a place, and what the words around the name say of its level.

Mentions come from the entity layer (LOC entities, or the model's GPE/LOC/FAC entities when that layer is
absent) and from demonyms ("Russian", "les forces russes"), which geoparsing gold sets count as mentions of the
country. Those gold sets (GeoWebNews) also count organisations named after a place as mentions of it ("the EU",
"l'Union européenne" → Europe; "Toronto" in "Toronto Police"; "Edmonton" for its team); a toponym that only
names an organisation is marked (``Toponym.organisation``) for the component to keep or drop.

Level words come from ``lexicons/<lang>/place_words.tsv``: "région de Zaporijia" and "Kharkiv Oblast" ask for
the region, "la ville de Zaporijia" for the town, "dans le sud de l'Ukraine" keeps the country but
lowers the precision to a region.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

import numpy as np
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import TokenTexts, doc_text, line_starts, token_starts, tokens_with_texts
from wirewatch.nlp.places.function_words import is_conjunction, place_function_words
from wirewatch.nlp.places.qualifiers import qualify_by_demonyms

Level = Literal["region", "city", "country", "direction"]
MODEL_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP", "MISC", "LOC", "GPE", "ORG"})
NAME_LABELS = frozenset({"ORG", "MISC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
MAX_EMBEDDED_WORDS = 3
PERSON_LABELS = frozenset({"PERSON", "PER"})
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]?\.)+$")  # "St.", "D.C.", "N.J."
_LOWERCASE_LEAD = re.compile(r"^(?:[a-zà-ÿ]+\s+|[a-z]['’])+(?=[A-ZÀ-Ý])")


@dataclass(frozen=True)
class Demonym:
    country: str | None  # ISO3
    place: str | None  # a gazetteer name for regional demonyms ("European" -> "Europe")


@dataclass(frozen=True)
class PlaceWords:
    """The data of one language: demonyms and level words."""

    demonyms: dict[str, Demonym]  # normalised form -> target
    demonym_forms: TokenTexts  # exact forms (and capitalised ones) matched on tokens: "US" but not "us"
    before: tuple[tuple[str, Level], ...]  # lower-cased word(s) before a name, longest first
    after: tuple[tuple[str, Level], ...]  # lower-cased word(s) after a name
    generic: frozenset[str]  # normalised words that are no place alone ("centre", "south")
    locatives: frozenset[str]  # lower-cased prepositions before a place ("à", "in", "near")
    heads: frozenset[str] = frozenset()  # lower-case head nouns inside a place's name ("mer" Noire, "golfe")

    @classmethod
    def load(cls, lang: str) -> PlaceWords:
        demonyms: dict[str, Demonym] = {}
        forms: set[str] = set()
        for row in lexicons.read_tsv(lang, "demonyms.tsv"):
            country, place, form = row.get("iso3", "").upper() or None, row.get("place") or None, row.get("form")
            if form and (country or place):
                demonyms.setdefault(normalize(form), Demonym(country, place))
                forms.update((form, form[0].upper() + form[1:]))
        before: list[tuple[str, Level]] = []
        after: list[tuple[str, Level]] = []
        generic: set[str] = set()
        locatives: set[str] = set()
        heads: set[str] = set()
        for row in lexicons.read_tsv(lang, "place_words.tsv"):
            level = row.get("level", "")
            if level == "head":
                heads.add(row["form"].lower())
                continue
            if level == "generic":
                generic.add(normalize(row["form"]))
                continue
            if level == "locative":
                locatives.add(row["form"].lower().replace("’", "'"))
                continue
            if level not in ("region", "city", "country", "direction"):
                continue
            target = before if row.get("position") == "before" else after
            target.append((row["form"].lower().replace("’", "'"), level))  # type: ignore[arg-type]
        return cls(demonyms, TokenTexts(forms), tuple(sorted(before, key=lambda w: -len(w[0]))),
                   tuple(sorted(after, key=lambda w: -len(w[0]))), frozenset(generic),
                   frozenset(locatives), frozenset(heads))

    def level_heads(self, levels: frozenset[str]) -> frozenset[str]:
        """The nouns of the level words of ``levels`` that a name's level hangs on: the last word of a word
        written after the name ("Kherson city"), the first of one written before it ("la région de Sumy")."""
        return frozenset({form.split()[-1] for form, level in self.after if level in levels}
                         | {form.split()[0] for form, level in self.before if level in levels})

    def demonym(self, text: str) -> Demonym | None:
        return self.demonyms.get(normalize(text))

    def is_generic(self, name: str) -> bool:
        """"South", "Centre", "the North West": words that are no place without a head noun."""
        return normalize(name) in self.generic


@lru_cache(maxsize=8)
def place_words(lang: str) -> PlaceWords:
    """The place words of ``lang``, read once (empty for a language without them)."""
    return PlaceWords.load(lang)


@dataclass(frozen=True)
class Toponym:
    """One mention: ``text == doc.text[start:end]``; ``name`` is what is looked up in the gazetteer."""

    start: int
    end: int
    text: str
    name: str
    level: Level | None = None
    demonym: Demonym | None = None
    organisation: bool = False  # it only names an organisation ("EU", "African" in "African Union")
    country: str | None = None  # ISO3 a demonym before it places it in ("the Libyan city of X": qualifiers.py)


def _clean_span(text: str, start: int, end: int, heads: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive: "the United States's" -> "United States"; lower-case
    words before the name go too ("en Bretagne"), but from a head noun of the name on they stay ("en mer Noire"
    -> "mer Noire")."""
    span = text[start:end]
    for lead in place_function_words().name_articles:
        if span.startswith(lead) and len(span) > len(lead):
            start += len(lead)
            span = span[len(lead):]
    lowercase_lead = _LOWERCASE_LEAD.match(span)
    if lowercase_lead and lowercase_lead.end() < len(span):  # "en Bretagne", "l'Ukraine"
        cut = lowercase_lead.end()
        head = next((m.start() for m in re.finditer(r"[^\s'’]+", span[:cut]) if m.group().lower() in heads), None)
        cut = head if head is not None else cut
        start += cut
        span = span[cut:]
    for trail in place_function_words().possessives:
        if span.endswith(trail):
            end -= len(trail)
            span = span[: -len(trail)]
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    return start, end


def _after_locative(text: str, start: int, words: PlaceWords) -> bool:
    before = text[max(0, start - 20):start].lower().replace("’", "'")
    return any(before.endswith(f" {w} ") or before == f"{w} " or (w.endswith("'") and before.endswith(f" {w}"))
               for w in words.locatives)


def _level_inside(name: str, words: PlaceWords,
                  is_toponym: Callable[[str], bool] | None = None) -> tuple[str, Level | None]:
    """A level word within the span: "Kharkiv Oblast" -> ("Kharkiv", "region"); not one that is part of a
    well-known place's own name ("Northern Ireland", "South Sudan" are not parts of Ireland or Sudan)."""
    if is_toponym is not None and name[:1].isupper() and " " in name and is_toponym(name):
        return name, None
    lowered = name.lower().replace("’", "'")
    for form, level in words.after:
        if lowered.endswith(" " + form) and len(lowered) > len(form) + 1:
            return name[: len(name) - len(form) - 1], level
    for form, level in words.before:
        if lowered.startswith(form + " ") or (form.endswith("'") and lowered.startswith(form)):
            rest = name[len(form):].lstrip()
            if rest:
                return rest, level
    return name, None


def _level_around(text: str, start: int, end: int, words: PlaceWords) -> Level | None:
    before = text[max(0, start - 40):start].lower().replace("’", "'")
    # "dans le sud de l'Ukraine": the article is not a level word
    before = place_function_words().article_before.sub("", before)
    if before and not before.endswith(" ") and not before.endswith("'"):
        before += " "
    for form, level in words.before:
        if before.endswith(form + " ") or (form.endswith("'") and before.endswith(form)):
            return level
    after = text[end:end + 20].lower()
    for form, level in words.after:
        if after.startswith(" " + form) and not after[len(form) + 1:len(form) + 2].isalpha():
            return level
    return None


def _embedded(span: Span, is_toponym: Callable[[str], bool], words: PlaceWords) -> Iterator[tuple[int, int]]:
    """Well-known place names inside an organisation's or an event's name: "Jamaica" in "Jamaica Cancer Society",
    "Toronto" in "Toronto Police Services Board" (geoparsing gold sets count them)."""
    capital = [t.is_title or t.is_upper for t in span]
    wordlike = [t.is_alpha or t.text in ".-&'" or _ABBREVIATION.match(t.text) is not None for t in span]
    i = 0
    while i < len(span):
        found = False
        for n in range(min(MAX_EMBEDDED_WORDS, len(span) - i), 0, -1) if capital[i] else ():
            if not all(wordlike[i:i + n]):
                continue
            part = span[i:i + n]
            if not words.is_generic(part.text) and is_toponym(part.text):
                yield part.start_char, part.end_char
                i += n
                found = True
                break
        if not found:
            i += 1


def _untagged_names(doc: Doc, covered: list[tuple[int, int]], is_toponym: Callable[[str], bool],
                    words: PlaceWords) -> Iterator[tuple[int, int]]:
    """Proper nouns the entity layer missed that are well-known places ("El-Facher", "Bretagne"): runs of PROPN
    tokens (joined by hyphens and apostrophes) outside every entity."""
    text = doc_text(doc)
    propn: list[int] = np.flatnonzero(doc.to_array(POS) == PROPN).tolist() if len(doc) else []
    is_propn = set(propn)
    run_end = 0
    for i in propn:
        if i < run_end:
            continue
        j = i + 1
        while j < len(doc) and (j in is_propn or doc[j].text in "-'’"):
            j += 1
        run_end = j + 1  # the token that ended the run starts none
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        if (j - i <= MAX_EMBEDDED_WORDS and not any(s < end and start < e for s, e in covered)
                and not words.is_generic(text[start:end]) and is_toponym(text[start:end])):
            yield start, end


def _datelines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Capitalised words opening a paragraph: the dateline "TORONTO —"."""
    last = -1
    for i in line_starts(doc):
        token = doc[i]
        if i > last and token.is_upper and token.is_alpha and len(token) >= 3:
            j = i
            while j + 1 < len(doc) and doc[j + 1].is_upper and doc[j + 1].is_alpha and "\n" not in doc[j].whitespace_:
                j += 1
            yield token.idx, doc[j].idx + len(doc[j].text)
            last = j


def collect_toponyms(doc: Doc, words: PlaceWords,
                     is_toponym: Callable[[str], bool] | None = None) -> list[Toponym]:
    """Place mentions of ``doc``, in text order, without overlaps (the longest span wins). ``is_toponym`` tells
    a well-known place name; with it, such names inside other names, in datelines, after a locative preposition
    or missed by the entity layer are mentions too."""
    text = doc_text(doc)
    found = _Spans()
    if doc._.ww_entities is not None:
        _from_entity_layer(doc, words, is_toponym, found)
    _from_model(doc, words, found)
    _demonym_tokens(doc, words, found)
    if is_toponym is not None:
        for span in found.names:
            found.places.extend(_embedded(span, is_toponym, words))
        found.places.extend(s for s in _datelines(doc) if is_toponym(text[s[0]:s[1]]))
        covered = [(e.start_char, e.end_char) for e in doc.ents] + found.places + [
            (m.start, m.end) for entity in doc._.ww_entities or [] for m in entity.mentions]
        found.places.extend(_untagged_names(doc, covered, is_toponym, words))
    toponyms = qualify_by_demonyms(text, _share_levels(text, _toponyms(text, found.places, words, is_toponym)),
                                   words)
    if not doc._.ww_entities:
        return toponyms
    organisations = _Organisations.of(doc)
    return [replace(t, organisation=True) if organisations.named_after(t) else t for t in toponyms]


@dataclass
class _Spans:
    places: list[tuple[int, int]] = field(default_factory=list)  # character spans of place names
    names: list[Span] = field(default_factory=list)  # names of other things, which may hold a place name


def _from_entity_layer(doc: Doc, words: PlaceWords, is_toponym: Callable[[str], bool] | None,
                       found: _Spans) -> None:
    person_spans = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in PERSON_LABELS}
    text = doc_text(doc)
    for entity in doc._.ww_entities:
        for m in entity.mentions:
            if entity.type == "LOC":
                if (m.start, m.end) in person_spans and not (is_toponym and is_toponym(m.text)):
                    continue  # the model read a person ("Johnson") where the entity layer kept a place
                found.places.append((m.start, m.end))
            elif words.demonym(m.text):
                found.places.append((m.start, m.end))
            elif entity.type in ("ORG", "MISC") and (span := doc.char_span(m.start, m.end)) is not None:
                found.names.append(span)
            elif (entity.type == "PER" and is_toponym and _after_locative(text, m.start, words)
                  and is_toponym(m.text)):
                found.places.append((m.start, m.end))  # "à El-Facher" read as a person by the model


def _from_model(doc: Doc, words: PlaceWords, found: _Spans) -> None:
    """The model's entities: its place entities when there is no entity layer, its demonyms, its other names."""
    for ent in doc.ents:
        is_place = doc._.ww_entities is None and ent.label_ in MODEL_PLACE_LABELS
        if is_place or (ent.label_ in DEMONYM_LABELS and words.demonym(ent.text)):
            found.places.append((ent.start_char, ent.end_char))
        elif ent.label_ in NAME_LABELS:
            found.names.append(ent)


def _demonym_tokens(doc: Doc, words: PlaceWords, found: _Spans) -> None:
    """Demonyms ("russes", "Russian"), except inside a longer place name ("French Quarter")."""
    place_spans = found.places + [(e.start_char, e.end_char) for e in doc.ents if e.label_ in MODEL_PLACE_LABELS]
    starts = token_starts(doc)
    for i in tokens_with_texts(doc, words.demonym_forms):
        start, size = starts[i], len(doc[i])
        if not any(s <= start < e and e - s > size for s, e in place_spans):
            found.places.append((start, start + size))


def _toponyms(text: str, spans: list[tuple[int, int]], words: PlaceWords,
              is_toponym: Callable[[str], bool] | None = None) -> list[Toponym]:
    out: list[Toponym] = []
    taken: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0])):
        start, end = _clean_span(text, start, end, words.heads)
        if end <= start or any(start < e and s < end for s, e in taken):
            continue
        surface = text[start:end]
        name, level = _level_inside(surface, words, is_toponym)
        if words.is_generic(name) or (len(name) <= 2 and not name.isupper()):
            continue  # "South" alone; "Ms" is no "MS" (Mississippi)
        taken.append((start, end))
        out.append(Toponym(start, end, surface, name, level or _level_around(text, start, end, words),
                           words.demonym(surface)))
    return sorted(out, key=lambda t: t.start)


def _share_levels(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """Coordinated names share a level word: "the Kharkiv and Donetsk regions", "régions de Kharkiv et de
    Donetsk"."""
    out = list(toponyms)
    for i in range(len(out) - 1, 0, -1):  # right to left: "A, B and C regions"
        a, b = out[i - 1], out[i]
        if a.level is None and b.level in ("region", "city") and is_conjunction(text[a.end:b.start]):
            out[i - 1] = replace(a, level=b.level)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.level is None and a.level in ("region", "city") and is_conjunction(text[a.end:b.start]):
            out[i] = replace(b, level=a.level)
    return out


@dataclass(frozen=True)
class _Organisations:
    """The entity layer's organisation mentions (their cleaned spans) and names."""

    spans: tuple[tuple[int, int], ...]
    names: frozenset[str]  # normalised mention texts

    @classmethod
    def of(cls, doc: Doc) -> _Organisations:
        text = doc_text(doc)
        # an organisation's lower-case first word is part of its name ("administration régionale de Kharkiv")
        spans = tuple(_clean_span(text, m.start, m.end, frozenset(m.text.lower().split()[:1]))
                      for e in doc._.ww_entities if e.type == "ORG" for m in e.mentions)
        return cls(spans, frozenset(normalize(text[s:e]) for s, e in spans))

    def named_after(self, toponym: Toponym) -> bool:
        """A toponym inside an organisation's name that only names the organisation: a demonym ("African
        Union", "Commission européenne"), the organisation's whole name ("EU", "Union européenne"), or another of
        its names ("European Union" in "the European Union's Commission"). A place named in it as a place stays
        ("Council of Europe", "Kharkiv regional administration")."""
        holders = [(s, e) for s, e in self.spans if s <= toponym.start and toponym.end <= e]
        return bool(holders) and (toponym.demonym is not None or (toponym.start, toponym.end) in holders
                                  or normalize(toponym.text) in self.names)
