"""An act named by a definite noun as the subject of what the sentence says of it is an act already known,
told again: "the Ethiopian offensive, launched in spring, is progressing slowly", "the president's attacks on
Chile upended the campaign", "l'attaque, revendiquée par le groupe, a été suivie d'un incendie". Once the story
has told an act of that type, the sentence's news is what the act did or became, not a new act
(``without_retellings``); told nowhere else, it stays: "the deployment of 5,000 police stopped the marches"
opens a story with the deployment.

The act stays when its verb tells the act happening ("the attack took place", "fighting erupted", "la frappe a
visé un hôpital": the word class ``occurrence_verb``), fended off ("the attack was repelled": ``defence``), is
itself an act ("the strikes killed …": a trigger), or the sentence gives a toll ("the strikes left 12 dead").
An indefinite subject ("a strike hit the port") is a new act, told here.

Word classes of ``lexicons/<lang>/event_words.tsv``: ``definite`` (the definite article), ``occurrence_verb``,
``defence``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.toll_scope import is_casualty_word
from wirewatch.nlp.syntax import NOMINAL_SUBJECT
from wirewatch.records import Event

if TYPE_CHECKING:  # ``detect`` reads ``presupposed`` on its triggers
    from wirewatch.nlp.events.detect import Trigger

POSSESSIVE = frozenset({"poss", "nmod:poss", "det:poss"})  # "the president's attacks", "ses attaques"
OCCURRENCE = "occurrence_verb"
DEFENCE = "defence"  # a verb by which an act is fended off ("repelled", "repoussée"): the act happened


def definite(noun: Token, lexicon: EventLexicon) -> bool:
    articles = lexicon.word_class("definite")
    return any((c.dep_ == "det" and c.lower_ in articles) or c.dep_ in POSSESSIVE
               or (c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])) for c in noun.children)


def presupposed(noun: Token, lexicon: EventLexicon) -> bool:
    """A definite act noun, subject of a verb that is no act and does not tell it happening, with no toll told."""
    subject = noun
    while subject.dep_ == "conj" and subject.head != subject:
        subject = subject.head  # "le retour du président et ses attaques … ont bouleversé"
    if noun.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in NOMINAL_SUBJECT or not definite(noun, lexicon):
        return False
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon.word_class(OCCURRENCE) \
            or verb.lemma_.lower() in lexicon.word_class(DEFENCE):
        return False  # "the attack took place"; "the attack was fended off": the act told happening
    if any(key in lexicon.triggers for key in ((verb.lemma_.lower(), "VERB"), (verb.lower_, "VERB"))):
        return False  # "the strikes killed twelve": the verb tells an act
    return not any(is_casualty_word(word, lexicon) for word in noun.sent)


def retold_events(found: Sequence[Event], triggers: Sequence[Trigger], offset: int) -> set[int]:
    """The indices (from ``offset``) of a sentence's events whose type only retold triggers state."""
    retold = {t.entry.type for t in triggers if t.retold} - {t.entry.type for t in triggers if not t.retold}
    return {offset + n for n, event in enumerate(found) if event.type in retold}


def without_retellings(events: Sequence[Event], retold: set[int]) -> list[Event]:
    """The story's events but those a definite subject retells when another sentence tells an act of the type."""
    told = {event.type for n, event in enumerate(events) if n not in retold}
    return [event for n, event in enumerate(events) if n not in retold or event.type not in told]
