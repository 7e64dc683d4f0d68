"""A verb of the trigger lexicon that tells how much a quantity changed, and a time phrase that makes an act a
habit.

"The index dropped by 1.7 per cent", "shares fell 3%", "prices rose to 90 dollars": the verb's only
complements are measures (a number, a percentage, an amount, a level of the word class ``measure_level`` such as
"hit a record high", after the word class ``measure_prep`` or as its
bare complement), so its subject is a quantity that moved, not an actor that acted — a market, not a refusal or
an attack. An object that is not a measure keeps the act ("the government cut aid by 30%").

"Every day, the ministry's website gets attacked", "each week the police detain …", « la police arrête chaque
année des milliers de migrants », « les rebelles attaquent tous les jours les convois »: a time phrase counted by a
distributive determiner (word class ``distributive``) makes the act a habit, background rather than an event of
the story (as the adverbs of the word class ``iterative`` do in ``detect.is_habitual``).

"Killings of journalists rose last year", "a surge in kidnappings", « le nombre d'enlèvements a doublé »: an act
noun that is what rose or fell (the subject of a verb, or the complement of a noun, of the word class
``trend_word``) or what a noun of the word class ``count_noun`` counts names many acts as a trend, not one event.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import OBJECT, PREP_OBJECT, SUBJECT

MEASURE_ENTITIES = frozenset({"PERCENT", "MONEY"})  # not a distance: "advanced 10 kilometres" is an act
BARE_MEASURE_DEPS = frozenset({"npadvmod", "obl:npmod", "nmod:npmod", *OBJECT})
TIME_PHRASE_DEPS = frozenset({"npadvmod", "obl:tmod", "nmod:tmod", "obl", "obl:mod", "advmod"})


def is_measure(token: Token, lexicon: EventLexicon) -> bool:
    """A phrase whose head is a number, a percentage, an amount or a level ("3%", "90 dollars", "a record")."""
    if token.like_num or token.ent_type_ in MEASURE_ENTITIES:
        return True
    if token.pos_ in ("NOUN", "ADJ") and token.lemma_.lower() in lexicon.word_class("measure_level"):
        return True  # "hit a record", "struck a three-year low": a level reached, no number needed
    return token.lemma_.lower() in lexicon.word_class("measure_unit") and any(
        c.like_num for c in token.subtree)


def measured_change(token: Token, lexicon: EventLexicon) -> bool:
    """The verb's complements are measures only: a quantity changed, no one acted."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    preps = lexicon.word_class("measure_prep")
    measured = False
    for child in token.children:
        if child.dep_ in BARE_MEASURE_DEPS:
            if not is_measure(child, lexicon) or child.like_num:  # "killed 12", "arrested 233": people counted
                return False  # "cut aid by 30%": an object acted on
            measured = True
        elif child.lower_ in preps and child.dep_ in ("prep", "case"):
            measured = measured or any(o.dep_ in PREP_OBJECT and is_measure(o, lexicon) for o in child.children)
        elif child.dep_ in ("obl", "nmod") and any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
            measured = measured or is_measure(child, lexicon)
    return measured


def recurring(token: Token, lexicon: EventLexicon) -> bool:
    """A time phrase of the act counted by a distributive determiner ("every day", "each week", « chaque année »,
    « tous les jours »). The time phrase is a date by the tagger or a unit of time by the word class ``time_unit``
    (the French model tags no dates); the determiner is a ``det`` or, for « tous les », an adjective."""
    distributive, units = lexicon.word_class("distributive"), lexicon.word_class("time_unit")
    return any(c.dep_ in TIME_PHRASE_DEPS and c.pos_ == "NOUN" and (c.ent_type_ == "DATE" or c.lemma_.lower() in units)
               and any(d.dep_ in DISTRIBUTIVE_DEPS and d.lower_ in distributive for d in c.children)
               for c in token.children)


DISTRIBUTIVE_DEPS = frozenset({"det", "amod"})  # "every day"; « tous les jours »: « tous » an adjective


def counted_acts(token: Token, lexicon: EventLexicon) -> bool:
    """An act noun that is what a trend word tells rose or fell, or what a count noun counts."""
    if token.pos_ != "NOUN":
        return False
    trend = lexicon.word_class("trend_word")
    if token.dep_ in SUBJECT and token.head.pos_ in ("VERB", "AUX") and token.head.lemma_.lower() in trend:
        return True  # "attacks doubled", « les agressions ont augmenté »
    governor = token.head.head if token.head.pos_ == "ADP" and token.dep_ in PREP_OBJECT else token.head
    if governor.i == token.i or governor.pos_ != "NOUN" or not (
            token.dep_ in PREP_OBJECT or token.dep_ == "nmod"):
        return False
    return governor.lemma_.lower() in trend | lexicon.word_class("count_noun")  # "a surge in", « le nombre d' »
