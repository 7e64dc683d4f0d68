"""Where reported speech gives way to the narrator's background: "X said it was necessary to act amid a growing
row over …", « X a estimé qu'il fallait agir sur fond de polémique … ».

A phrase of ``quote_background_phrases.txt`` ("amid", « sur fond de ») sets what was said in the circumstances the
reporter sees; the reported content ends before it (unless it stands inside quotation marks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from wirewatch import lexicons


def background_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The background phrases of a language, each as its lowercase words."""
    return tuple(tuple(line.lower().split()) for line in lexicons.read_lines(lang, "quote_background_phrases.txt"))


def before_background(lang: str, doc: Doc, first: int, last: int, quoted: Callable[[int], bool]) -> int:
    """The last token of reported content running from ``first`` to ``last``, cut before a background phrase."""
    phrases = background_phrases(lang)
    for k in range(first + 1, last + 1):
        if quoted(doc[k].idx):
            continue
        for phrase in phrases:
            if k + len(phrase) <= len(doc) and all(doc[k + n].lower_ == w for n, w in enumerate(phrase)):
                return k - 1
    return last
