"""The first word of an organisation's name that opens a sentence: the model often leaves it out ("[World]
Meteorological Organization Secretary-General …"), a capital there being no evidence of a name. A proper noun that
opens a sentence right before an organisation's name, outside every other candidate, joins it."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate


def extend_over_sentence_starts(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    taken = {i for c in cands for i in range(c.start, c.end)}
    for cand in cands:
        i = cand.start - 1
        if cand.type != "ORG" or cand.actor is not None or i < 0 or i in taken:
            continue
        word = doc[i]
        if (word.is_sent_start and word.pos_ == "PROPN" and word.is_title and word.is_alpha and not word.ent_type_
                and word.whitespace_ == " " and word.lower_ not in lex.trim_words
                and lex.demonym_country(word.text) is None):
            cand.rebound(i, cand.end)
            taken.add(i)
