"""Doers a verb's own clause leaves unsaid but its grammar supplies.

- A purpose infinitive ("gathered to protest", "se sont rassemblés pour protester", "marched in the capital to
  demand …") has no subject of its own: its doer is the subject of the clause it serves, even when the parser
  hangs the infinitive on a noun of that clause ("gathered for a march to protest"). Not when the governing verb
  asks or urges someone else to act ("called on farmers to protest": the farmers), nor across another verb.
- A release from custody told in the passive with no agent is the authorities' act, as an arrest is the
  police's (``implied_doer``).
- A passive's agent that the parser hangs on a bare noun of the verb's own locution ("a été remis en liberté par
  la police", "was taken into custody by police"): the agent of the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.fixed_phrases import names_someone
from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.syntax import children, is_passive, prep_objects
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT
from wirewatch.records import EventActor

PURPOSE_CLAUSES = frozenset({"advcl", "acl", "relcl"})
CLAUSE_REACH = 4  # heads walked up from the infinitive to the clause it serves
ASKING_TYPES = frozenset({"REQUEST"})  # "urged", "called on": someone else is to act


def purpose_marked(verb: Token) -> bool:
    """An infinitive introduced by its particle or preposition ("to protest", "pour protester")."""
    return "Inf" in verb.morph.get("VerbForm", []) and \
        any(c.dep_ in ("aux", "mark") and c.pos_ in ("PART", "ADP", "SCONJ") and c.i < verb.i for c in verb.children)


def purpose_controller(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The subject of the clause a purpose infinitive serves, or None."""
    if verb.dep_ not in PURPOSE_CLAUSES or not purpose_marked(verb) or children(verb, SUBJECT):
        return None
    head, steps = verb.head, 0
    while head.pos_ not in ("VERB", "AUX") and head.head != head and steps < CLAUSE_REACH:
        if head.dep_ in SUBJECT | PASSIVE_SUBJECT:
            return None  # "the right of citizens to protest …" inside a subject: no clause served
        head, steps = head.head, steps + 1
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lexicon.speech_verbs:
        return None
    if any(e.type in ASKING_TYPES for e in lexicon.triggers.get((head.lemma_.lower(), "VERB"), [])):
        return None  # "urged the farmers to protest": whom it asks is to act
    if is_passive(head):
        return None  # "troops were sent to attack": who sent them is not said, and they are not its subject
    if any(obj.pos_ in ("PROPN", "PRON") or names_someone(obj, lexicon) for obj in children(head, OBJECT)):
        return None  # "gave Russia a week to make progress", "sent troops to attack": whom it sends is to act
    subjects = children(head, SUBJECT)
    return subjects[0] if subjects and subjects[0].pos_ != "PRON" else None


def locution_agents(verb: Token, agent_preps: frozenset[str]) -> list[Token]:
    """Agents of a passive verb attached to a bare noun of its locution ("remis en liberté par la police")."""
    if not is_passive(verb):
        return []
    found: list[Token] = []
    for _, noun in prep_objects(verb):
        if noun.pos_ == "NOUN" and not any(c.dep_ == "det" for c in noun.children):
            found += [obj for prep, obj in prep_objects(noun) if prep in agent_preps]
    return found


RELEASE_CAMEO = "084"  # CAMEO 084x: return, release persons or property


def releases_persons(verb: Token, lexicon: EventLexicon) -> bool:
    """A verb whose withdrawal reading is a release ("libérer", "remettre en liberté", "release"): in the passive
    its subject is who is freed, not who withdraws."""
    return any(e.type == "RETREAT" and (e.cameo or "").startswith(RELEASE_CAMEO)
               for e in lexicon.triggers.get((verb.lemma_.lower(), "VERB"), []))


def implied_doer(verb: Token, entry: TriggerEntry, event_type: str, lexicon: EventLexicon) -> EventActor | None:
    """The doer an act names by itself when its sentence does not: arrests are made by the police; a person
    released from custody in the passive ("X a été remis en liberté", "was released on bail") is freed by the
    authorities that held them, not a hostage, freed by its captors."""
    if entry.mode == "arrest" and event_type == "COERCE":
        return EventActor(name="police", sector="police")
    if event_type == "RETREAT" and is_passive(verb) and releases_persons(verb, lexicon) and not any(
            s.lemma_.lower() in lexicon.word_class("captive") for s in children(verb, PASSIVE_SUBJECT)):
        return EventActor(name="authorities", sector="government")
    return None
