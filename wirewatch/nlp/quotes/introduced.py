"""A definite description that takes up a name the article introduced with the same noun: "la syndicaliste Marie
Lenoir … a martelé la syndicaliste", "l'ONG Terre Vive … L'ONG a dénoncé", "union leader X … the leader said".

A description of only a determiner and a speaker noun (a title or a noun of ``quote_speaker_nouns.txt``) refers to
the nearest person or organisation named before it that the same noun stood beside (in apposition, compound, or as
the noun the name is apposed to), when the entities layer gave no role to find it by.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

SPEAKING = ("PER", "ORG")
NOMINAL = ("NOUN", "PROPN")  # (an acronym noun may be tagged a proper noun: "l'ONG")


def introduced_with(phrase: Span, index: EntityIndex, quoted: Callable[[int], bool], speaker_nouns: frozenset[str],
                    definite: Callable[[str], bool], window: int) -> EntityMention | None:
    """The name ``phrase`` (determiner + speaker noun) takes up, if one was introduced with its noun."""
    words = [t for t in phrase if not t.is_punct]
    if len(words) != 2 or words[0].pos_ != "DET" or not definite(words[0].lower_) or words[1].pos_ not in NOMINAL:
        return None
    noun = words[1]
    lemmas = {noun.lemma_.lower(), noun.lower_}
    if not lemmas & speaker_nouns:
        return None
    doc = phrase.doc
    for m in index.before(phrase.start_char, window):
        if m.type not in SPEAKING or quoted(m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        beside = [span.root.head, *span.root.children]
        if any(t.pos_ in NOMINAL and {t.lemma_.lower(), t.lower_} & lemmas and not span.start <= t.i < span.end
               for t in beside):
            return m
    return None
