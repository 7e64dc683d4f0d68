"""A definite class noun that takes up an organisation named before: « La CGT appelle à la grève. Le syndicat
estime que … » (the CGT), "Hamas rejected the plan. The group said …" (Hamas).

The noun (``lexicons/<lang>/quote_organisation_nouns.txt``) heads a singular phrase under a definite determiner
with no proper noun and no complement of its own ("le syndicat des enseignants", "the union of X" describe a body
of their own); it speaks for the organisation that is the subject of a clause before it (its own sentence, then
the sentence before: the one the article is talking about), else for the nearest organisation named before it in
that stretch. An outlet is never taken up (it is the channel).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.subject_antecedent import earlier_subjects, named_by, sentence_before


@cache
def organisation_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_organisation_nouns.txt"))


def takes_up_organisation(nouns: frozenset[str], g: QuoteGrammar, head: Token, phrase: Span) -> bool:
    """"le syndicat", "le mouvement islamiste", "the group": a listed noun, singular and definite, alone."""
    if head.pos_ != "NOUN" or not ({head.lemma_.lower(), head.lower_} & nouns) or not phrase:
        return False
    if "Plur" in head.morph.get("Number", []) or phrase[0].pos_ != "DET" or phrase[0].lower_ in g.indefinite:
        return False
    if "Dem" in phrase[0].morph.get("PronType", []) or "Prs" in phrase[0].morph.get("PronType", []):
        return False  # (not "ce groupe" nor "son parti": possessives.py reads the owner)
    own = [t for t in phrase if t.i != head.i and not t.is_punct]
    return not any(t.pos_ in ("PROPN", "NUM") or (t.i > head.i and t.dep_ in g.leading) for t in own) \
        and not any(c.dep_ in g.apposition or any(k.dep_ in g.leading for k in c.children)
                    for c in head.children)


def organisation_before(g: QuoteGrammar, index: EntityIndex, quoted: Callable[[int], bool],
                        is_outlet: Callable[[str], bool], head: Token) -> EntityMention | None:
    """The organisation a class noun takes up (see the module docstring)."""
    def accepts(m: EntityMention | None) -> bool:
        return m is not None and m.type == "ORG" and not quoted(m.start) and not is_outlet(m.name)

    for subject in earlier_subjects(g, head, quoted):
        mention = named_by(g, index, subject)
        if mention is not None and mention.start < head.idx and accepts(mention):
            return mention
    opening = (sentence_before(head) or head.sent).start_char
    return next((m for m in index.before(head.idx, head.idx - opening) if accepts(m)), None)
