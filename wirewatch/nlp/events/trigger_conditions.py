"""A trigger word's readings in the lexicon and the conditions a reading sets on the word's children.

A word is looked up by its lemma and part of speech (a present left unlemmatised by its infinitive, a plural
noun by its singular, "sit-in" by its written form, a verb the tagger cut wrong by its own suffix rules); a
reading then holds when the word's children meet its condition: an object among the condition's words ("lift
*sanctions*"), a preposition ("call *on*"), a particle ("walk *out*"), a subject, a modifier.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.attachment import controlled_markers, displaced_complements
from wirewatch.nlp.events.described_contents import described_contents
from wirewatch.nlp.events.inflections import form_lemmas
from wirewatch.nlp.events.lexicon import EventLexicon, Requirement, TriggerEntry
from wirewatch.nlp.events.prohibited_acts import names_a_prohibition
from wirewatch.nlp.events.subjects import condition_subjects
from wirewatch.nlp.events.support_verbs import hyphen_word
from wirewatch.nlp.events.syntax import is_past_participle_on_noun, prep_objects, same_preposition
from wirewatch.nlp.events.weapon_remains import names_remains
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT

POS_ALIASES = {"PROPN": "NOUN", "AUX": "VERB"}
# participles the tagger calls adjectives ("horrifié", "concerned") stay adjectives; verbs as adjectives too
VERB_ONLY = frozenset({"dobj", "acomp", "oprd", "dative"})  # dependents no noun governs: a verb read as a noun
TIME_LABELS = frozenset({"DATE", "TIME"})  # a time phrase is no argument a reading can require


def lookup(token: Token, lexicon: EventLexicon) -> list[TriggerEntry]:
    pos = POS_ALIASES.get(token.pos_, token.pos_)
    lemma = token.lemma_.lower()
    keys = [(lemma, pos)]
    if pos == "ADJ":
        keys.append((lemma, "VERB"))
    if pos == "VERB":
        keys.append((token.lower_, "ADJ"))
        if lemma == token.lower_:  # a present left unlemmatised ("demande", "frappe"): its infinitive
            keys += [(infinitive, pos) for infinitive in lexicon.verb_lemmas(lemma)]
    if pos == "NOUN" and lemma.endswith("s"):
        keys.append((lemma[:-1], pos))
    if pos == "NOUN" and (written := hyphen_word(token)) is not None:
        keys.insert(0, (written, pos))  # "sit-in" split by the tokenizer, looked up on its head piece
    if pos == "VERB":  # a lemma the tagger cut wrong ("raped" → "rap"): the form's own suffix rules, after it
        keys += [(candidate, pos) for candidate in form_lemmas(token)]
    if pos == "NOUN" and any(c.dep_ in VERB_ONLY for c in token.children):
        # a past the tagger took for a noun ("a sniper shot dead two civilians"): it governs what only a verb can
        keys += [(candidate, "VERB") for candidate in (lemma, *form_lemmas(token))]
    for key in keys:
        entries = lexicon.triggers.get(key)
        if entries:
            return entries
    return []


def requirement_met(token: Token, requirement: Requirement | None, direct: bool = False) -> bool:
    """Whether ``token``'s children meet the condition; ``direct``: an object condition looks at the objects
    themselves only, not at what they govern ("took control of parts": control, not part)."""
    if requirement is None:
        return True
    words = requirement.words
    if requirement.kind == "prep":
        return any(prep in words and obj.ent_type_ not in TIME_LABELS  # "called Biden on Tuesday": a time
                   for prep, obj in (*prep_objects(token), *displaced_complements(token))) or any(
            c.dep_ in ("mark", "case") and c.lemma_.lower() in words for c in token.children
        ) or any(c.dep_ == "xcomp" and any(m.lemma_.lower() in words for m in c.children) for c in token.children
                 ) or any(m.lemma_.lower() in words for m in controlled_markers(token))
    if requirement.kind == "obj":
        objects = [c for c in token.children if c.dep_ in OBJECT or c.dep_ in PASSIVE_SUBJECT]
        if not words and not requirement.phrases:
            return bool(objects)
        if is_past_participle_on_noun(token):
            objects.append(token.head)  # "shells fired by the rebels": the noun the participle describes
        candidates = list(objects)
        if not direct:
            candidates += [c for o in objects if not (names_remains(o) or names_a_prohibition(o)) for c in o.children
                           if c.dep_ in ("nmod", "prep", "pobj")]  # not "fragments of a grenade", "a ban on protests"
            candidates += described_contents(objects)  # "packages containing explosives"
            candidates += [g for c in candidates for g in c.children if g.dep_ == "pobj"]
        # the form too: a plural the lemmatiser got wrong ("bases" → "basis") still names its word
        lemmas = [unelided(w) for c in candidates for w in (c.lemma_.lower(), c.lower_)]
        return any(lemma in words or lemma.rstrip("s") in words for lemma in lemmas) or any(
            has_phrase(c, requirement.phrases) for c in candidates)
    if requirement.kind == "prt":
        # "walked out": a particle, or the same word the parser calls an adverbial preposition
        return any((c.dep_ in ("prt", "compound:prt") or (c.dep_ == "advmod" and c.pos_ == "ADP"))
                   and c.lower_ in words for c in token.children)
    if requirement.kind == "mod":
        near = [*token.children, token.head, *token.head.children]
        return any(t.lemma_.lower() in words or t.lower_ in words for t in near if t != token)
    if requirement.kind == "pp":
        return any(same_preposition(prep, requirement.prep, token.lang_) and (not words or named(obj, requirement))
                   for prep, obj in (*prep_objects(token), *displaced_complements(token)))
    if requirement.kind == "subj":
        return any(named(c, requirement) for c in condition_subjects(token))
    return True


def named(token: Token, requirement: Requirement) -> bool:
    """The token's lemma (or its form) is one of the condition's words, as written or without a plural "s", or
    one of its two-word phrases."""
    lemma, words = unelided(token.lemma_.lower()), requirement.words
    return lemma in words or lemma.rstrip("s") in words or token.lower_ in words or \
        has_phrase(token, requirement.phrases)


def has_phrase(token: Token, phrases: frozenset[tuple[str, str]]) -> bool:
    """"bank accounts": the token is the phrase's head and has its modifier as a child."""
    if not phrases:
        return False
    lemma = unelided(token.lemma_.lower())
    heads = {head for _, head in phrases}
    if lemma not in heads and lemma.rstrip("s") not in heads:
        return False
    modifiers = {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}
    return any(mod in modifiers and head in (lemma, lemma.rstrip("s")) for mod, head in phrases)


def conditions_met(token: Token, entry: TriggerEntry, direct: bool = False) -> bool:
    return requirement_met(token, entry.requires, direct) and all(requirement_met(token, r, direct)
                                                                  for r in entry.more)


def reading(token: Token, entries: list[TriggerEntry]) -> TriggerEntry | None:
    """The first entry whose conditions hold, an object named as such before one named through it."""
    nested = any(c.dep_ in ("nmod", "prep", "pobj") for o in token.children
                 if o.dep_ in OBJECT or o.dep_ in PASSIVE_SUBJECT for c in o.children)
    if nested:  # objects govern words an object condition could also name: try the objects themselves first
        first = next((e for e in entries if e.requires is not None and conditions_met(token, e, direct=True)), None)
        if first is not None:
            return first
    return next((e for e in entries if conditions_met(token, e)), None)


def unelided(word: str) -> str:
    """A word without the elided article the tokenizer left on it ("d’affaires" → "affaires")."""
    return word.replace("’", "'").rsplit("'", 1)[-1] or word
