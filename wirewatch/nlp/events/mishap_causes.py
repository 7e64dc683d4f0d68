"""A harm's stated cause that is no one's act: "the explosion was caused by a gas leak", "a fire blamed on a short
circuit", "l'incendie serait dû à un court-circuit".

A report often tells an explosion bare ("an explosion killed five people") and its cause in another clause or
sentence. A bare explosion may well be a bomb's (``mishaps.is_mishap_word``), so the cause decides: when the story
says the explosion, the fire or the incident was caused by a fault or a hazard (kind ``fault`` of
``event_mishaps.tsv``: a leak, a short circuit, a malfunction, negligence; or a ``hazard``), through a verb or
adjective of causing (kind ``cause_verb``: "caused", "blamed on", "due to"), its explosions are accidents, not
attacks (``non_events.story_kind``). And "blamed on a faulty boiler" blames no one: it is no accusation. A harm
or an explosion told as an accident (kind ``accidental``: "a grenade exploded accidentally") with no actor as its
doer is no attack either (``doer_readings.no_acting_party``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.events.mishaps import MishapWords, cause_clauses
from wirewatch.nlp.events.syntax import PASSIVE_SUBJECT, SUBJECT, prep_objects
from wirewatch.nlp.events.weapon_names import modified_as_civil, named_in, names_a_weapon

FILE = "event_mishaps.tsv"
# what a cause verb says was caused: an object or subject, or the noun a participle or relative clause hangs on
CAUSED = frozenset({*SUBJECT, *PASSIVE_SUBJECT, "dobj", "obj"})
CLAUSE_LINKS = frozenset({"acl", "relcl", "acl:relcl", "amod"})


@lru_cache(maxsize=16)
def cause_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's verbs and adjectives of causing (kind ``cause_verb``), the prepositions by which they name
    the cause (kind ``cause_link``: "by", "on", "to") and its faults (kind ``fault``)."""
    rows = list(lexicons.read_tsv(lang, FILE))
    return tuple(frozenset(r["word"].lower() for r in rows if r["kind"] == kind)  # type: ignore[return-value]
                 for kind in ("cause_verb", "cause_link", "fault"))


@lru_cache(maxsize=16)
def accidental_words(lang: str) -> frozenset[str]:
    """The words that tell a harm or an explosion came about by accident (kind ``accidental``)."""
    return frozenset(r["word"].lower() for r in lexicons.read_tsv(lang, FILE) if r["kind"] == "accidental")


def named_causes(verb: Token, links: frozenset[str]) -> Iterator[Token]:
    """The nouns a cause verb names as the cause: "caused by a gas leak", "blamed on a faulty boiler", "due to a
    short circuit", "attribué à une fuite de gaz" (one preposition deep, and its object's conjuncts)."""
    for prep, head in prep_objects(verb):
        if prep in links:
            yield head
            yield from head.conjuncts


def is_fault(word: Token, words: MishapWords, faults: frozenset[str]) -> bool:
    """A fault or a hazard ("a gas leak", "a short circuit", "an electrical fault", "la foudre"), a thing a fault
    word qualifies ("a faulty boiler", "une installation défectueuse") or one of civil use ("a gas cylinder"), no
    weapon named."""
    told = [word, *(c for c in word.children if c.dep_ in ("compound", "amod", "nmod"))]
    # a weapon word is one here whatever its modifier ("a gas bomb"): only a clear fault clears the explosion
    if any(names_a_weapon(t, words.weapons, frozenset(), words.lookalikes) for t in told if t.is_alpha):
        return False
    return any(named_in(t, faults) or named_in(t, words.hazards) for t in told) \
        or modified_as_civil(word, words.civil)


def caused_things(verb: Token) -> list[Token]:
    """What a cause verb says was caused: its subject or object, or the noun its clause qualifies ("a fire caused
    by …", "the blast, blamed on …")."""
    out = [c for c in verb.children if c.dep_ in CAUSED]
    if verb.dep_ in CLAUSE_LINKS and verb.head != verb:
        out.append(verb.head)
    return out


def is_harm_word(word: Token, words: MishapWords) -> bool:
    """A word a cause clause can be about: a pronoun ("it was caused by"), an explosion, a hazard or a fire, or a
    word the clause's own subject names (relative "which")."""
    return word.pos_ == "PRON" or any(named_in(word, listed) for listed in
                                      (words.detonations, words.hazards, words.subjects))


def mishap_cause_told(sent: Span, words: MishapWords) -> bool:
    """Whether the sentence says an explosion, a fire or an accident was caused by a fault or a hazard, no weapon
    or actor named as its cause ("officials said it was caused by a gas leak", "a blast blamed on a faulty
    boiler", "l'explosion serait due à une fuite de gaz")."""
    verbs, links, faults = cause_words(sent.doc.lang_)
    for token in sent:
        if token.lemma_.lower() not in verbs:
            continue
        causes = list(named_causes(token, links))
        if not causes or not all(is_fault(c, words, faults) for c in causes):
            continue
        if any(is_harm_word(t, words) for t in caused_things(token)):
            return True
    return False


def blames_a_mishap(trigger: Token, words: MishapWords) -> bool:
    """Whether a verb of causing or blaming names only a fault or a hazard as what is blamed ("investigators
    blamed the blast on a faulty boiler"): no one is accused."""
    verbs, links, faults = cause_words(trigger.doc.lang_)
    if trigger.lemma_.lower() not in verbs:
        return False
    causes = list(named_causes(trigger, links))
    if causes:
        return all(is_fault(c, words, faults) for c in causes)
    # "blaming a fire caused by a short circuit": with no cause named apart, what is blamed is the object
    blamed = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return bool(blamed) and all(is_fault(c, words, faults) or named_in(c, words.subjects | words.detonations)
                                for c in blamed)


def told_as_accidental(trigger: Token, words: MishapWords) -> bool:
    """Whether the harm, or the clause that tells how it came about, is said to be an accident, and no actor is
    its doer ("a grenade exploded accidentally at the station, injuring three", "killed when his rifle
    accidentally went off", "a été tué accidentellement"; but "police accidentally shot a bystander" and "two
    bombers accidentally blew themselves up" are acts)."""
    markers = accidental_words(trigger.doc.lang_)
    for clause in (trigger, *cause_clauses(trigger)):
        if not any(c.dep_ in ("advmod", "amod", "obl", "obl:mod") and c.lemma_.lower() in markers
                   for c in clause.children):
            continue
        doers = [c for c in clause.children if c.dep_ in SUBJECT or c.dep_ in ("agent", "obl:agent")]
        # an actor, or a doer its own act befalls ("bombers accidentally blew themselves up"), still acts
        reflexive = any("Yes" in c.morph.get("Reflex", []) for c in clause.children)
        if not reflexive and not any(d.pos_ == "PROPN" or named_in(d, words.actors) for d in doers):
            return True
    return False
