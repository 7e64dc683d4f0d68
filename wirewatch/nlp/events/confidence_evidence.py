"""How ambiguous an event's trigger word is, as a mark the confidence model weighs (``ContextFacts.marks``).

A word of many senses states the sense the layer chose less surely than a word of one: "strike" is an attack, a
walkout or a deal struck; "go" reads as a strike ("went on strike"), a retreat or a visit; "bombard" and
« bombarder » read only as an attack. The event lexicon already lists each reading of a lemma with its PLOVER
type (``event_triggers*.tsv``, from the CAMEO verb dictionary and the PLOVER classes) and the readings that are
no event (type ``-``: "withdraw from the race", "run for office"); this module counts them, over every part of
speech of the lemma, and names no word itself.

- ``readings.other_types``: the lemma has readings of one other PLOVER type;
- ``readings.many_types``: of two or more other types;
- ``readings.blocked``: it has readings listed as no event.

Grouped cross-validation on the tuning half (``eval/fit_event_confidence.py``) kept these marks: without them the
held-out ranking AUC of the tuning events falls by about 0.01 (0.015 on the hand-judged events of unseen news).
Tried in the same way and left out, as they moved no held-out figure: whether the trigger's sentence names both
parties or neither, whether the act is told as the time of another ("after the attack"), and whether another
event of the text has the same type and a party of this one.
"""

from __future__ import annotations

from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry

PARTS_OF_SPEECH = ("VERB", "NOUN", "ADJ")
MANY_READINGS = 2  # other types a lemma reads as, from which its sense counts as much in doubt


def reading_marks(entry: TriggerEntry, lex: EventLexicon) -> frozenset[str]:
    """How many PLOVER types besides the event's own the trigger's lemma reads as, and whether it has readings
    listed as no event."""
    types = {e.type for pos in PARTS_OF_SPEECH for e in lex.triggers.get((entry.lemma, pos), [])}
    other = len(types - {entry.type})
    marks = set()
    if other:
        marks.add("readings.other_types" if other < MANY_READINGS else "readings.many_types")
    if any(lex.blocked.get((entry.lemma, pos)) for pos in PARTS_OF_SPEECH):
        marks.add("readings.blocked")
    return frozenset(marks)
