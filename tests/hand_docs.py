"""Hand-built spaCy Docs for syntax rules: words, heads, labels, tags and lemmas as a parser would give them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def hand_doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
             morphs: list[str] | None = None) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               morphs=morphs or [""] * len(words))
