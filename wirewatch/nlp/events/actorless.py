"""Acts told with no doer and no recipient: kept only when they are the story's own telling of that act.

"Clashes erupted near the university", "a grenade attack hit the residence", "hundreds marched on Sunday": a
short report often names its act and nothing else. Such an act on the ground is recorded when no other event
of its type in the document names a party (it is then the report's event); otherwise it is a vague retelling
of an act already recorded with its actors ("the attack was followed by a fire"), or a figure of speech, and
it is left out. A stance or a meeting (an accusation, talks) with no one taking part is never recorded.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from spacy.tokens import Token

from wirewatch.nlp.syntax import NOMINAL_SUBJECT, OBJECT, PASSIVE_AUXILIARY, PASSIVE_SUBJECT
from wirewatch.records import Event

# acts that happen on the ground, which a report can state by their word alone
GROUND_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
# a noun's own participants: a possessive doer, a passive agent ("by"), a French "de" complement of a name
PARTICIPANT_DEPS = frozenset({"poss", "agent", "nmod:poss"})
# of those, the acts of force and protest, whose word alone is reported with no one named ("were seized")
FORCE_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def told_alone(event_type: str, word: Token, source: object | None, target: object | None,
               instruments: Set[str] = frozenset(), participant_preps: Set[str] = frozenset(),
               cause_verbs: Set[str] = frozenset()) -> bool:
    """An act of force or protest named with no party ("weapons were seized", "clashes erupted"): its word alone
    says little of how sure it is, so whether it is kept is decided once the whole story is read
    (:func:`without_retold_alone`), not by the word's weight. A noun states an act alone only for fighting and
    protest ("a curfew", "an emergency" name a measure, which needs its party), and only as what its clause is
    about (its subject, or a headline's head: "clashes erupted") or with its weapon named ("targeted with a
    grenade attack": ``instruments``, the words of the event modes) or its participants ("raids by the army's
    helicopters", "the rebels' assault", "fighting between the two sides": ``participant_preps``), or as the
    effect a verb of causing brings about ("the killing sparked protests", « a provoqué des manifestations »:
    ``cause_verbs``), not as what another act concerns ("protects demonstrations") nor as the manner of one
    ("scored with a powerful strike")."""
    passive = any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in PASSIVE_AUXILIARY for c in word.children)
    # "the schools were blocked": a protest verb in the passive names what it hit, not who protested
    verbal = word.pos_ in ("VERB", "AUX") and not (event_type == "PROTEST" and passive)
    effect = word.dep_ in OBJECT and word.head.pos_ == "VERB" and word.head.lemma_.lower() in cause_verbs
    about = word.dep_ in NOMINAL_SUBJECT or word.head == word or effect or any(
        c.lemma_.lower() in instruments or c.lower_ in instruments or c.dep_ in PARTICIPANT_DEPS
        or (c.dep_ == "prep" and c.lower_ in participant_preps) or introduced_by(c, participant_preps)
        for c in word.children)
    named_alone = verbal or (event_type in ("ASSAULT", "PROTEST") and about)
    return event_type in FORCE_ACTS and named_alone and source is None and target is None


def introduced_by(phrase: Token, preps: Set[str]) -> bool:
    """A nominal phrase whose case marker is one of ``preps`` ("les affrontements entre les deux camps")."""
    return phrase.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and any(
        c.dep_ == "case" and c.lower_ in preps for c in phrase.children)


def without_retold_alone(events: Sequence[Event], alone: Set[tuple[str, int]]) -> list[Event]:
    """Before the tellings of one act are merged: a telling built with no party is left out when another event
    of its type is told (it retells it, or is background beside it: "explosions were heard"), and so is any
    such telling after the first of its type; kept, it is the report's act."""
    def is_alone(event: Event) -> bool:
        return (event.type, event.evidence.start) in alone

    told = {e.type for e in events if not is_alone(e)}
    kept: list[Event] = []
    first: set[str] = set()
    for event in events:
        if is_alone(event) and (event.type in told or event.type in first):
            continue
        if is_alone(event):
            first.add(event.type)
        kept.append(event)
    return kept


def has_party(event: Event, alone: Set[tuple[str, int]]) -> bool:
    """Whether some telling of the event named a party itself (not one filled in from the story after)."""
    tellings = (event.evidence, *event.other_evidence)
    told = any((event.type, mention.start) not in alone for mention in tellings)
    return told and (event.source is not None or event.target is not None)


def with_parties_or_sole(events: Sequence[Event], alone: Set[tuple[str, int]] = frozenset()) -> list[Event]:
    """The events that name a party, and, per type of act on the ground that none of them names, the first
    telling that states it alone (``alone``: (type, evidence start) of the tellings built with no party, whatever
    the story filled in since: "explosions were heard", given the story's country). An act with no party told
    otherwise ("scored with a powerful strike") is left out."""
    named = {e.type for e in events if has_party(e, alone)}
    kept: list[Event] = []
    sole: set[str] = set()
    for event in events:
        if has_party(event, alone):
            kept.append(event)
        elif event.type in GROUND_ACTS and event.type not in named and event.type not in sole \
                and (event.type, event.evidence.start) in alone:
            sole.add(event.type)
            kept.append(event)
    return kept
