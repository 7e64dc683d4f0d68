"""A stance told by a present participle that goes with an act is that act's motive or words, not a second event.

"Militants abducted 30 students, demanding a ransom", "Police arrested 40 people, accusing them of looting",
"Rebels shelled the town, threatening to take the capital", « Des hommes armés ont enlevé trente élèves,
exigeant une rançon », « La police a arrêté quarante personnes en les accusant de pillage »: the participle
(an adverbial clause with no subject of its own, English ``-ing``, French participe présent or gérondif)
shares the act's doer and tells what was said while the act was done. The report tells one event, the act;
the stance is what went with it (PLOVER codes the act: a kidnapping with a ransom demand is an ASSAULT). A
protest's demand is its content and is read as the protest already (``protest_voices``), so only acts other
than protests take their participle's stance in; and a participle right after the act's object, no comma between
("fired at marchers calling for reforms"), says what those people want (``reduced_relatives``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from wirewatch.nlp.events.reduced_relatives import described_noun, present_participle
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT

ADJUNCT_CLAUSE = frozenset({"advcl", "xcomp"})  # French parses a gérondif as either
PROTEST = "PROTEST"


def participle_verb(token: Token) -> bool:
    """A verb in the present participle: "demanding" (VBG), « exigeant » (VerbForm=Part, Tense=Pres)."""
    return token.pos_ in ("VERB", "AUX") and (token.tag_ == "VBG" or present_participle(token))


def accompanies_an_act(token: Token, acts: Mapping[int, str]) -> bool:
    """Whether a stance word is a participle adjoined to a word that tells an act (``acts``: token index →
    the act's type), with no subject of its own: the act's words, not another event."""
    if token.head == token or not participle_verb(token):
        return False
    if any(c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT for c in token.children):
        return False  # "…, the rebels demanding a ransom": an absolute clause with a doer of its own
    if detached_on_object(token):
        verb = token.head.head  # « ont bombardé la ville, menaçant de … »: hung on the object, told of the doer
    elif token.dep_ in ADJUNCT_CLAUSE and described_noun(token) is None:
        verb = token.head
    else:
        return False  # "fired tear gas at protesters calling for reforms": it says what the protesters want
    act = acts.get(verb.i)
    return act is not None and act != PROTEST


def detached_on_object(token: Token) -> bool:
    """A participle the parser hung on the verb's object though a comma sets it apart from it (« ont bombardé
    la ville, menaçant de prendre la capitale »): a detached participle, which tells of the clause's doer."""
    noun = token.head
    return token.dep_ == "acl" and noun.dep_ in OBJECT and noun.head != noun and token.i > 0 \
        and token.doc[token.i - 1].is_punct and token.doc[token.i - 1].text == ","
