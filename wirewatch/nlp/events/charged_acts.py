"""An act named as the ground of another act is what that act answers, not an act the sentence tells.

- A coercion's charge: "a court sentenced twelve activists to prison for taking part in a protest", "police
  arrested two men over the riots", « condamnés pour avoir participé à une manifestation »: the act hangs, through
  a preposition of ground (word class ``ground_prep``: "for", "over", « pour »), on a word with a reading of
  coercion (PLOVER COERCE: arrest, jail, sentence), or on the one it is done to, where the parser hangs the
  preposition ("arrested a man for attacking a nurse").
- An allegation's content: "arrested on suspicion of killing a trader", "two men were held, suspected of
  stabbing a guard", "charged with the bombing", « soupçonnés d'avoir tué un commerçant »: the act is the
  complement of a word of suspicion or charge (word class ``allegation``), alleged against someone, not told;
  and such a word as a participle beside the coercion is why they were held, no accusation of the story's own.
- A protest's grievance: "protests erupted over the arrest of the opposition leader", "a march against the
  killing of a student": through a preposition of grievance (``grievance_prep``: "over", "against", « contre »)
  on a protest word or on the verb a protest noun is the subject of.
- A cause told as such: "the protests were sparked by the killing of a teenager", "the arrest of the mayor
  triggered riots": the act is the subject, or the
  agent, of a verb of causing (``cause_verb``: "spark", "trigger") whose other side names an act on the ground
  (a protest, a clash, arrests; not "sparked outrage", which leaves the act the sentence's own).

Each earlier act was told before, or is only alleged; the sentence reports the coercion, the protest, the riots.
Such an act is told aside (``component``): it gives way to the sentence's own act, and stands only when the
sentence tells no other.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup, reading
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT

REACH = 4  # hops from the act up to the preposition ("for | taking | part in | a protest")
LINKS = frozenset({"pobj", "pcomp", "dobj", "obj", "prep", "obl", "nmod", "advcl", "xcomp", "acl"})
# the links by which an act is a word's complement ("of killing", "with the bombing", « d'avoir tué »); not an
# adverbial clause: "the cavalry charged, killing six" is a charge of force and its toll
COMPLEMENT_LINKS = frozenset({"pobj", "pcomp", "prep", "obl", "obl:arg", "nmod", "xcomp"})
AGENT = frozenset({"agent", "obl:agent"})
ON_THE_GROUND = frozenset({"PROTEST", "ASSAULT", "COERCE"})  # effects that are acts: "sparked riots", not "outrage"


def marked_by(node: Token, words: frozenset[str]) -> bool:
    """The word is, or has as its case marker, one of the prepositions."""
    return (node.dep_ in ("prep", "agent") and node.lower_ in words) or any(
        c.dep_ in ("case", "mark") and c.lower_ in words for c in node.children)


def has_reading(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    return any(e.type == event_type for e in lookup(token, lexicon))


def protest_word(governor: Token, lexicon: EventLexicon) -> bool:
    """A protest word, or a verb whose subject is one ("protests *erupted* over …")."""
    return has_reading(governor, "PROTEST", lexicon) or (governor.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT and has_reading(c, "PROTEST", lexicon) for c in governor.children))


def told_as_a_ground(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the trigger names what a coercion is for or what a protest is over (see the module)."""
    grounds, grievances = lexicon.word_class("ground_prep"), lexicon.word_class("grievance_prep")
    node = trigger
    for _ in range(REACH):
        if node.head == node or node.dep_ not in LINKS:
            return False
        governor = node.head
        if marked_by(node, grounds) and governor.pos_ in ("VERB", "NOUN") and (
                has_reading(governor, "COERCE", lexicon) or coerced_party(governor, lexicon)):
            return True
        if marked_by(node, grievances) and protest_word(governor, lexicon):
            return True
        node = governor
    return False


def coerced_party(noun: Token, lexicon: EventLexicon) -> bool:
    """The word is the one a coercion is done to ("arrested *a man* for …", "*two men* were jailed over …")."""
    return noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.head != noun \
        and (noun.dep_ in OBJECT or noun.dep_ in PASSIVE_SUBJECT) and has_reading(noun.head, "COERCE", lexicon)


def told_as_alleged(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the act is the complement of a word of suspicion or charge ("on suspicion of killing", "suspected
    of stabbing", "charged with the bombing", « soupçonnés d'avoir tué »): alleged, not told (see the module)."""
    allegations = lexicon.word_class("allegation")
    node = trigger
    for _ in range(REACH):
        if node.head == node or node.dep_ not in COMPLEMENT_LINKS:
            return False
        node = node.head
        if node.lemma_.lower() in allegations or node.lower_ in allegations:
            return True
    return False


def suspicion_of_the_coerced(trigger: Token, lexicon: EventLexicon) -> bool:
    """A word of suspicion or charge told as a participle beside a coercion (« deux hommes ont été arrêtés,
    soupçonnés de … », "two men were detained, accused of …"): why they were held, not an accusation of the
    story's own."""
    return (trigger.lemma_.lower() in lexicon.word_class("allegation") and trigger.dep_ in ("advcl", "acl")
            and trigger.head != trigger and has_reading(trigger.head, "COERCE", lexicon))


def told_as_a_cause(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the act noun is the subject, or the agent, of a verb of causing whose other side names an act
    ("the killing sparked protests", "protests were sparked by the killing")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.head == trigger:
        return False
    node = trigger.head if trigger.dep_ == "pobj" and trigger.head.dep_ in AGENT else trigger
    verb = node.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_class("cause_verb"):
        return False
    if node.dep_ in SUBJECT and node.dep_ not in PASSIVE_SUBJECT:
        effects = [c for c in verb.children if c.dep_ in OBJECT]
    elif node.dep_ in AGENT:
        effects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT]
    else:
        return False
    return any(e != trigger and (entry := reading(e, lookup(e, lexicon))) is not None and entry.type in ON_THE_GROUND
               for e in effects)


def told_as_background_ground(trigger: Token, lexicon: EventLexicon) -> bool:
    """A charge, an allegation, a grievance or a cause (see the module)."""
    return told_as_a_ground(trigger, lexicon) or told_as_alleged(trigger, lexicon) \
        or suspicion_of_the_coerced(trigger, lexicon) or told_as_a_cause(trigger, lexicon)
