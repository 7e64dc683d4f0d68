"""Elliptic passives of a headline's toll: after the colon that joins an act to its toll, a past verb with no
auxiliary whose subject is counted ("Attack in Lyon: two police officers wounded", "Shooting in Denver: three
people killed.") is a passive without its auxiliary: the counted noun undergoes it (the victims), it does not do
it. The parser reads it as an active past; an active clause has an object or no colon before its subject. Only
a casualty verb (``event_casualties.tsv``) or a verb of an act done to people whom a headline counts (word class
``counted_patient`` of ``event_words.tsv``: "Police in Denver: three people arrested", "Mali: two aid workers
kidnapped") is read so: "Protest in Paris: two thousand people marched" is told by its doers.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.headline_structure import opens_after_colon
from wirewatch.nlp.syntax import AUXILIARY, OBJECT, SUBJECT


@lru_cache(maxsize=8)
def casualty_verbs(lang: str) -> frozenset[str]:
    return frozenset(row["lemma"].lower() for row in lexicons.read_tsv(lang, "event_casualties.tsv")
                     if row["pos"] == "VERB")


@lru_cache(maxsize=8)
def patient_verbs(lang: str) -> frozenset[str]:
    """The verbs whose counted subject after a headline's colon undergoes the act: casualty verbs and the
    ``counted_patient`` word class."""
    return casualty_verbs(lang) | frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_words.tsv")
                                            if row["role"] == "counted_patient")


def counted_subject(verb: Token) -> Token | None:
    """The counted noun subject of a casualty verb's (or a ``counted_patient`` verb's) past told after a colon,
    with no auxiliary nor object, or ``None``."""
    if verb.pos_ != "VERB" or "Past" not in verb.morph.get("Tense", []) \
            or verb.lemma_.lower() not in patient_verbs(verb.doc.lang_):
        return None
    if any(c.dep_ in AUXILIARY or c.dep_ in OBJECT for c in verb.children):
        return None
    # the parser may give the verb the act's noun as a second subject ("Attack in Kabul: ten people killed")
    subject = next((c for c in verb.children if c.dep_ in SUBJECT and c.pos_ == "NOUN" and c.i < verb.i
                    and any(n.dep_ == "nummod" for n in c.children)), None)
    if subject is None:
        return None
    return subject if opens_after_colon(subject) else None


def is_elliptic_passive(verb: Token) -> bool:
    return counted_subject(verb) is not None

