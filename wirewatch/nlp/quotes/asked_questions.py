"""The question put to someone is not what they said: "Asked whether he would resign, X said he would not", "X was
asked if the war would end soon".

A verb that asks a question (``quote_questioning_verbs.txt``) in the passive, or as a past participle adjunct,
has for subject the one asked: the clause it reports is the asker's question, and the one asked speaks only in
the answer (their own speech verb). Such a verb reports nothing of its subject's words (passive.py keeps its
subject as the speaker of the answer it introduces: "Interrogée par l'AFP, la ministre a affirmé …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.passive import adjunct_participle, passive_voice, questioning_verbs


def asked(g: QuoteGrammar, lang: str, verb: Token, seg: Span) -> bool:
    """Whether ``verb`` asks its subject a question: a questioning verb in the passive or as an adjunct participle."""
    return verb.lemma_.lower() in questioning_verbs(lang) and (adjunct_participle(g, verb, seg)
                                                                or passive_voice(g, verb))


def asked_noun(g: QuoteGrammar, lang: str, verb: Token, seg: Span) -> Token | None:
    """"Le ministre, interrogé par la presse, …", "the minister, asked about it, …": the noun a participle that asks
    a question describes (the one who answers)."""
    if verb.lemma_.lower() not in questioning_verbs(lang) or not adjunct_participle(g, verb, seg):
        return None
    noun = verb.head
    return noun if verb.dep_ in g.agent_clause and noun.i != verb.i and noun.pos_ in ("NOUN", "PROPN") else None
