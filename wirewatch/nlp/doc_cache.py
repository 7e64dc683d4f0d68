"""Views of a Doc computed once and shared by every component.

spaCy rebuilds ``doc.text`` by joining every token on each access (about 2 ms for a 600-word article), and
``span.sent`` walks back to the sentence start; components that need them again and again (events, quotes,
dates) use these cached look-ups instead.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

_KEY = "ww_sentences"
_TEXT_KEY = "ww_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_TEXT_KEY] = cached
    return cached[1]


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, in order (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        spans = list(doc.sents) if len(doc) else []
        cached = (len(doc), spans, [s.start for s in spans])
        doc.user_data[_KEY] = cached
    return cached[1]


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence holding token ``token_index``."""
    spans = sentences(doc)
    starts: list[int] = doc.user_data[_KEY][2]
    return spans[max(0, bisect_right(starts, token_index) - 1)]
