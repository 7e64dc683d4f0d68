"""The audience or channel of an attribution is not part of its speaker's words.

An inverted subject is often followed by whom the words were said to or where ("a déclaré le porte-parole de
l'armée aux journalistes", "said a spokesman for the army to reporters"); the parse may hang that phrase on the
subject's last noun. A speaker kept as written ends before the first channel expression of the language
(``quote_channels.tsv``: "aux journalistes", "à la presse", "to reporters", "sur Telegram") that follows its head
word: the channel is the quote's ``channel``, never a piece of who spoke.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteLexicon


def without_audience(lex: QuoteLexicon, text: str, words: list[Token]) -> list[Token]:
    """``words`` up to the first channel expression that starts after their first word (all of them if none)."""
    if len(words) < 2:
        return words
    start = words[0].idx
    phrase = text[start: words[-1].idx + len(words[-1].text)]
    cuts = [offset for offset, _ in lex.channels_in(phrase) if offset > 0]
    if not cuts:
        return words
    cut = start + min(cuts)
    kept = [t for t in words if t.idx < cut]
    while kept and (kept[-1].is_punct or kept[-1].is_space):
        kept.pop()
    return kept


def phrase_without_audience(lex: QuoteLexicon, text: str, phrase: Span) -> Span:
    """``phrase`` up to the first channel expression after its first word (see ``without_audience``)."""
    kept = without_audience(lex, text, list(phrase))
    if not kept or len(kept) == len(phrase):
        return phrase
    return phrase.doc[kept[0].i: kept[-1].i + 1]
