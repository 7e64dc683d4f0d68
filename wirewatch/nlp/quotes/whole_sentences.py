"""A quotation that is a sentence of its own: "« … », a déclaré X. « Chaque jour compte pour nos villes. »".

Such a quotation is never a quoted phrase (a scare quote, a name), even when the parse finds no finite verb in it
(it read "compte" as a noun): it opens with a capital after the end of the sentence before, holds at least
``min_words`` words and ends with its own final mark inside the closing one. The attribution before it in its
paragraph then reaches it as it reaches any whole sentence that follows it.
"""

from __future__ import annotations

SENTENCE_ENDS = ".!?…"
BEFORE_A_SENTENCE = ".!?…»”\"\n"


def stands_as_sentence(text: str, start: int, end: int, outer_start: int, words: list[str], min_words: int) -> bool:
    """Whether the quotation ``text[start:end]`` (opening mark at ``outer_start``) is a sentence of its own."""
    inner = text[start:end].rstrip()
    if len(words) < min_words or not words[0][:1].isupper() or not inner or inner[-1] not in SENTENCE_ENDS:
        return False
    before = text[:outer_start].rstrip(" \t\u00a0\u202f")
    return not before or before[-1] in BEFORE_A_SENTENCE
