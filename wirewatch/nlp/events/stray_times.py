"""A time phrase the parser cut off from the clause it dates, read back into that clause.

With no punctuation between them, the French model sometimes leaves a closing time word ungoverned and makes it
a sentence of its own (« La ville va essuyer des bombardements lundi »: *lundi* a second root), so the event of
the clause before finds no date. A "sentence" made of nothing but a time expression (and punctuation), on the
same line as the sentence before, which does not end in a sentence-final mark, belongs to that sentence: the
event's date is looked for in both.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from wirewatch.nlp.doc_cache import doc_text, split_off
from wirewatch.nlp.events.trigger_conditions import TIME_LABELS
from wirewatch.records import TimeExpr


def with_stray_time(sent: Span, dates: Sequence[TimeExpr]) -> Span:
    """``sent``, or ``sent`` and the bare time phrase the parser split off after it (see the module)."""
    doc = sent.doc
    if sent.end >= len(doc) or not split_off(doc, sent.end):
        return sent  # a sentence the text ended, or a headline above its lead on another line
    following = doc[sent.end].sent
    words = [t for t in following if not t.is_punct and not t.is_space]
    if not words or "\n" in doc_text(doc)[doc[sent.end].idx:words[-1].idx]:
        return sent
    timed = [d for d in dates if d.type in TIME_LABELS and d.start <= words[0].idx
             and words[-1].idx + len(words[-1]) <= d.end]
    if not timed:
        return sent
    return doc[sent.start:following.end]
