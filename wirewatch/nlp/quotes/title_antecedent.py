"""The unnamed office or person noun a subject pronoun takes up: "Le Premier ministre canadien a promis des
mesures. « … », a-t-il déclaré" — no one is named, yet the pronoun speaks for the subject before it. Used only when
no named antecedent agrees (speakers.py): the nearest earlier noun subject outside quotation marks
(subject_antecedent.earlier_subjects), when its head is a title or a speaker noun ("le ministre", "la
porte-parole", "the spokeswoman") whose grammatical gender (its determiner's first), when the parse gives one,
agrees with the pronoun's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.person_nouns import phrase_gender
from wirewatch.nlp.quotes.subject_antecedent import earlier_subjects
from wirewatch.nlp.quotes.things import is_speaker_noun


def unnamed_subject_before(lex: QuoteLexicon, pronoun: Token, gender: str, quoted: Callable[[int], bool]
                           ) -> Token | None:
    """The nearest earlier noun subject, if it is a title or a speaker noun of an agreeing gender (see above)."""
    nearest = next(earlier_subjects(lex.grammar, pronoun, quoted), None)
    if nearest is None or nearest.pos_ != "NOUN" or not is_speaker_noun(lex, nearest):
        return None
    noun_gender = phrase_gender(nearest)
    if gender in ("m", "f") and noun_gender and noun_gender != gender:
        return None
    if "Plur" in nearest.morph.get("Number", []):
        return None
    return nearest
