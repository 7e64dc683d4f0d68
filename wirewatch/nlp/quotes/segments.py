"""Segments: the parser's sentences cut at every line break (cues and quotations never reach across one), and
joined again where the parser ended one at a comma ("Selon le chancelier allemand Olaf Scholz, | « … »") or
began one with it ("Selon le chancelier allemand Olaf Scholz | , l'Europe …"): no sentence ends or begins with a
comma, so the words on both sides of it belong to one sentence. A sentence also ends at a full stop (or "!", "?",
"…") followed by an opening quotation mark where the parser read on (« « A », a déclaré X. « B », a-t-il ajouté »
as one sentence): the quotation opens the next sentence, whose attribution does not reach back over the stop.
"""

from __future__ import annotations

import bisect
from collections.abc import Container

from spacy.tokens import Doc, Span

from wirewatch.nlp.doc_cache import line_starts


def line_break_tokens(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens holding a newline, ascending: the token before each line start (see
    ``doc_cache.line_starts``), and the last token (no line starts after it)."""
    candidates = sorted({i - 1 for i in line_starts(doc) if i > 0} | ({len(doc) - 1} if len(doc) else set()))
    return [i for i in candidates if doc[i].is_space and "\n" in doc[i].text]


class Segments:
    """The parser's sentences cut at every line break, findable by character offset."""

    def __init__(self, doc: Doc, quotation_openings: Container[int] = ()):
        """``quotation_openings``: the character offsets of the marks that open quotations."""
        self.spans: list[Span] = []
        stops = _stops_before_quotations(doc, quotation_openings)  # (kept in the sentence they end)
        breaks = sorted(set(line_break_tokens(doc)) | stops)
        for sent in doc.sents:
            start = sent.start
            for i in breaks[bisect.bisect_left(breaks, sent.start): bisect.bisect_left(breaks, sent.end)]:
                end = i + 1 if i in stops else i
                if end > start:
                    self.spans.append(doc[start:end])
                start = i + 1
            if sent.end > start:
                self.spans.append(doc[start:sent.end])
        self.spans = _joined_at_commas(self.spans)
        self._starts = [s.start_char for s in self.spans]

    def at(self, pos: int) -> Span | None:
        k = bisect.bisect_right(self._starts, pos) - 1
        return self.spans[k] if k >= 0 and pos < self.spans[k].end_char else None

    def index_of(self, span: Span) -> int:
        return bisect.bisect_left(self._starts, span.start_char)


SENTENCE_STOPS = frozenset({".", "!", "?", "…"})


def _stops_before_quotations(doc: Doc, openings: Container[int]) -> set[int]:
    """The stops followed by an opening quotation mark: each ends a sentence (« …, a dit X. « B », a-t-il dit »)."""
    return {t.i for t in doc[:-1] if t.text in SENTENCE_STOPS and t.whitespace_ and doc[t.i + 1].idx in openings}


def _joined_at_commas(spans: list[Span]) -> list[Span]:
    """``spans`` with each one that ends in a comma joined to the one right after it on the same line, and each
    one that begins with a comma joined to the one right before it, unless that one ends a quotation ("« … » |
    , assure X": the incise after a quotation is read across segments, cue_relations.attribution_after)."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == span.start and (_ends_in_comma(prev) or (
                span[0].text == "," and not _ends_in_quotation(prev))):
            out[-1] = span.doc[prev.start: span.end]
        else:
            out.append(span)
    return out


def _ends_in_comma(span: Span) -> bool:
    last = next((t for t in reversed(span) if not t.is_space), None)
    return last is not None and last.text == ","


def _ends_in_quotation(span: Span) -> bool:
    last = next((t for t in reversed(span) if not t.is_space), None)
    return last is not None and last.is_quote
