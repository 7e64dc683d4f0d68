"""Acts a sentence foresees, fears or tells as stopped, without telling that they happened.

- An act expected, foreseen or feared: the object or the passive subject of a verb of expectation ("the UN fears
  a new offensive", "an attack is feared", « l'ONU redoute une offensive », « des manifestations sont prévues »),
  its object through a preposition (« s'attendent à une attaque »), or the act of a clause it governs ("officials
  fear the rebels will attack", « s'attendent à ce que l'armée attaque »): a forecast, no occurrence (PLOVER
  codes occurrences). The one who fears or expects is no party to the act.
- An act said to be likely: the subject of a predicate adjective of likelihood ("more strikes are likely",
  "clashes are possible", « des affrontements sont possibles »).
- An act named as the complement of a noun of danger, risk or fear ("the risk of a Chinese attack", "fears of an
  offensive", « le risque d'une attaque », « la crainte d'une offensive »), or of a threat noun nobody is said to
  make ("the threat of an invasion worries Europe", « la menace d'une invasion »): a danger perceived, not an act
  done. A threat with its maker ("Trump's threat of tariffs", « la menace russe d'une invasion ») stays a threat
  made (``intentions``, ``bare_threats``).
- An act prevented, as the noun a participle of prevention qualifies (« un attentat déjoué », "the foiled
  attack"): it did not happen (one governed by a verb of prevention is ``unrealised.prevented``'s).

Word classes of ``event_words.tsv``: ``expectation`` (verbs of expecting, foreseeing and fearing, by lemma),
``likelihood`` (adjectives of likelihood), ``danger_noun`` (nouns of danger, risk and fear, by lemma),
``threat_noun`` and ``of_prep`` (the preposition of a noun's complement), ``prevent`` (verbs of stopping an act
before it happens).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import CLAUSE_COMPLEMENT, NOMINAL_SUBJECT, OBJECT, PASSIVE_SUBJECT

NOUN_ROLES = OBJECT | PASSIVE_SUBJECT  # "fears an attack", "an attack is feared"
ADJECTIVE_COMPLEMENTS = frozenset({"acomp", "attr"})  # "are likely": the adjective beside the copula
PARTICIPLE_ON_NOUN = frozenset({"amod", "acl"})  # "a foiled attack", « un attentat déjoué »
MAKER_ON_THREAT = frozenset({"poss", "amod", "nmod:poss", "compound"})  # "Trump's threat", « la menace russe »
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


def of_danger(trigger: Token, lexicon: EventLexicon) -> bool:
    """A noun act that is the complement of a noun of danger, or of a threat noun with no maker (see the module):
    "of" governed by the danger noun (spaCy English ``prep`` → ``pobj``), or « de » a case of the act (French
    ``nmod``)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.head == trigger:
        return False
    of = lexicon.word_class("of_prep")
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in of:
        danger = head.head
    elif trigger.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in of for c in trigger.children):
        danger = head
    else:
        return False
    if danger.pos_ != "NOUN":
        return False
    lemma = danger.lemma_.lower()
    if lemma in lexicon.word_class("danger_noun"):
        return True
    return lemma in lexicon.word_class("threat_noun") and not any(
        c.dep_ in MAKER_ON_THREAT for c in danger.children)  # "Trump's threat of", « la menace russe d'une »


def expected(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is foreseen, feared or said likely, not told as done (see the module)."""
    return governed_noun(trigger, lexicon.word_class("expectation"), lexicon) \
        or expected_clause(trigger, lexicon) or said_likely(trigger, lexicon) or of_danger(trigger, lexicon)


def qualified_as_prevented(trigger: Token, lexicon: EventLexicon) -> bool:
    """A noun act a participle of prevention qualifies ("the foiled attack", « un attentat déjoué »): it did not
    happen. An act a verb of prevention governs ("foiled an attack", "an attack was thwarted") is
    ``unrealised.prevented``'s."""
    words = lexicon.word_class("prevent")
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in PARTICIPLE_ON_NOUN and c.pos_ in ("VERB", "ADJ") and lemma_in(c, words, lexicon)
        for c in trigger.children)
