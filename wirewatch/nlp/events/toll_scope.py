"""Whose toll a casualty word states: the sentence's act, another act told in passing, or no act at all.

- Another act's toll: "Missiles hit Odesa, a week after a strike on Dnipro killed 40 people" — the casualty word
  follows, in its own clause, a subordinator placing an act before the sentence's (word class ``toll_earlier``:
  "after", "après que") and an act noun: the 40 are that strike's, not the Odesa strike's.
- A running total: "the war has killed 10,000 since 2022", "la guerre a fait 10 000 morts" — the casualties of a
  long-running conflict (word class ``toll_conflict``) are no one act's toll, and a killing verb telling them
  states no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import RELATIVE_CLAUSE, SUBJECT

CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_act_noun(token: Token, lexicon: EventLexicon) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (_lemma(token), "NOUN") in lexicon.triggers


def of_an_earlier_act(word: Token, lexicon: EventLexicon) -> bool:
    """The casualty word is in a clause that an earlier-time subordinator opens, with an act noun of its own
    between the two ("après qu'une frappe … a tué 40", "after an attack … killed 40")."""
    earlier = lexicon.word_class("toll_earlier")
    sent = word.sent
    act_seen = False
    for token in reversed(sent[: word.i - sent.start]):
        if token.text in CLAUSE_BREAKS:
            return False
        if is_act_noun(token, lexicon):
            act_seen = True
        elif act_seen and token.lower_ in earlier:
            return True
    return False


def _clause_verb(word: Token) -> Token:
    """The verb whose clause tells the casualties: the word itself, or the verb a casualty noun depends on
    ("a fait 10 000 morts")."""
    if word.pos_ in ("VERB", "AUX"):
        return word
    head = word.head
    return head if head.pos_ in ("VERB", "AUX") else word


def is_running_total(word: Token, lexicon: EventLexicon) -> bool:
    """The casualties are a long-running conflict's running total: the conflict is what killed them ("the war
    has killed …", "la guerre, qui a fait …"). A campaign's total ("strikes have killed 600 since Friday") is its
    toll."""
    verb = _clause_verb(word)
    conflict = lexicon.word_class("toll_conflict")
    doers = [c for c in verb.children if c.dep_ in SUBJECT]
    if verb.dep_ in RELATIVE_CLAUSE:
        doers.append(verb.head)  # "the war, which has killed …": the relative pronoun's antecedent
    return any(_lemma(d) in conflict or d.lower_ in conflict for d in doers)


def counts_for_the_sentence(word: Token, lexicon: EventLexicon) -> bool:
    """A casualty word whose figure may be the toll of the sentence's act."""
    return not (is_running_total(word, lexicon) or of_an_earlier_act(word, lexicon))


def tolled_in_relative(noun: Token, lexicon: EventLexicon) -> bool:
    """An act noun whose relative clause states its toll ("l'attaque qui a fait 115 morts", "the attack that left
    133 people dead"), the toll being no running total."""
    for clause in noun.children:
        if clause.dep_ in RELATIVE_CLAUSE and any(
                is_casualty_word(t, lexicon) and not is_running_total(t, lexicon) for t in clause.subtree):
            return True
    return False


def is_casualty_word(token: Token, lexicon: EventLexicon) -> bool:
    """A word that says what befell its casualties ("morts", "blessés", "dead", "wounded")."""
    return any((word, pos) in lexicon.casualties for word in (_lemma(token), token.lower_)
               for pos in ("NOUN", "ADJ", "VERB"))
