"""A relative clause in the simple present describes its noun by what it habitually does, not an act of the
story: "IRENA, an organisation that supports countries in transition", "rivers that provide water to the city",
"the foundation, which supports refugee families", « la fondation, qui soutient les familles ». A headline or a
bullet (no final punctuation) tells past acts in the present ("Police arrest man who attacks nurse"), and a
present with a date or a time of its own is a narrative present ("which attacks the town on Monday"): both stay
events. A compound tense, a progressive or a passive has an auxiliary and is left alone ("which has attacked",
« qui a attaqué »), and so is a statement with a clause of its own ("women who allege that he lied")."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.trigger_conditions import TIME_LABELS
from wirewatch.nlp.headline_structure import unpunctuated_text
from wirewatch.nlp.syntax import AUXILIARY, CLAUSE_COMPLEMENT

RELATIVE = frozenset({"relcl", "acl:relcl"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # English finite presents


def describes_habit(token: Token) -> bool:
    """The trigger is the verb of a relative clause in the simple present of a sentence with final punctuation,
    with no time of its own."""
    if token.dep_ not in RELATIVE or token.pos_ != "VERB" or not simple_present(token):
        return False
    if any(c.dep_ in AUXILIARY or c.dep_ in CLAUSE_COMPLEMENT for c in token.children):
        return False  # "women who allege that he lied": a statement of its own, told now
    if any(t.ent_type_ in TIME_LABELS for t in token.subtree):
        return False
    return ends_with_punctuation(token)


def simple_present(token: Token) -> bool:
    if token.tag_ in PRESENT_TAGS:
        return True
    morph = token.morph
    return "Pres" in morph.get("Tense", []) and "Fin" in morph.get("VerbForm", []) and \
        "Ind" in morph.get("Mood", [])


def ends_with_punctuation(token: Token) -> bool:
    """The sentence ends as a sentence does, not as a headline (``headline_structure.unpunctuated_text``)."""
    return not unpunctuated_text(token.sent.text)
