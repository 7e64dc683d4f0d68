"""A present-tense verb the tagger read as a word of the noun phrase before it, as headlines and leads write.

"La Russie bombarde Kharkiv", "L'armée attaque les habitants", "Moscou expulse deux diplomates": the French
tagger takes the verb for an adjective or a noun hung on the subject ("bombarde" an ``amod`` of "Russie"), and
the sentence is left with no verb that has a subject. When a word right after a noun phrase is the third-person
present of a trigger verb (its ending, ``verb_lemma_endings.tsv``, or its lemma) and a noun phrase follows it,
it is re-attached as the clause's verb: the phrase before is its subject, the phrase after its object. The
sentence's parse is changed in place (the layer reads roles from it); offsets and text are untouched.
"""

from __future__ import annotations

from spacy.tokens import MorphAnalysis, Span, Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import PASSIVE_SUBJECT, SUBJECT

NOMINAL_HEADS = frozenset({"NOUN", "PROPN"})
PHRASE_WORDS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "PUNCT", "NUM"})  # a noun phrase's words
OBJECT_STARTS = frozenset({"DET", "NUM", "PROPN"})
MISREAD_DEPS = frozenset({"amod", "acl", "nmod", "appos", "ROOT", "compound"})
PRESENT = "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin"


def has_clause_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT for c in t.children)
               for t in sent)


def present_infinitive(token: Token, lexicon: EventLexicon) -> str | None:
    """The trigger verb ``token`` is a present of, read from its form ("bombarde" → "bombarder") or lemma."""
    if not token.is_lower or token.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or token.dep_ not in MISREAD_DEPS:
        return None
    candidates = [*lexicon.verb_lemmas(token.lower_), token.lemma_.lower()]
    return next((verb for verb in candidates if (verb, "VERB") in lexicon.triggers and verb != token.lower_), None)


def subject_before(token: Token, sent: Span) -> Token | None:
    """The noun of the phrase that opens the sentence and ends right before ``token`` (adjectives skipped)."""
    i = token.i - 1
    while i > sent.start and token.doc[i].pos_ == "ADJ":
        i -= 1
    head = token.doc[i]
    opening = token.doc[sent.start: token.i]
    if head.pos_ not in NOMINAL_HEADS or any(t.pos_ not in PHRASE_WORDS for t in opening):
        return None
    return head


def object_after(token: Token, sent: Span) -> Token | None:
    """The head of the noun phrase that starts right after ``token``."""
    if token.i + 1 >= sent.end or token.doc[token.i + 1].pos_ not in OBJECT_STARTS:
        return None
    node = token.doc[token.i + 1]
    while node.head != node and token.i < node.head.i < sent.end:
        node = node.head
    return node if node.pos_ in (*NOMINAL_HEADS, "NUM") else None


def repair_present_verb(sent: Span, lexicon: EventLexicon) -> Token | None:
    """Re-attach the sentence's misread present verb, if it has one with no verb of its own; the verb."""
    if len(sent) < 3 or has_clause_verb(sent):
        return None
    for token in sent[1:]:
        verb = present_infinitive(token, lexicon)
        subject = subject_before(token, sent) if verb else None
        target = object_after(token, sent) if subject is not None else None
        if verb is None or subject is None or target is None:
            continue
        token.head, token.dep_, token.pos_, token.lemma_ = token, "ROOT", "VERB", verb
        token.morph = MorphAnalysis(token.vocab, PRESENT)
        subject.head, subject.dep_ = token, "nsubj"
        target.head, target.dep_ = token, "obj"
        return token
    return None
