"""The date of a report is not the date of the act it reports: in "the strike killed 11 people, the governor said
on Tuesday" or "l'attaque a fait neuf morts, a déclaré mardi le gouverneur", Tuesday is when the governor spoke.
A clause whose sentence dates nothing but its speech verb states no date of its own; a definite act told so
retells an act already told (``toll_updates``), whatever day the report gives.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import reporting_verb
from wirewatch.nlp.syntax import NOMINAL_SUBJECT, OBJECT

REPORT_LINKS = frozenset({"parataxis", "ccomp"})  # "…, a déclaré mardi le gouverneur" hung on the act's verb
INCISE_LINKS = frozenset({"conj", "advcl"})  # what parsers also make of an incise with its speaker after it
MAX_CLIMB = 4
SUBJECT_PHRASES = frozenset({"prep", "acl", "acl:relcl", "relcl", "appos", "conj"})  # and nmod:*


def speech_verbs_of(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The speech verbs reporting the clause: the one governing it ("the governor said [the strike killed 11]")
    or an incise the parser hung on it ("[l'attaque a fait neuf morts], a déclaré le gouverneur")."""
    found = [c for c in verb.children if c.lemma_.lower() in lexicon.speech_verbs
             and (c.dep_ in REPORT_LINKS or (c.dep_ in INCISE_LINKS and inverted(c)))]
    governing = reporting_verb(verb, lexicon.speech_verbs)
    return found + ([governing] if governing is not None else [])


def inverted(speech: Token) -> bool:
    """A speech verb with its subject after it is an incise, even where the parser coordinated it with the
    clause it reports or made it an adverbial clause ("ils ont tué trois civils, a précisé mardi le maire")."""
    return any((c.dep_ in NOMINAL_SUBJECT or c.dep_ in OBJECT) and c.i > speech.i and c.pos_ in ("NOUN", "PROPN")
               for c in speech.children)  # the speaker after the verb, often labelled its object


def clause_verb(token: Token) -> Token | None:
    """The first verb above a token of a date ("Tuesday" → "on" → "said")."""
    node = token
    for _ in range(MAX_CLIMB):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def bare_subject(verb: Token) -> bool:
    """The verb's subjects name their act without a phrase of its own ("the strike", "l'attaque", not "the strike
    on another town", "the attack that followed"): a bare definite noun points back to the act told."""
    return not any(c.dep_ in SUBJECT_PHRASES or c.dep_.startswith("nmod")
                   for s in verb.children if s.dep_ in NOMINAL_SUBJECT for c in s.children)


def repeats(sent: Span, lexicon: EventLexicon) -> bool:
    """A word of the class ``repeat_mark`` tells another act of the kind ("another strike", "shelled again")."""
    marks = lexicon.word_class("repeat_mark")
    return any(token.lower_ in marks or token.lemma_.lower() in marks for token in sent)


def report_dated(verb: Token, sent: Span, lexicon: EventLexicon) -> bool:
    """The sentence dates its speech verb and nothing else, and the verb's subject names no act of its own: the
    act's clause retells an act told before."""
    return bare_subject(verb) and not repeats(sent, lexicon) and dates_only_report(verb, sent, lexicon)


def dates_only_report(verb: Token, sent: Span, lexicon: EventLexicon) -> bool:
    """The sentence has dates, and each is that of a speech verb reporting the verb's clause."""
    speech = speech_verbs_of(verb, lexicon)
    if not speech:
        return False
    doc = sent.doc
    dated = [doc.char_span(d.start, d.end, alignment_mode="expand") for d in doc._.ww_dates or []
             if sent.start_char <= d.start < sent.end_char and d.type in ("DATE", "TIME")]
    spans = [span for span in dated if span is not None]
    return bool(spans) and all(any(clause_verb(t) in speech for t in span if t.head not in span) for span in spans)
