"""Acts a clause tells as the background of the sentence, not as what the sentence reports.

A clause opened by "since" (« depuis que ») names the act since which something holds ("prices have tripled since
rebels seized the port", « les prix ont triplé depuis que les rebelles ont pris le port »), as the noun after the
preposition does ("since the invasion": ``unrealised.since_background``): the act is the sentence's starting point,
taken as known. Like the noun, one the sentence dates recently stays ("since the army seized the airport on
Monday": news of the week); undated, or dated long before the article, it is background.

An act in a clause that hangs on a relative clause ("the war, which began when Russia invaded its neighbour in
2022") describes the participant the relative clause is about, as an act of the relative clause itself does
(``unrealised.old_relative``), when it is dated long before the article.

Word class: ``since_prep`` of ``event_words.tsv`` (the conjunction of "since" is the preposition's word).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.unrealised import long_before
from wirewatch.nlp.syntax import RELATIVE_CLAUSE

CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp"})  # a clause within a clause: "began | when … invaded"
# an act's noun as an argument of the clause's verb ("since rebels launched an offensive")
ARGUMENT_LINKS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "nsubj:pass", "pobj", "prep", "obl"})


def in_since_clause(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is told in an adverbial clause a conjunction of "since" opens, or in a clause or argument within one."""
    since = lexicon.word_class("since_prep")
    node = trigger
    for _ in range(len(trigger.doc)):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in since for c in node.children):
            return True
        if node.head == node or node.dep_ not in CLAUSE_LINKS | ARGUMENT_LINKS:
            return False
        node = node.head
    return False


def within_relative_clause(trigger: Token) -> bool:
    """The act's clause hangs, through clauses within clauses, on a relative clause ("which began when … invaded")."""
    node = trigger
    for _ in range(len(trigger.doc)):
        if node.dep_ in RELATIVE_CLAUSE:
            return node != trigger
        if node.head == node or node.dep_ not in CLAUSE_LINKS:
            return False
        node = node.head
    return False


def background_clause(trigger: Token, date: str | None, published: dt.date | None, lexicon: EventLexicon) -> bool:
    """The act is background by its clause: in a "since" clause, undated or dated long before the article; or in a
    clause within a relative clause, dated long before it."""
    if in_since_clause(trigger, lexicon) and (date is None or long_before(date, published)):
        return True
    return within_relative_clause(trigger) and long_before(date, published)
