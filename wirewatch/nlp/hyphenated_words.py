"""Compound nouns written with a hyphen that the tokenizer would split ("l'état-major" → "état", "-", "major"):
kept as one word, as the parser was trained on them, so "Selon l'état-major ukrainien, …" parses with "selon"
heading its noun. The words are data (``lexicons/<lang>/hyphenated_words.txt``); each also gets its capitalised
form ("L'État-major", at the start of a sentence)."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from wirewatch.lexicons import read_lines


def written_forms(word: str) -> set[str]:
    """The word as listed and with a capital first letter."""
    return {word, word[:1].upper() + word[1:]}


def keep_hyphenated_words(nlp: Language, lang: str) -> None:
    """Make each listed word one token of ``nlp``'s tokenizer."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # (a custom tokenizer has no special cases)
        return
    for word in read_lines(lang, "hyphenated_words.txt"):
        for form in written_forms(word):
            tokenizer.add_special_case(form, [{ORTH: form}])
