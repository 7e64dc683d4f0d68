"""A sentence that updates the toll of an act already told is no new act: "the strike had killed 19 people by
Wednesday", "mercredi, la frappe avait fait 19 morts". Its subject is a definite act noun (the act is known),
its verb gives a toll, and its tense or a "by <time>" phrase dates the count, not the act: the pluperfect
(a perfect auxiliary in a past tense: "had", "avait") or a preposition of the class ``update_preposition``
governing a date ("by Wednesday"). ``merge`` folds such a telling into the act it updates, which keeps its own
date and takes the later toll.

Word classes of ``lexicons/<lang>/event_words.tsv``: ``perfect_auxiliary`` (the auxiliary of the perfect),
``update_preposition``; ``definite`` as read by ``presupposed``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from wirewatch.nlp.events.casualties import find_toll
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.presupposed import definite
from wirewatch.nlp.syntax import NOMINAL_SUBJECT

PAST_TENSES = frozenset({"Past", "Imp", "Pqp"})  # "had"; "avait" (imparfait)
DATE_LABELS = frozenset({"DATE", "TIME"})


def pluperfect(verb: Token, lexicon: EventLexicon) -> bool:
    perfect = lexicon.word_class("perfect_auxiliary")
    return any(c.dep_.startswith("aux") and c.lemma_.lower() in perfect
               and PAST_TENSES.intersection(c.morph.get("Tense", [])) for c in verb.children)


def dated_by(verb: Token, lexicon: EventLexicon) -> bool:
    """A "by <time>" phrase on the verb: the count as of then."""
    prepositions = lexicon.word_class("update_preposition")
    for child in verb.children:
        if child.lower_ in prepositions and any(o.ent_type_ in DATE_LABELS for o in child.children):
            return True  # "by Wednesday" (prep → pobj)
        if any(c.dep_ == "case" and c.lower_ in prepositions for c in child.children) \
                and child.ent_type_ in DATE_LABELS:
            return True  # obl with its case marker
    return False


def act_subject(verb: Token, lexicon: EventLexicon) -> bool:
    """A definite noun naming an act as the verb's subject ("the strike", "la frappe")."""
    return any(c.dep_ in NOMINAL_SUBJECT and c.pos_ == "NOUN" and (c.lemma_.lower(), "NOUN") in lexicon.triggers
               and definite(c, lexicon) for c in verb.children)


def updates_toll(sent: Span, lexicon: EventLexicon) -> bool:
    if find_toll(sent, lexicon).empty:
        return False
    return any(token.pos_ == "VERB" and act_subject(token, lexicon)
               and (pluperfect(token, lexicon) or dated_by(token, lexicon)) for token in sent)


def toll_update_starts(sents: Iterable[Span], lexicon: EventLexicon) -> set[int]:
    """The starts of the sentences that update a known act's toll."""
    return {sent.start_char for sent in sents if updates_toll(sent, lexicon)}
