"""The evidence of an event: the sentence that states it, cut at the line breaks around the trigger.

A sentence is a sentence with or without final punctuation: a headline, a lead, a bullet, a caption or a short
report written without a final full stop states its event like any other line. A line without sentence-final
punctuation (``headline_structure.unpunctuated_text``, the one definition every layer reads) is marked
*unpunctuated*: when it retells an event the body tells too, the merge keeps the body's sentence as the evidence
(``merge.absorb``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.headline_structure import unpunctuated_text
from wirewatch.records import Mention


@dataclass(frozen=True)
class EvidenceLine:
    mention: Mention
    unpunctuated: bool  # the line ends without sentence-final punctuation (a headline, a bullet, a snippet)


def line_of(doc: Doc, sent: Span, offset: int) -> EvidenceLine | None:
    """The sentence holding ``offset``, cut at the line breaks around it and stripped of spaces; None when
    nothing but spaces is left."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, offset) + 1
    newline = text.find("\n", offset)
    line_end = newline if newline >= 0 else len(text)
    line = text[line_start:line_end].rstrip()
    start, end = max(sent.start_char, line_start), min(sent.end_char, line_end)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if not line or end <= start:
        return None
    return EvidenceLine(Mention(start=start, end=end, text=text[start:end]), unpunctuated_text(line))
