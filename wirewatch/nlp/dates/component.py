"""The ``ww_dates`` component: TIMEX3 dates, times and vague references, normalised against the publication date.

Find (``rules.py``: the language's rules over the text), then resolve in three passes:

1. expressions outside quotes, against the publication date (tense of the governing verb orients bare
   weekdays and dates without a year);
2. expressions inside a direct quote, against the speech date when the sentence of the quote states one
   ("Mardi, Trump a déclaré : « … demain »" → Wednesday; a quote continuing the previous one inherits it);
3. clock times, parts of day and anaphora ("le même jour"), against the nearest day named around them.

Reads ``doc._.ww_published``; writes ``doc._.ww_dates`` (``list[TimeExpr]``). Without a publication date
absolute dates keep their value and relative ones get ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.lexicons import read_tsv
from wirewatch.nlp.dates.context import Sentences, quote_spans, tense_direction
from wirewatch.nlp.dates.lexicon import TimexLexicon, load_timex_lexicon
from wirewatch.nlp.dates.resolve import DayParts, ResolveContext, Resolved, resolve
from wirewatch.nlp.dates.rules import TimexMatch, find_expressions
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.records import TimeExpr

_LATE_KINDS = frozenset({"time", "pod", "anaphoric"})  # resolved from the days named around them
_ANAPHORA_SENTENCES = 3  # how far back "le même jour" looks for its day
_APPOSED_KINDS = frozenset({"deictic", "pod", "weekday", "anaphoric"})
_EXPLICIT_KINDS = frozenset({"date", "iso", "numeric"})
_STAMP_LINE_MAX = 100  # characters: a line this short without final punctuation is page metadata
_SENTENCE_END = (".", "!", "?", ":", ";", "»", "\"", "”", ")")


class TimexTagger:
    """Rule-based TIMEX3 tagger; language knowledge in ``lexicons/<lang>/timex_*``."""

    def __init__(self, nlp: Language, name: str, lang: str, day_parts: DayParts, emit_durations: bool) -> None:
        self.name = name
        self.lang = lang
        self.day_parts: DayParts = day_parts
        self.emit_durations = emit_durations
        self.lexicon: TimexLexicon | None = None
        self.speech_lemmas: frozenset[str] = frozenset()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   resources: Any = None) -> None:
        self.lexicon = load_timex_lexicon(self.lang)
        self.speech_lemmas = frozenset(row["lemma"].lower() for row in read_tsv(self.lang, "speech_verbs.tsv")
                                       if row.get("lemma"))

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        assert self.lexicon is not None
        matches = find_expressions(doc_text(doc), self.lexicon)
        resolved = self.resolve_all(doc, matches, doc._.ww_published)
        self.set_annotations(doc, matches, resolved)
        return doc

    def resolve_all(self, doc: Doc, matches: list[TimexMatch], published: dt.date | None) -> list[Resolved]:
        lex = self.lexicon
        assert lex is not None
        sentences = Sentences.of(doc, self.speech_lemmas)
        quotes = quote_spans(doc_text(doc))
        quote_of = [next((i for i, (s, e) in enumerate(quotes) if s <= m.start and m.end <= e), None)
                    for m in matches]
        out: list[Resolved | None] = [None] * len(matches)

        def context(i: int, anchor: dt.date | None, ref_day: dt.date | None = None) -> ResolveContext:
            m = matches[i]
            return ResolveContext(anchor, lambda: tense_direction(doc, m.start, m.end, lex), ref_day, self.day_parts)

        for i, m in enumerate(matches):
            if quote_of[i] is None and m.kind not in _LATE_KINDS:
                out[i] = resolve(m, lex, context(i, published))
        speech_dates = self._speech_dates(matches, out, quote_of, quotes, sentences)
        anchors = [published if q is None else speech_dates.get(q) or published for q in quote_of]
        for i, m in enumerate(matches):
            if quote_of[i] is not None and m.kind not in _LATE_KINDS:
                out[i] = resolve(m, lex, context(i, anchors[i]))
        late = sorted((i for i, m in enumerate(matches) if m.kind in _LATE_KINDS),
                      key=lambda i: "weekday" not in matches[i].groups)  # "4 h mardi" names its own day
        for i in late:
            ref = self._reference_day(i, matches, out, sentences, anaphoric=matches[i].kind == "anaphoric")
            out[i] = resolve(matches[i], lex, context(i, anchors[i], ref))
        return [r if r is not None else Resolved(None) for r in out]

    def _speech_dates(self, matches: list[TimexMatch], out: list[Resolved | None], quote_of: list[int | None],
                      quotes: list[tuple[int, int]], sentences: Sentences) -> dict[int, dt.date]:
        """Quote index → the day its speaker spoke, when a sentence with a speech verb around it names one."""
        dates: dict[int, dt.date] = {}
        previous: tuple[int, dt.date] | None = None  # (sentence of the last dated quote, its date)
        for q, (start, end) in enumerate(quotes):
            first, last = sentences.index(start), sentences.index(max(start, end - 1))
            day = None
            if any(sentences.speech[first:last + 1]):
                for i, m in enumerate(matches):
                    r = out[i]
                    if quote_of[i] is None and r is not None and r.day is not None \
                            and first <= sentences.index(m.start) <= last:
                        day = r.day
            if day is None and previous is not None and first - previous[0] <= 2:
                day = previous[1]
            if day is not None:
                dates[q] = day
                previous = (last, day)
        return dates

    @staticmethod
    def _reference_day(i: int, matches: list[TimexMatch], out: list[Resolved | None], sentences: Sentences,
                       anaphoric: bool) -> dt.date | None:
        """The day named nearest to match ``i``: in its sentence (either side), else before it, close by."""
        here = sentences.index(matches[i].start)
        best: tuple[int, dt.date] | None = None
        for j, m in enumerate(matches):
            r = out[j]
            if j == i or r is None or r.day is None:
                continue
            there = sentences.index(m.start)
            if there == here and not anaphoric:
                distance = abs(m.start - matches[i].start)
            elif there < here or (there == here and j < i):
                if here - there > (_ANAPHORA_SENTENCES if anaphoric else 1):
                    continue
                distance = 10_000 * (here - there + 1) + (matches[i].start - m.end)
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, r.day)
        return best[1] if best else None

    def set_annotations(self, doc: Doc, matches: list[TimexMatch], resolved: list[Resolved]) -> None:
        records = []
        for m, r in merge_appositions(doc_text(doc), matches, resolved):
            if r.type == "DURATION" and not self.emit_durations:
                continue
            if m.kind == "time" and in_stamp_line(doc_text(doc), m.start):
                continue
            records.append(TimeExpr(text=m.text, start=m.start, end=m.end, value=r.value, type=r.type))
        doc._.ww_dates = records


def merge_appositions(text: str, matches: list[TimexMatch],
                      resolved: list[Resolved]) -> list[tuple[TimexMatch, Resolved]]:
    """"aujourd'hui, le 6 août", "au début de la matinée, vendredi 13 juin": one day said twice is one expression.

    A relative expression followed, after a comma, by the full date it means becomes one match with the date's
    value (when both name the same day).
    """
    out: list[tuple[TimexMatch, Resolved]] = []
    i = 0
    while i < len(matches):
        m, r = matches[i], resolved[i]
        if i + 1 < len(matches) and m.kind in _APPOSED_KINDS and matches[i + 1].kind in _EXPLICIT_KINDS:
            nxt, rn = matches[i + 1], resolved[i + 1]
            gap = text[m.end:nxt.start]
            if gap.strip() == "," and rn.day is not None and r.day in (None, rn.day):
                merged = TimexMatch(m.start, nxt.end, text[m.start:nxt.end], nxt.rule, nxt.groups)
                out.append((merged, rn))
                i += 2
                continue
        out.append((m, r))
        i += 1
    return out


def in_stamp_line(text: str, offset: int) -> bool:
    """Is ``offset`` on a short line that is not a sentence ("Publié le 10/09/2025 à 10:51", "Posted … 6:51 PM")?

    Clock times there are publication stamps of the page, not times the article talks about.
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= _STAMP_LINE_MAX and not line.endswith(_SENTENCE_END)


@Language.factory(
    "ww_dates",
    default_config={"day_parts": "day", "emit_durations": False},
    assigns=["doc._.ww_dates"],
    requires=["token.dep", "doc.sents"],  # and token.morph where the model sets it (English: attribute_ruler)
)
def make_timex_tagger(nlp: Language, name: str, day_parts: DayParts, emit_durations: bool) -> TimexTagger:
    ensure_extensions()
    return TimexTagger(nlp, name, nlp.lang or "", day_parts, emit_durations)
