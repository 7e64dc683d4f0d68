"""The ``ww_linebreaks`` component: a line break ends a sentence. Runs before the parser, which keeps
boundaries already set, so a headline or a dateline never merges into the paragraph after it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import line_starts


@Language.component("ww_linebreaks", assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """Every token that opens a line (after the first) starts a sentence; only those tokens are visited."""
    for i in line_starts(doc):
        if i > 0:
            doc[i].is_sent_start = True
    return doc
