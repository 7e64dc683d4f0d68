"""Acts named as the content of a plan or an intention: "a plan for mass arrests", "plans to deport migrants",
"the intention of striking the port", "un projet d'expulsion", "l'intention de frapper le port".

PLOVER codes an expressed intent, not the act intended: its auxiliary mode ``future`` (an intent to cooperate is
AGREE, to use force THREATEN, CAMEO's 03 "express intent to …" and 13 "threaten"; ``retyping.retype``), and
an act only planned or intended has not happened. The plan noun governs the act through a preposition ("for",
"of", "de") or an infinitive ("plans to deport"); the act then takes the modality ``future``, and a plan that
a demand or a protest is about is that demand's or protest's content (``unstated.demanded_content``).

Word class: ``intent_noun`` of ``lexicons/<lang>/event_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon

INTENT = "intent_noun"
COMPLEMENT = frozenset({"pobj", "pcomp", "nmod", "acl", "xcomp"})  # the act below the plan noun or its preposition
PREPOSITION = frozenset({"prep"})  # a preposition attached to the plan noun (spaCy English)


def intended(trigger: Token, lexicon: EventLexicon) -> str | None:
    """"future" when the trigger is the complement of a plan or intention noun, directly ("un projet
    d'expulsion", "plans to deport") or through a preposition ("a plan for mass arrests"); None otherwise."""
    nouns = lexicon.word_class(INTENT)
    if not nouns or trigger.head == trigger or trigger.dep_ not in COMPLEMENT:
        return None
    governor = trigger.head
    if governor.dep_ in PREPOSITION and governor.head != governor:
        governor = governor.head
    if governor.pos_ in ("NOUN", "PROPN") and governor.lemma_.lower() in nouns:
        return "future"
    return None
