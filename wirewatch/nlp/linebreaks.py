"""The ``ww_linebreaks`` component: a line break ends a sentence. Runs before the parser, which keeps
boundaries already set, so a headline or a dateline never merges into the paragraph after it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("ww_linebreaks")
def mark_line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
