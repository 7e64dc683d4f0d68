"""An act done at someone's request: « le préfet a fermé l'école à la demande d'Emmanuel Macron », « la police a
évacué le camp à la demande du préfet ».

The request noun set as an adverbial of the act (its case marker of word class ``request_adverbial_prep`` of
``lexicons/<lang>/event_words.tsv``: « à la demande de X ») tells a request (PLOVER REQUEST) made by X, its ``de``
phrase, to whoever does the act, the subject of the verb it hangs on — never by that subject. The adverbial is
no party of the act itself either: the school's closing is not addressed to the one who asked for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import prep_objects, subject_of

ADVERBIAL_DEPS = frozenset({"obl", "obl:mod", "obl:arg"})


def is_request_adverbial(noun: Token, lexicon: EventLexicon) -> bool:
    """« à la demande de X »: a request noun set on a verb by a preposition of the word class."""
    if noun.dep_ not in ADVERBIAL_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.lemma_.lower() not in lexicon.word_class("request_adverbial_noun"):
        return False
    preps = lexicon.word_class("request_adverbial_prep")
    return any(c.dep_ == "case" and c.lemma_.lower() in preps for c in noun.children)


def requested_roles(noun: Token, lexicon: EventLexicon) -> tuple[tuple[Token, ...], tuple[Token, ...]] | None:
    """(requesters, requested) of a request adverbial: the noun's ``de`` phrase and the act's subject."""
    if not is_request_adverbial(noun, lexicon):
        return None
    of = lexicon.word_class("of_prep")
    requesters = tuple(obj for prep, obj in prep_objects(noun) if prep in of)
    doer = subject_of(noun.head)
    return requesters, (doer,) if doer is not None else ()
