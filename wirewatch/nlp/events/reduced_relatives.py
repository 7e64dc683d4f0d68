"""A demand voiced by a civilian body a clause acts on is that body's protest, and the body is its doer.

"Police fired tear gas at demonstrators calling for the governor's resignation", "riot police dispersed students
demanding free tuition": the present participle that voices the demand (a REQUEST or an ACCUSE word) says what
the people it follows want — a reduced relative, which the parser often hangs on the clause as an adverbial
(``advcl``) when it directly follows the noun, no comma between. Voiced by protesters or a body that protests by
withdrawing its work or presence (the sectors ``doer_readings.CIVIL_BODIES``: workers, students, farmers …), the
demand is their protest (PLOVER PROTEST: civilians demonstrating for a cause), and they, not the clause's
subject, are its doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.doer_readings import CIVIL_BODIES
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import OBJECT

NOUNS = frozenset({"NOUN", "PROPN"})
VOICED = frozenset({"REQUEST", "ACCUSE"})


def present_participle(verb: Token) -> bool:
    """A verb form the morphology marks as a present participle ("demanding", « exigeant »)."""
    return "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])


def described_noun(verb: Token) -> Token | None:
    """The noun a present participle tells of: the one it modifies ("students demanding …", ``acl``), or the
    noun it directly follows, no comma between, in the clause it was hung on ("fired at demonstrators calling
    for …")."""
    if not present_participle(verb) or verb.head == verb:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in NOUNS:
        return verb.head
    if verb.dep_ != "advcl" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in NOUNS or not (before.dep_ in OBJECT or before.dep_ in ("pobj", "obl", "obl:arg")):
        return None
    clause = before.head.head if before.dep_ == "pobj" else before.head
    return before if clause == verb.head else None


def protesting_voicer(verb: Token, event_type: str, lexicon: EventLexicon) -> Token | None:
    """The civilian body whose demand the participle voices, counted ("hundreds of students") or not."""
    if event_type not in VOICED:
        return None
    noun = described_noun(verb)
    if noun is None:
        return None
    counted = [g for p in noun.children if p.dep_ in ("prep", "nmod") for g in (p, *p.children) if g.pos_ in NOUNS]
    for candidate in (noun, *counted):
        actor = lexicon.actor_nouns.get(candidate.lemma_.lower())
        if actor is not None and actor.sector in CIVIL_BODIES:
            return candidate
    return None
