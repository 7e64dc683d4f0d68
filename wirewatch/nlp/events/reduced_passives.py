"""Roles of reduced passives: a past participle with no auxiliary, as headlines, captions and leads write them.

"Diplomats expelled by the government", "Trois manifestants tués par la police", "Opposition leader arrested
after rally": the noun the participle hangs on undergoes the act (target), the "by"/"par" phrase does it
(source). A verb the parser reads as finite but which carries an agent phrase ("Protesters shot dead by police")
is a passive too: its subject is the target. "Soldiers killed in a rebel ambush", « tués dans une embuscade
jihadiste »: with no agent phrase, a noun naming an act after the participle names the doer by its modifiers.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_phrases import names_a_weapon
from wirewatch.nlp.events.headline_tolls import counted_subject, is_elliptic_passive
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import children, is_past_participle_on_noun, prep_objects
from wirewatch.nlp.syntax import AGENT, OBJECT, POSSESSOR, SUBJECT

# the modifiers of an act's noun by which it names its doer ("rebel ambush", "embuscade jihadiste")
DOER_MODIFIERS = frozenset({"amod", "compound"})
# what only an active verb takes: an object, a predicate of its object ("called Thursday")
ACTIVE_COMPLEMENTS = OBJECT | frozenset({"oprd", "xcomp"})


def is_reduced_passive(verb: Token, lexicon: EventLexicon) -> bool:
    """A past participle on a noun with no subject of its own, or a verb with an agent phrase ("shot by"); not
    a participle with an object, a predicate or a recipient, which an active clause misparsed has ("A newspaper
    called on Arabs to unite", "doctors donated and delivered goods")."""
    if verb.pos_ != "VERB":
        return False
    if any(c.dep_ in AGENT for c in verb.children) or is_elliptic_passive(verb):
        return True  # "shot by"; a headline's toll "Attack in Lyon: two police officers wounded"
    if not is_past_participle_on_noun(verb) or verb.head.pos_ not in ("NOUN", "PROPN") or children(verb, SUBJECT):
        return False
    # a recipient ("called on", "sent to"), not a place ("arrested at the airport")
    target_preps = lexicon.word_class("target_prep") - lexicon.word_class("place_prep")
    return not any(c.dep_ in ACTIVE_COMPLEMENTS for v in (verb, *verb.conjuncts) for c in v.children) \
        and not any(prep in target_preps for prep, _ in prep_objects(verb))


def patient_of(verb: Token, lexicon: EventLexicon) -> Token | None:
    """Who undergoes the act: the noun the participle modifies, or the subject of a finite-read passive; never
    a weapon ("shells fired by the rebels") nor an act ("the attack condemned by the UN")."""
    # a headline's counted victims, not the act's noun or the police before its colon ("Police in Denver: …")
    patient = verb.head if verb.dep_ == "acl" else counted_subject(verb) or next(iter(children(verb, SUBJECT)), None)
    if patient is None or names_a_weapon(patient, lexicon) \
            or names_an_act(patient, lexicon):
        return None
    return patient


def names_an_act(token: Token, lexicon: EventLexicon) -> bool:
    return (token.lemma_.lower(), "NOUN") in lexicon.triggers


def doers_of_act(act: Token, lexicon: EventLexicon) -> list[Token]:
    """Who an act's noun says does it: its possessor, a modifier ("rebel ambush", "embuscade jihadiste",
    "North Korean shelling"), its own "by" phrase."""
    agent_preps = lexicon.word_class("agent_prep")
    out = [c for c in act.children if c.dep_ in POSSESSOR
           or (c.dep_ in DOER_MODIFIERS and c.pos_ in ("ADJ", "NOUN", "PROPN"))]
    return out + [obj for prep, obj in prep_objects(act) if prep in agent_preps]


def act_doers(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The doers named by an act the participle happened in: "killed in a rebel ambush"."""
    place_preps = lexicon.word_class("place_prep")
    return [doer for prep, act in prep_objects(verb) if prep in place_preps and names_an_act(act, lexicon)
            for doer in doers_of_act(act, lexicon)]


def reduced_passive_roles(verb: Token, lexicon: EventLexicon, doer_types: frozenset[str] = frozenset()
                          ) -> tuple[list[Token], list[Token]] | None:
    """(sources, targets) of a reduced passive, or ``None`` when ``verb`` is none; nor is it one for a verb
    read as an act whose undergoer is its own doer (``doer_types``: "troops deployed", "rescuers mobilised",
    "protesters gathered"), whose noun is the side acting, not one acted on; nor for a participle on an act's
    noun ("an ultimatum issued by X"), which only supports it."""
    if not is_reduced_passive(verb, lexicon):
        return None
    if any(e.type in doer_types for e in lexicon.triggers.get((verb.lemma_.lower(), "VERB"), [])):
        return None
    if verb.dep_ == "acl" and names_an_act(verb.head, lexicon):
        return None  # "the demonstration staged by students": the act's noun tells the event (``noun_roles``)
    agent_preps = lexicon.word_class("agent_prep")
    agents = [obj for prep, obj in prep_objects(verb) if prep in agent_preps]
    agents += [c for c in children(verb, AGENT) if c.pos_ != "ADP"]
    # "bombarded by North Korean shelling": an act as the agent names its doer by its own modifiers
    sources = list(dict.fromkeys(doer for agent in agents for doer in (
        doers_of_act(agent, lexicon) if names_an_act(agent, lexicon) else [agent])))
    if not sources:
        sources = act_doers(verb, lexicon)
    patient = patient_of(verb, lexicon)
    return sources, [patient] if patient is not None else []
