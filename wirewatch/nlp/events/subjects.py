"""Whom a subject condition looks at ("students marched", not "troops marched"): the subject itself, the noun
a quantity counts ("tens of thousands of workers marched", "des milliers de manifestants ont défilé": the
workers, the demonstrators), and for a group pronoun ("as they marched", "ils ont défilé") or a verb with no
subject of its own ("gathered and marched"), the subject of the clause it hangs from, else of the sentence
before. Word classes (``quantity``, ``group_pronoun``, ``of_prep``) come from the language's
``event_words.tsv``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.syntax import SUBJECT

HANGING_CLAUSES = frozenset({"advcl", "conj", "xcomp"})  # a clause whose missing subject is its head's
MAX_QUANTITY_DEPTH = 3  # "tens of thousands of workers": two quantities over the noun


@lru_cache(maxsize=8)
def _word_class(lang: str, role: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_words.tsv")
                     if row.get("role") == role)


def condition_subjects(verb: Token) -> list[Token]:
    """The nouns a subject condition on ``verb`` is checked against: its subjects, each quantity replaced by
    the noun it counts, a group pronoun or a missing subject by the antecedent clause's."""
    lang = verb.doc.lang_
    group = _word_class(lang, "group_pronoun")
    own = [c for c in verb.children if c.dep_ in SUBJECT]
    named = [s for s in own if s.lower_ not in group] or antecedent_subjects(verb, group, pronoun_only=bool(own))
    return [counted(s, lang) for s in named]


def antecedent_subjects(verb: Token, group: frozenset[str], pronoun_only: bool = True) -> list[Token]:
    """The subjects of the nearest clause above ``verb`` that names its own; for a pronoun, if none in the
    sentence, those of the sentence before (a verb without a subject does not reach across sentences)."""
    clause = verb
    while clause.dep_ in HANGING_CLAUSES and clause.head.i != clause.i:
        clause = clause.head
        found = [c for c in clause.children if c.dep_ in SUBJECT and c.lower_ not in group]
        if found:
            return found
    sentence = verb.sent
    if not pronoun_only or sentence.start == 0:
        return []
    before = verb.doc[sentence.start - 1].sent.root
    return [c for c in before.children if c.dep_ in SUBJECT and c.lower_ not in group]


def counted(noun: Token, lang: str) -> Token:
    """``noun`` or, when it is a quantity ("thousands", "dozens", "des milliers"), the noun it counts."""
    quantities, of = _word_class(lang, "quantity"), _word_class(lang, "of_prep")
    current = noun
    for _ in range(MAX_QUANTITY_DEPTH):
        if current.lower_ not in quantities and not current.like_num and current.pos_ != "NUM":
            break
        nxt = next((g for c in current.children if c.dep_ == "prep" and c.lower_ in of
                    for g in c.children if g.dep_ == "pobj"), None) or next(
            (c for c in current.children if c.dep_ == "nmod"
             and any(m.dep_ == "case" and m.lower_ in of for m in c.children)), None)
        if nxt is None:
            break
        current = nxt
    return current
