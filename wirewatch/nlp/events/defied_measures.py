"""A measure in force named as what its subject does not comply with is no new act.

"Crowds defied the city's weekend curfew", "shoppers flouted the government's lockdown", "les jeunes ont
bravé le couvre-feu de la préfecture": the curfew or the lockdown was imposed before; the sentence tells the
defiance, not an imposition (PLOVER COERCE) by anyone. A bare "the curfew" already points back as anaphoric
(``detect.is_anaphoric``); this holds whatever its modifiers ("the city's", "weekend"). The verbs of
defiance are the word class ``defiance`` of ``event_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import OBJECT

DEFIANCE = "defiance"


def defied_measure(token: Token, lexicon: EventLexicon) -> bool:
    """The act noun is the object of a verb of defiance (also one conjoined to it: "defied the curfew and the
    ban")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    verb = noun.head
    return noun.dep_ in OBJECT and verb != noun and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in lexicon.word_class(DEFIANCE)
