"""Views of a Doc computed once and shared by every component.

spaCy rebuilds ``doc.text`` by joining every token on each access (about 2 ms for a 600-word article), and
``span.sent`` walks back to the sentence start; components that need them again and again (events, quotes,
dates) use these cached look-ups instead.

Passes over every token in Python cost far more than spaCy's own arrays: ``token_starts``, ``token_flags``,
``line_starts`` and ``tokens_with_texts`` / ``tokens_where`` answer "where does token i start", "is token i
title-cased", "which tokens open a line", "which tokens are exactly one of these words" and "which tokens pass
this test" from ``doc.to_array`` and the text, without touching each Token (a test runs once per distinct word).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDX, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_KEY = "ww_sentences"
_TEXT_KEY = "ww_text"
_STARTS_KEY = "ww_token_starts"
_LINES_KEY = "ww_line_starts"
_IDS_KEY = "ww_string_ids"
_FLAGS_KEY = "ww_flags"
_MEMO_MAX = 100_000


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text`` as ``doc.text`` when ``doc`` was made from it by the tokenizer (which keeps every
    character), so that :func:`doc_text` need not join the tokens; a text of another length is not recorded."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT_KEY] = (len(doc), text)


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



# marks after which the next sentence is one the text itself began
SENTENCE_FINAL = frozenset('.!?"”»…)\'’:;')


def split_off(doc: Doc, start: int) -> bool:
    """The sentence opening at token ``start`` continues the one before it on the same line, with no
    sentence-final mark between: the parser cut them, not the text (« La ville va essuyer des bombardements
    lundi », where *lundi* became a root of its own)."""
    before = next((t for t in reversed(doc[:start]) if not t.is_space), None)
    return before is not None and before.text[-1] not in SENTENCE_FINAL \
        and "\n" not in doc_text(doc)[before.idx:doc[start].idx]

def token_starts(doc: Doc) -> list[int]:
    """``token.idx`` of every token, in order (cached)."""
    cached = doc.user_data.get(_STARTS_KEY)
    if cached is None or cached[0] != len(doc):
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        cached = (len(doc), starts)
        doc.user_data[_STARTS_KEY] = cached
    return cached[1]


def token_flags(doc: Doc, attr: int) -> list[bool]:
    """A boolean attribute of every token (``IS_TITLE``, ``IS_STOP``, ``IS_PUNCT`` … from ``spacy.attrs``), in
    order (cached per attribute)."""
    cached: dict[int, tuple[int, list[bool]]] = doc.user_data.setdefault(_FLAGS_KEY, {})
    found = cached.get(attr)
    if found is None or found[0] != len(doc):
        found = (len(doc), [bool(v) for v in doc.to_array(attr).tolist()] if len(doc) else [])
        cached[attr] = found
    return found[1]


def line_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that open a line: the first token, and every token whose previous token holds a line
    break in its text or its trailing whitespace; ascending (cached)."""
    cached = doc.user_data.get(_LINES_KEY)
    if cached is None or cached[0] != len(doc):
        text, starts = doc_text(doc), token_starts(doc)
        found = {0} if len(doc) else set()
        newline = text.find("\n")
        while newline >= 0:
            after = bisect_right(starts, newline)  # the first token starting after the line break
            if after < len(doc):
                found.add(after)
            newline = text.find("\n", newline + 1)
        cached = (len(doc), sorted(found))
        doc.user_data[_LINES_KEY] = cached
    return cached[1]


class TokenTexts:
    """A set of exact token texts, with the string ids spaCy gives them, for :func:`tokens_with_texts`."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = frozenset(texts)
        self.ids: NDArray[np.uint64] = np.array(sorted(get_string_id(t) for t in self.texts if t), dtype=np.uint64)

    def __contains__(self, text: object) -> bool:
        return text in self.texts


def _string_ids(doc: Doc, attr: int = ORTH) -> NDArray[np.uint64]:
    """The string id of a string attribute of every token (``ORTH``: its text; ``LOWER``, ``LEMMA`` …) (cached)."""
    cached: dict[int, tuple[int, NDArray[np.uint64]]] = doc.user_data.setdefault(_IDS_KEY, {})
    found = cached.get(attr)
    if found is None or found[0] != len(doc):
        found = (len(doc), np.asarray(doc.to_array(attr) if len(doc) else [], dtype=np.uint64))
        cached[attr] = found
    return found[1]


def _indices_in(orths: NDArray[np.uint64], ids: NDArray[np.uint64]) -> list[int]:
    """Positions in ``orths`` of the values in ``ids`` (sorted)."""
    if not len(ids) or not len(orths):
        return []
    places = np.minimum(np.searchsorted(ids, orths), len(ids) - 1)
    hits: list[int] = np.flatnonzero(ids[places] == orths).tolist()
    return hits


def tokens_with_texts(doc: Doc, texts: TokenTexts) -> list[int]:
    """Indices of the tokens whose text is one of ``texts`` (case-sensitive), ascending."""
    return _indices_in(_string_ids(doc), texts.ids)


def tokens_where(doc: Doc, test: Callable[[str], bool], memo: dict[int, bool], attr: int = ORTH) -> list[int]:
    """Indices of the tokens whose text (or other string attribute ``attr``: ``LOWER``, ``LEMMA`` …) passes
    ``test``, ascending. ``test`` runs once per distinct string: ``memo`` keeps its verdicts by string id for the
    caller's next Docs (emptied past _MEMO_MAX strings; one memo per test and attribute)."""
    ids = _string_ids(doc, attr)
    if len(memo) > _MEMO_MAX:
        memo.clear()
    strings = doc.vocab.strings
    passing = []
    for string_id in np.unique(ids).tolist():  # sorted
        verdict = memo.get(string_id)
        if verdict is None:
            verdict = memo[string_id] = test(strings[string_id])
        if verdict:
            passing.append(string_id)
    return _indices_in(ids, np.array(passing, dtype=np.uint64))
