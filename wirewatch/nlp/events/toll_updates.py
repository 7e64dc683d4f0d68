"""A sentence that updates the toll of an act already told is no new act: "the strike had killed 19 people by
Wednesday", "mercredi, la frappe avait fait 19 morts". Its subject is a definite act noun (the act is known),
its verb gives a toll, and its tense or a "by <time>" phrase dates the count, not the act: the pluperfect
(a perfect auxiliary in a past tense: "had", "avait") or a preposition of the class ``update_preposition``
governing a date ("by Wednesday"), or a date that is only its speech verb's ("the strike killed 11 people, the
governor said on Tuesday": ``report_dates``). ``merge`` folds such a telling into the act it updates, which keeps
its own date and takes the later toll. A sentence whose subject is a toll noun ("le bilan s'est alourdi à 19 morts",
"the death toll rose to 19") and that tells no act gives the last act's toll as it now stands
(``with_sentence_toll``): the later count replaces the earlier one when it is higher.

Word classes of ``lexicons/<lang>/event_words.tsv``: ``perfect_auxiliary`` (the auxiliary of the perfect),
``update_preposition``, ``toll_noun`` ("bilan", "toll"), ``rise_preposition`` ("to": what a toll rose
to); ``definite`` as read by ``presupposed``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from wirewatch.nlp.events.casualties import Toll, find_toll, number_of, with_orphan_toll
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.presupposed import definite
from wirewatch.nlp.events.report_dates import dates_only_report, repeats, report_dated
from wirewatch.nlp.events.toll_scope import is_casualty_word
from wirewatch.nlp.syntax import NOMINAL_SUBJECT
from wirewatch.records import Event

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
    # the clause first (a few children a verb): the toll is read only in the rare sentence that retells an act so
    retold = any(token.pos_ == "VERB" and act_subject(token, lexicon)
                 and (pluperfect(token, lexicon) or dated_by(token, lexicon) or report_dated(token, sent, lexicon))
                 for token in sent)
    return retold and not find_toll(sent, lexicon).empty


def report_dated_starts(sents: Iterable[Span], lexicon: EventLexicon) -> set[int]:
    """The starts of the sentences whose only dates are a speech verb's (``report_dates``)."""
    return {sent.start_char for sent in sents if not repeats(sent, lexicon) and any(
        token.pos_ in ("VERB", "AUX") and dates_only_report(token, sent, lexicon) for token in sent)}


def toll_update_starts(sents: Iterable[Span], lexicon: EventLexicon) -> set[int]:
    """The starts of the sentences that update a known act's toll."""
    return {sent.start_char for sent in sents if updates_toll(sent, lexicon)}


def toll_subject(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The toll noun subject of the verb, unless it counts a conflict's dead ("the war's death toll", word class
    ``toll_conflict``): a running total is no act's toll."""
    conflict = lexicon.word_class("toll_conflict")
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT
                 and c.lemma_.lower() in lexicon.word_class("toll_noun")
                 and not any(w.lemma_.lower() in conflict for w in c.subtree)), None)


def risen_toll(sent: Span, lexicon: EventLexicon) -> Toll:
    """The toll a toll noun's clause gives: the casualties it counts ("à 19 morts"), or the figure it rose to
    when the toll noun names its casualties ("the death toll rose to 19", "the number of dead climbed to 19")."""
    rise = lexicon.word_class("rise_preposition")
    for verb in sent:
        subject = toll_subject(verb, lexicon) if verb.pos_ in ("VERB", "AUX", "ADJ") else None  # "alourdi" as ADJ
        if subject is None:
            continue
        toll = find_toll(sent, lexicon)
        if not toll.empty or not any(is_casualty_word(w, lexicon) for w in subject.subtree if w != subject):
            return toll
        figures = [number_of(o, lexicon) for p in verb.children if p.lower_ in rise for o in p.children]
        return Toll(killed=next((f for f in figures if f is not None), None))
    return Toll()


def with_sentence_toll(event: Event, sent: Span, lexicon: EventLexicon) -> Event:
    """A sentence that tells no act, right after an attack: the toll it gives is the attack's, and a risen toll
    (``risen_toll``) higher than the one told replaces it."""
    risen = risen_toll(sent, lexicon)
    if event.modality != "asserted" or risen.empty:
        return with_orphan_toll(event, find_toll(sent, lexicon))
    update = {name: value for name, value, told in (("killed", risen.killed, event.killed),
                                                     ("injured", risen.injured, event.injured))
              if value is not None and (told is None or value > told)}
    return event.model_copy(update=update) if update else event
