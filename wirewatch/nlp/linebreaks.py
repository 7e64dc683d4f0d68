"""The ``ww_linebreaks`` component: a line break ends a sentence. Runs before the parser, which keeps
boundaries already set, so a headline or a dateline never merges into the paragraph after it.

A headline's colon before a count ("Attentat à Kaboul : dix personnes tuées", "Shooting in Denver: three people
killed") joins the act to its toll: the count never opens a sentence of its own, with or without a final full
stop, so the toll and its victims are read in the act's sentence (``headline_structure.counted_after_colon``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import line_starts
from wirewatch.nlp.headline_structure import counted_after_colon


@Language.component("ww_linebreaks", assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """Every token that opens a line (after the first) starts a sentence; only those tokens are visited."""
    for i in line_starts(doc):
        if i > 0:
            doc[i].is_sent_start = True
    for token in doc[1:-1]:
        if token.text == ":" and counted_after_colon(token):
            doc[token.i + 1].is_sent_start = False
    return doc

