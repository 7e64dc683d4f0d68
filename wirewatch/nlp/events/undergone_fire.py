"""Fire undergone: "the convoy came under heavy fire", « le convoi a essuyé des tirs » is an attack on the convoy.

A noun of shooting that by itself is too vague to state an attack ("fire", « tir », word class ``undergone_fire``)
states one when the sentence tells it as undergone (``undergone_acts``: "came under", "drew", "was the target of",
« essuyer », « subir »): the subject is its target, the doer unknown. Not when the one who undergoes it is a
person or a body that is criticised rather than shot at — CAMEO reads "COME (UNDER FIRE)" as criticism (111): "the
minister came under fire", "NATO came under fire", "the policy came under fire", "came under fire for his remarks"
(a cause phrase, word class ``criticism_cause``) — only a vehicle, a position, a place, troops, police or civilians
are shot at (``shot_at``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.events.undergone_acts import governor, undergoer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SHOT_AT_SECTORS = frozenset({"military", "police", "rebels", "civilians", "protesters"})


def fire_entry(lemma: str) -> TriggerEntry:
    """The reading: an attack with weapons (CAMEO 190 Use conventional military force), its mode the sentence's."""
    return TriggerEntry(lemma=lemma, pos="NOUN", type="ASSAULT", mode=None, cameo="190", weight=0.8,
                        requires=None, origin="classes")


def shot_at(who: Token, lexicon: EventLexicon) -> bool:
    """One who is shot at when "under fire": a place by name, an armed force, the police, civilians or protesters
    (by their sector, ``event_actor_nouns.tsv``), or a thing that can be hit (word class ``fired_upon``: a
    vehicle, a position, a building, a town); not a person, a body, a policy or a decision, which are criticised."""
    lemma = who.lemma_.lower()
    if who.ent_type_ in PLACE_LABELS:
        return True
    noun = lexicon.actor_nouns.get(lemma)
    if noun is not None:
        return noun.sector in SHOT_AT_SECTORS
    return lemma in lexicon.word_class("fired_upon") or who.lower_ in lexicon.word_class("fired_upon")


def has_cause(word: Token, lexicon: EventLexicon) -> bool:
    """"came under fire for his remarks", "over the budget": a reason given, as for a criticism."""
    causes = lexicon.word_class("criticism_cause")
    return any(prep in causes for prep, _ in prep_objects(governor(word)))


def undergone_fire(sent: Span, lexicon: EventLexicon, found: set[int]) -> list[tuple[Token, TriggerEntry]]:
    """The shooting nouns of the sentence told as undergone by someone shot at (see the module), not among the
    indices of words already ``found`` as triggers ("gunfire")."""
    nouns = lexicon.word_class("undergone_fire")
    fired = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or token.i in found:
            continue
        who = undergoer(token, lexicon)
        if who is None or not shot_at(who, lexicon) or has_cause(token, lexicon):
            continue
        fired.append((token, fire_entry(token.lemma_.lower())))
    return fired
