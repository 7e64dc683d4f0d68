"""Lemmas the tagger missed: a verb form whose lemma names no event word is read by the language's suffix rules.

The statistical lemmatiser sometimes cuts an inflected verb to another word ("raped" → "rap", "shelled" →
"shel"): the trigger lexicon, keyed by lemma, then misses an act the form plainly states. When the given lemma
finds no entry, the form's own suffix rules (``verb_inflections.tsv``: "-ed" → "-e" or nothing, "-ied" → "-y",
a doubled consonant undone) give the candidate lemmas, tried after it. A language without the file has no rules.
A participle of force that names its doer after a noun ("tear gas fired by police") is read as the act it states
(:func:`force_by_agent`), not as a description of the noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch import lexicons

if TYPE_CHECKING:  # the lexicon module imports this one (its word lists)
    from wirewatch.nlp.events.lexicon import TriggerEntry

FILE = "verb_inflections.tsv"
MIN_STEM = 2  # a stem shorter than this is no verb ("-ed" of "bed")
IRREGULAR_WORD = 3  # a form this long that is a whole row's suffix is an irregular verb form ("shot" → "shoot")
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
AGENT = frozenset({"agent", "obl:agent"})  # the passive doer: "by X", "par X"


def suffix_rules(lang: str) -> tuple[tuple[str, str], ...]:
    """The (suffix, replacement) pairs of the language, longest suffix first."""
    rows = lexicons.read_tsv(lang, FILE)
    return tuple(sorted(((r["suffix"], r["replacement"]) for r in rows), key=lambda pair: -len(pair[0])))


def form_lemmas(token: Token) -> list[str]:
    """Candidate lemmas of a verb form by its suffix, other than the lemma the tagger gave ("raped" → "rape",
    "rap"; "stopped" → "stop")."""
    form, given = token.lower_, token.lemma_.lower()
    out: list[str] = []
    for suffix, replacement in suffix_rules(token.lang_):
        whole_word = form == suffix and len(suffix) >= IRREGULAR_WORD  # an irregular past itself: "shot", "ran"
        if not form.endswith(suffix) or (len(form) - len(suffix) < MIN_STEM and not whole_word):
            continue
        stem = form[: len(form) - len(suffix)]
        candidates = [stem + replacement]
        if not replacement and len(stem) > MIN_STEM and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])  # a doubled consonant: "stopped" → "stop"
        out += [c for c in candidates if c != given and c not in out]
    return out


def inflected_forms(lemmas: frozenset[str], lang: str) -> frozenset[str]:
    """The forms the suffix rules read back to one of ``lemmas`` ("rape" → "raped", "raping", "rapes";
    "stop" → "stopped"): the words a look-up by form (:func:`form_lemmas`) can accept."""
    out: set[str] = set()
    for lemma in lemmas:
        for suffix, replacement in suffix_rules(lang):
            if not lemma.endswith(replacement):
                continue
            stem = lemma[: len(lemma) - len(replacement)]
            out.add(stem + suffix)
            if not replacement and stem:
                out.add(stem + stem[-1] + suffix)
    return frozenset(out)


def force_by_agent(participle: Token, entries: Sequence[TriggerEntry]) -> bool:
    """A participle of force that names its doer ("tear gas fired by police", "the island bombarded by
    artillery", "des obus tirés par l'armée"): a passive clause cut short, which states the act, unlike a
    description ("the besieged town"); acts of support keep their descriptive reading ("a group backed by X")."""
    return any(e.type in FORCE_TYPES for e in entries) and any(c.dep_ in AGENT for c in participle.children)


def conditional_form(verb: Token, endings: frozenset[str]) -> bool:
    """« céderaient », « prendrait »: a conditional (the infinitive and an ending of word class
    ``conditional_ending``) the tagger read as an imperfect — a future in the past, not an ongoing past."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    stems = {lemma, lemma[:-1]} if lemma.endswith("re") else {lemma}
    return any(form == stem + ending for stem in stems for ending in endings)
