"""The ``ww_linebreaks`` component: a line break ends a sentence. Runs before the parser, which keeps
boundaries already set, so a headline or a dateline never merges into the paragraph after it.

A headline's colon before a count ("Attentat à Kaboul : dix personnes tuées", "Shooting in Denver: three people
killed") joins the act to its toll: the count never opens a sentence of its own, with or without a final full
stop, so the toll and its victims are read in the act's sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirewatch.nlp.doc_cache import line_starts


@Language.component("ww_linebreaks", assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """Every token that opens a line (after the first) starts a sentence; only those tokens are visited."""
    for i in line_starts(doc):
        if i > 0:
            doc[i].is_sent_start = True
    for token in doc[1:-1]:
        if token.text == ":" and counts_after_colon(token):
            doc[token.i + 1].is_sent_start = False
    return doc


def counts_after_colon(colon: Token) -> bool:
    """A count of people right after a colon that is not the line's first word ("…: two police officers
    wounded"); not a time or a score ("15:30", "2-1"), which the tokenizer keeps in one token."""
    count, counted = colon.nbor(1), colon.nbor(2) if colon.i + 2 < len(colon.doc) else None
    return count.like_num and counted is not None and counted.is_alpha and "\n" not in colon.whitespace_ \
        and "\n" not in colon.doc[colon.i - 1].whitespace_
