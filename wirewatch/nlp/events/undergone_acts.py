"""An act told as undergone: the subject of the verb that tells it is the act's target, never its doer.

"The town came under shelling", "the convoy came under fire", "Kharkiv suffered a massive missile attack", "the
base was the target of a drone attack", « Kharkiv a subi une attaque », « le convoi a essuyé des tirs », « la ville
a été la cible de bombardements », « le quartier a fait l'objet de frappes »: the doer is unknown unless the act's
own phrase names it ("an attack by the rebels"). Word classes: ``undergo_prep`` with ``undergo_verb`` ("come
under"), ``undergo`` (whose object is the act: "suffer", "receive", "subir", "essuyer"; the class the event roles
read for the doer in a "from" phrase too, ``role_candidates.noun_roles``) and ``undergo_noun``
(whose complement is the act: "target", "cible", "objet").
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import preposition_of, subject_of
from wirewatch.nlp.syntax import OBJECT

COMPLEMENT_DEPS = frozenset({"pobj", "pcomp", "obl", "obl:arg", "obl:mod", "nmod"})


def governor(word: Token) -> Token:
    """The word the phrase of ``word`` hangs on, past a ClearNLP preposition."""
    return word.head.head if word.dep_ in ("pobj", "pcomp") else word.head


def undergoer(word: Token, lexicon: EventLexicon) -> Token | None:
    """Who undergoes the act ``word`` names, when the sentence tells it as undergone (see the module)."""
    head = governor(word)
    lemma = head.lemma_.lower()
    if word.dep_ in COMPLEMENT_DEPS and preposition_of(word) in lexicon.word_class("undergo_prep") \
            and lemma in lexicon.word_class("undergo_verb"):
        return subject_of(head)  # "came under shelling"
    if word.dep_ in OBJECT and word.head.lemma_.lower() in lexicon.word_class("undergo"):
        return subject_of(word.head)  # "suffered an attack", « a essuyé des tirs »
    if word.dep_ in COMPLEMENT_DEPS and word.head != word and lemma in lexicon.word_class("undergo_noun") \
            and head.pos_ == "NOUN":
        # "was the target of an attack" (the noun's copula subject), « a fait l'objet de frappes » (the subject
        # of the verb the noun is the object of)
        holder = head.dep_ in OBJECT or head.dep_ in ("attr", "acomp")
        return subject_of(head) or (subject_of(head.head) if holder else None)
    return None


def told_as_undergone(word: Token, lexicon: EventLexicon) -> bool:
    """The act is told as undergone (see the module), whether or not its undergoer is named: foretold so (« la
    ville va essuyer des bombardements »), it is an act to come, not a threat by its unnamed doer."""
    if word.dep_ in OBJECT and word.head.lemma_.lower() in lexicon.word_class("undergo"):
        return True
    return undergoer(word, lexicon) is not None
