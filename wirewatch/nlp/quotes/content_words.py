"""How many words what was said holds, counted on the tokens rather than on spaces.

Spaces glue an elided article or pronoun to its host and count a spaced quotation mark or dash as a word: "que
l'Union réagirait" and "« non » , a" are miscounted. A word here is a token with a letter or a digit; an elided or
clitic form ("l'", "qu'", "d'", "'s", "n't") is no word of its own but leaves its host one ("l'Union": one word).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

APOSTROPHES = "'’"
MAX_CLITIC = 3  # letters and apostrophe of a clitic written inside its token ("n't", "'re")


def is_word(tok: Token) -> bool:
    """A token with a letter or a digit that is not an elided or clitic form."""
    text = tok.text
    if not any(c.isalnum() for c in text):
        return False
    elided = text[-1] in APOSTROPHES or text[0] in APOSTROPHES
    return not elided and not (len(text) <= MAX_CLITIC and any(a in text for a in APOSTROPHES))


def word_count(tokens: Span) -> int:
    """The words (``is_word``) of ``tokens``."""
    return sum(1 for tok in tokens if is_word(tok))
