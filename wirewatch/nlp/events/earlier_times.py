"""An act told in a "when" clause that describes an earlier time is the background of the sentence, not its act.

"Thousands marched on Sunday, undeterred by the bloodshed of the previous day when soldiers fired on the crowd",
"the rally was calm, unlike last week's protest when police beat demonstrators", "crowds gathered, a year after
the day when troops killed 40 marchers", « les manifestants sont revenus, malgré la veille où la police a tiré »:
the clause says which time the sentence measures itself against, and the act in it was reported before. A
short report's own act is what its main clause tells; the earlier act is retold as a reference point.

The clause opens with a relative word of time (word class ``time_relative``: "when", « quand », « où ») right
after a noun phrase naming a time before the sentence's: a word of earlier time on it or on its possessor (word
class ``earlier_time``: "the previous day", "last week's protest", « la semaine dernière », « la veille »), or a
time placed after a word of sequence ("after the day when", "since the night when": ``sequence``).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon

CLAUSE_REACH = 4  # verbs from the trigger up to the "when" clause's own verb ("killing" → "opened")
MODIFIERS = frozenset({"amod", "advmod", "npadvmod", "nmod", "poss", "compound"})


def time_anchor(clause: Token, lexicon: EventLexicon) -> Token | None:
    """The noun right before the relative word of time that opens the clause ("the previous *day* when …")."""
    relatives = lexicon.word_class("time_relative")
    opener = next((c for c in clause.children if c.i < clause.i and c.lower_ in relatives), None)
    if opener is None or opener.i == clause.sent.start:
        return None
    before = clause.doc[opener.i - 1]
    if before.text == "," and before.i > clause.sent.start:  # "la semaine dernière, quand …"
        before = clause.doc[before.i - 1]
    if before.pos_ == "ADJ" and before.dep_ == "amod" and before.head.i < before.i:
        before = before.head  # « la semaine dernière quand … »: the noun the adjective follows
    return before if before.pos_ in ("NOUN", "PROPN", "NUM") else None


def earlier_time(anchor: Token, lexicon: EventLexicon) -> bool:
    """The noun names a time before the sentence's: a word of earlier time on it or on its possessor ("the
    previous day", "last week's protest"), or a word of sequence governing it ("after the day when")."""
    earlier = lexicon.word_class("earlier_time")
    if anchor.lemma_.lower() in earlier:
        return True  # a noun of the day before: « la veille où … »
    nodes = [anchor, *(c for c in anchor.children if c.dep_ in ("poss", "nmod"))]
    if any(c.dep_ in MODIFIERS and c.lower_ in earlier for n in nodes for c in n.children):
        return True
    head = anchor.head
    sequence = lexicon.word_class("sequence")
    return anchor.dep_ in ("pobj", "obl", "nmod") and head != anchor and (
        head.lower_ in sequence or any(c.dep_ == "case" and c.lower_ in sequence for c in anchor.children))


def told_at_an_earlier_time(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the trigger is in a "when" clause describing an earlier time (see the module)."""
    node = trigger
    for _ in range(CLAUSE_REACH):
        if node.pos_ in ("VERB", "AUX"):
            anchor = time_anchor(node, lexicon)
            if anchor is not None:
                return earlier_time(anchor, lexicon)
        if node.head == node:
            return False
        node = node.head
    return False
