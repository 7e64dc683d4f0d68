"""An offer of goods is trade or service, not an agreement between parties.

"Offer" and "offrir" state an agreement (PLOVER AGREE, CAMEO 03: an offer of talks, of help, of troops) when what
is offered is an act ("offered talks", "a offert son aide"), when the offer is to do something ("offered to
mediate"), or when it has a recipient ("offered its troops to the new president", "offered Kenya a loan"). With
none of these, the verb tells what a seller, an adviser or a speaker puts forward ("the company offers free
trials", "offered some career advice for women", "offers a snapshot of the market", "propose des produits aux
éleveurs" keeps its recipient): no event.

Word classes of ``event_words.tsv``: ``offer_verb`` (the verbs read so), ``recipient_prep`` (the preposition of
an offer's recipient: "to", "à").
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import DIRECT_OBJECT, PREP_ATTACHED

RECIPIENT = frozenset({"dative", "iobj"})  # "offered Kenya a loan"
ACT_OFFERED = frozenset({"xcomp", "ccomp"})  # "offered to mediate", "a proposé de négocier"


def has_recipient(token: Token, lexicon: EventLexicon) -> bool:
    """An indirect object, or a phrase of the recipient's preposition ("to the president", "au président")."""
    preps = lexicon.word_class("recipient_prep")
    for child in token.children:
        if child.dep_ in RECIPIENT:
            return True
        if child.dep_ == "prep" and child.lower_ in preps and any(True for _ in child.children):
            return True
        if child.dep_ in PREP_ATTACHED and any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
            return True
    return False


def goods_offered(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """An offer verb with an object that names no act, no recipient and no act offered (see the module)."""
    if event_type != "AGREE" or token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.word_class("offer_verb"):
        return False
    children = list(token.children)
    things = [c for c in children if c.dep_ in DIRECT_OBJECT]
    if not things or any(c.dep_ in ACT_OFFERED for c in children) or has_recipient(token, lexicon):
        return False
    return not any(lookup(thing, lexicon) for thing in things)
