"""A warning is a threat when it is addressed to a party or names a price; a caution or a forecast is none.

PLOVER THREATEN holds "coercive or forceful warnings with serious potential repercussions", and the CAMEO verb
dictionary reads WARN so: 130 (threaten) when it has a target or names consequences, a response, reprisals
("warned Russia of severe consequences", "warned Iran against any attack", « a averti Moscou de représailles »),
but 012 (a pessimistic comment, no PLOVER event) when it tells of a danger ("warned of a looming famine", "of
catastrophe", "of risk"); nor is advice to the public a threat ("police warned residents to evacuate"; CAMEO codes
cautioning people against travelling apart). So a warning verb read as a threat (word class ``warning`` of
``event_non_events.tsv``) with no clause it reports (``warned_states`` judges those) is none when its only recipient
is the public (sector ``civilians``) or it has none, and what it warns of names no price (word classes ``threat``,
``warned_price``: the CAMEO WARN patterns coded 130) and no act of force (a trigger noun of ASSAULT, COERCE,
SANCTION or THREATEN).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.syntax import CLAUSE_COMPLEMENT, OBJECT

FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
PUBLIC_SECTORS = frozenset({"civilians"})


def names_a_price(word: Token, lexicon: EventLexicon) -> bool:
    """A price or an act of force: "consequences", "reprisals", "any attack", "sanctions"."""
    threat = lexicon.word_class("threat") | lexicon.word_class("warned_price")
    lemma = word.lemma_.lower()
    if lemma in threat or word.lower_ in threat:
        return True
    prevalence = lexicon.word_class("prevalence")
    if any(c.dep_ == "amod" and c.lemma_.lower() in prevalence for c in word.children):
        return False  # "warned of more frequent attacks", « contre des attaques plus fréquentes »: a trend
    return any(e.type in FORCE_TYPES for e in lexicon.triggers.get((lemma, "NOUN"), ()))


def addressed_to_a_party(verb: Token, lexicon: EventLexicon) -> bool:
    """An object that is someone other than the public: a name, a pronoun, an actor noun not of the public."""
    for obj in verb.children:
        if obj.dep_ not in OBJECT or obj.pos_ == "ADP":
            continue
        if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_:
            return True
        noun = lexicon.actor_nouns.get(obj.lemma_.lower())
        if noun is not None and noun.sector not in PUBLIC_SECTORS:
            return True
    return False


def caution_only(verb: Token, event_type: str, frame: str, lexicon: EventLexicon, warnings: frozenset[str]) -> bool:
    """A warning verb read as a threat that warns no party of a price (see the module)."""
    if event_type != "THREATEN" or frame != "event" or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in warnings:
        return False
    if any(c.dep_ in CLAUSE_COMPLEMENT for c in verb.children):
        return False  # "warned that it would respond": the clause decides (``warned_states``)
    if addressed_to_a_party(verb, lexicon):
        return False
    complements = [obj for _, obj in prep_objects(verb)] + [c for c in verb.children if c.dep_ in OBJECT]
    return not any(names_a_price(w, lexicon) for c in complements for w in (c, *c.conjuncts))
