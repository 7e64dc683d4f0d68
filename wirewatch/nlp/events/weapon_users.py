"""A weapon is never an actor; its user, when the weapon's phrase names one, is.

"Katyusha rockets hit a village", "Grad missiles struck the market", « des roquettes Katioucha »: the modifier
names a make, not a doer, even when the tagger makes an entity of it. The user is named by a possessor or an
"of" phrase ("the army's drones", « les drones de l'armée »), the agent of a participle of use ("missiles fired
by Azerbaijan", word class ``weapon_use_verb``; not "a drone operated by a survey agency"), a country word
("Russian missiles", « des drones russes »: that country's armed forces) or a group the knowledge base knows
("Houthi drones", "Hezbollah rockets", « des drones houthis »). A maker ("Russian-made drones", word class
``maker_suffix``) says where the weapon was made, not who fired it. Weapons are the armed event modes' words and
the CAMEO &WEAPON words of ``event_inanimate_doers.tsv``; a crewed craft that is also an actor noun ("tanks",
"warplanes") is left to the actor nouns.

A weapon after a preposition of means ("fought with machetes", « à la machette ») is what the act is done with,
never its target.

Agent nouns are the other way round: a modifier noun that with its head makes a Phoenix agent ("riot police",
"security forces", « la police anti-émeute », ``event_agent_compounds.tsv``) is part of the agent, never its owner.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.events.actor_phrases import placed_by, stance_prefixed, weapon_owner
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.events.weapon_names import weapon_words
from wirewatch.nlp.syntax import AGENT
from wirewatch.records import EventActor

if TYPE_CHECKING:
    from wirewatch.nlp.events.actor_resolver import ActorResolver

USER_DEPS = frozenset({"amod", "compound", "nmod", "flat", "flat:name", "appos"})  # "Houthi drones", "drones houthis"
PERSONS_AND_GROUPS = frozenset({"ORG", "PER"})  # a named user; a place named as a modifier is a make ("Katyusha")


@lru_cache(maxsize=4)
def inanimate_weapons(lang: str) -> frozenset[str]:
    """The CAMEO &WEAPON words of ``event_inanimate_doers.tsv`` ("machete", "rocket", "couteau")."""
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_inanimate_doers.tsv")
                     if row.get("kind") == "weapon" and row.get("word"))


@lru_cache(maxsize=4)
def agent_compounds(lang: str) -> frozenset[tuple[str, str]]:
    """(modifier, head) pairs of agent nouns named by two words ("riot police"): ``event_agent_compounds.tsv``."""
    return frozenset((row["modifier"].lower(), row["head"].lower())
                     for row in lexicons.read_tsv(lang, "event_agent_compounds.tsv") if row.get("modifier"))


def weapon_nouns(lexicon: EventLexicon) -> frozenset[str]:
    """The weapon and munition words: the event modes that name a weapon and the CAMEO &WEAPON rows (built once
    per document, by the actor resolver)."""
    return weapon_words(lexicon.modes) | inanimate_weapons(lexicon.lang)


def is_weapon(token: Token, lexicon: EventLexicon, weapons: frozenset[str] | None = None) -> bool:
    """A common noun naming a weapon or a munition ("rockets", "machetes", "obus"), not a crewed craft that is an
    actor noun ("tanks", "helicopters"). ``weapons``: ``weapon_nouns(lexicon)``, when the caller holds it."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in lexicon.actor_nouns or lower in lexicon.actor_nouns:
        return False
    words = weapon_nouns(lexicon) if weapons is None else weapons
    return any(form in words for form in (lemma, lower, lower.rstrip("s"), lemma.rstrip("s")))


def wielded(token: Token, lexicon: EventLexicon, weapons: frozenset[str] | None = None) -> bool:
    """A weapon after a preposition of means ("fought with machetes", « à la machette », « avec des couteaux »,
    word class ``instrument_prep``): what the act is done with, never whom it is done to."""
    preps = [c.lower_ for c in token.children if c.dep_ == "case"]
    if token.dep_ == "pobj":
        preps.append(token.head.lower_)
    return any(p in lexicon.word_class("instrument_prep") for p in preps) and is_weapon(token, lexicon, weapons)


def part_of_agent(modifier: Token, head: Token, lexicon: EventLexicon) -> bool:
    """The modifier and the agent noun it modifies name one agent ("Riot police", "security forces")."""
    pairs = agent_compounds(lexicon.lang)
    return any((word, head_form) in pairs for word in (modifier.lower_, modifier.lemma_.lower())
               for head_form in (head.lemma_.lower(), head.lower_))


def made_by(modifier: Token, lexicon: EventLexicon) -> bool:
    """"Russian-made", "Iranian-built": a maker, not a user."""
    _, dash, rest = modifier.lower_.partition("-")
    return bool(dash) and rest in lexicon.word_class("maker_suffix")


def weapon_user(token: Token, resolver: ActorResolver) -> EventActor | None:
    """The actor who used the weapon ``token`` names, or ``None`` when its phrase names none (see the module)."""
    lexicon = resolver.lexicon
    owner = weapon_owner(token, lexicon)
    if owner is not None:
        return resolver.resolve(owner)  # "the navy's helicopters", "les drones de l'armée"
    agent_preps = lexicon.word_class("agent_prep")
    for clause in token.children:  # "missiles fired by Azerbaijan", « des roquettes tirées par le Hezbollah »
        if clause.dep_ == "acl" and clause.pos_ == "VERB" \
                and clause.lemma_.lower() in lexicon.word_class("weapon_use_verb"):  # not "a drone operated by"
            launchers = [obj for prep, obj in prep_objects(clause) if prep in agent_preps]
            launchers += [c for c in clause.children if c.dep_ in AGENT and c.pos_ != "ADP"]
            actor = next((a for t in launchers if (a := resolver.resolve(t)) is not None), None)
            if actor is not None:
                return actor
    for modifier in token.children:
        if modifier.dep_ not in USER_DEPS or made_by(modifier, lexicon) or stance_prefixed(modifier, lexicon) \
                or placed_by(modifier, lexicon.word_class("place_prep")):
            continue
        actor = user_named(modifier, resolver)
        if actor is not None:
            return actor
    return None


def user_named(modifier: Token, resolver: ActorResolver) -> EventActor | None:
    """A country word's armed forces ("Russian", "russes"), a group the knowledge base knows ("Houthi",
    "Hezbollah", "houthis"), or a named person or group with a knowledge base id."""
    from wirewatch.nlp.events.actor_resolver import country_label  # the resolver imports this module

    lexicon = resolver.lexicon
    country = lexicon.demonyms.get(modifier.lower_) or resolver.countries.get(normalize(modifier.text))
    if country is None and "-" in modifier.lower_:  # "Saudi-led"
        country = lexicon.demonyms.get(modifier.lower_.partition("-")[0])
    if country is not None:
        return EventActor(name=f"{country_label(country)} armed forces", country=country, sector="military")
    entity = resolver.entity_over(modifier.idx, modifier.idx + len(modifier.text))
    if entity is not None and entity.type in PERSONS_AND_GROUPS and entity.kb_id:
        return resolver.from_entity(entity)
    if resolver.kb is None:
        return None
    for surface in (modifier.text, f"{modifier.text}s"):  # "Houthi drones": the group the Houthis
        known = resolver.kb.lookup(surface, lang=lexicon.lang)
        if known is None or not known.country:
            continue
        # a lower-case word names a group only by its own name (« drones houthis »), never as an acronym's
        # letters ("a car bomb": not CAR, the Central African Republic)
        if modifier.text.islower() and not normalize(known.name).startswith(normalize(modifier.text)):
            continue
        return EventActor(name=known.name, country=known.country)
    return None
