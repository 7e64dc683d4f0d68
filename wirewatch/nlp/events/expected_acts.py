"""Acts a sentence foresees, fears or tells as stopped, without telling that they happened.

- An act expected, foreseen or feared: the object or the passive subject of a verb of expectation ("the UN fears
  a new offensive", "an attack is feared", « l'ONU redoute une offensive », « des manifestations sont prévues »),
  its object through a preposition (« s'attendent à une attaque »), or the act of a clause it governs ("officials
  fear the rebels will attack", « s'attendent à ce que l'armée attaque »): a forecast, no occurrence (PLOVER
  codes occurrences). The one who fears or expects is no party to the act.
- An act said to be likely: the subject of a predicate adjective of likelihood ("more strikes are likely",
  "clashes are possible", « des affrontements sont possibles »).
- An act prevented, as the noun a participle of prevention qualifies (« un attentat déjoué », "the foiled
  attack"): it did not happen (one governed by a verb of prevention is ``unrealised.prevented``'s).

Word classes of ``event_words.tsv``: ``expectation`` (verbs of expecting, foreseeing and fearing, by lemma),
``likelihood`` (adjectives of likelihood), ``prevent`` (verbs of stopping an act before it happens).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import CLAUSE_COMPLEMENT, NOMINAL_SUBJECT, OBJECT, PASSIVE_SUBJECT

NOUN_ROLES = OBJECT | PASSIVE_SUBJECT  # "fears an attack", "an attack is feared"
ADJECTIVE_COMPLEMENTS = frozenset({"acomp", "attr"})  # "are likely": the adjective beside the copula
PARTICIPLE_ON_NOUN = frozenset({"amod", "acl"})  # "a foiled attack", « un attentat déjoué »
CLAUSE_REACH = 3  # verbs climbed from the act to the clause a verb of expectation governs
EXPECTED_CLAUSE = CLAUSE_COMPLEMENT | {"acl"}  # « s'attendent à ce que l'armée attaque »: the clause on « ce »


def lemma_in(verb: Token, words: frozenset[str], lexicon: EventLexicon) -> bool:
    """The verb's lemma, or for a present the lemmatiser left as it is ("redoute"), an infinitive it can be."""
    lemma = verb.lemma_.lower()
    if lemma in words:
        return True
    return lemma == verb.lower_ and any(v in words for v in lexicon.verb_lemmas(lemma))


def governed_noun(trigger: Token, words: frozenset[str], lexicon: EventLexicon) -> bool:
    """A noun act that is the object or passive subject of one of the verbs, or, through a preposition, its
    argument (« s'attendent à une attaque »)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.head == trigger:
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "braced for an attack"
    elif trigger.dep_ not in NOUN_ROLES and trigger.dep_ not in ("obl", "obl:arg"):
        return False
    return head.pos_ in ("VERB", "AUX", "ADJ") and lemma_in(head, words, lexicon)


def expected_clause(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act's clause is what a verb of expectation governs ("fear the rebels will attack")."""
    words = lexicon.word_class("expectation")
    node = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECT else trigger
    for _ in range(CLAUSE_REACH):
        if node.head == node:
            return False
        if node.dep_ in EXPECTED_CLAUSE and node.pos_ in ("VERB", "AUX"):
            governor = node.head
            if governor.dep_ in ("obl", "obl:arg") and governor.pos_ == "PRON":
                governor = governor.head  # « à ce que … »
            return governor.pos_ in ("VERB", "AUX") and lemma_in(governor, words, lexicon)
        if node.dep_ not in ("xcomp", "conj"):
            return False
        node = node.head
    return False


def said_likely(trigger: Token, lexicon: EventLexicon) -> bool:
    """A noun act that is the subject of a predicate adjective of likelihood ("strikes are likely")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in NOMINAL_SUBJECT:
        return False
    likelihood = lexicon.word_class("likelihood")
    head = trigger.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in likelihood or head.lower_ in likelihood
    return any(c.dep_ in ADJECTIVE_COMPLEMENTS and (c.lemma_.lower() in likelihood or c.lower_ in likelihood)
               for c in head.children)


def expected(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is foreseen, feared or said likely, not told as done (see the module)."""
    return governed_noun(trigger, lexicon.word_class("expectation"), lexicon) \
        or expected_clause(trigger, lexicon) or said_likely(trigger, lexicon)


def qualified_as_prevented(trigger: Token, lexicon: EventLexicon) -> bool:
    """A noun act a participle of prevention qualifies ("the foiled attack", « un attentat déjoué »): it did not
    happen. An act a verb of prevention governs ("foiled an attack", "an attack was thwarted") is
    ``unrealised.prevented``'s."""
    words = lexicon.word_class("prevent")
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in PARTICIPLE_ON_NOUN and c.pos_ in ("VERB", "ADJ") and lemma_in(c, words, lexicon)
        for c in trigger.children)
