"""An outcry is no protest: "protest" in a phrase of voiced disapproval ("the law sparked a storm of protest",
"drew howls of protest from farmers", « un concert de protestations ») names criticism heard, not people
gathering to protest (PLOVER PROTEST is a demonstration, a strike, a boycott …). The head noun is a word of
sound or commotion (word class ``outcry_noun`` of ``event_words.tsv``); a "wave of protests" is still protests.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import preposition_of

OF_PREPS = frozenset({"of", "de", "d'"})


def outcry(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """A protest noun that is the "of" complement of an outcry noun ("a storm of protest")."""
    if event_type != "PROTEST" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head.head if token.dep_ == "pobj" else token.head
    if head == token or preposition_of(token).replace("’", "'") not in OF_PREPS:
        return False
    return head.lemma_.lower() in lexicon.word_class("outcry_noun")
