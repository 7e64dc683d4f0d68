"""An act someone judges necessary, urgent or useful to do is a view, not an act told: the infinitive an adjective
of desirability governs or stands beside ("it is urgent to expel the diplomats", "considers it necessary to sanction
Russia", « il est urgent de sanctionner la Russie », « Macron estime nécessaire de sanctionner Moscou », « les
Verts jugent indispensable de boycotter… »). The infinitive names an act not done; who holds the view neither did
it nor announced it. Only the infinitive counts: a noun ("the strikes were necessary") may judge an act that
happened. Word class ``desirability`` of ``event_words.tsv`` (adjectives of necessity, urgency and advisability,
by lemma)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import is_infinitive

# how the adjective stands beside the infinitive under one verb: « estime nécessaire de… » (the tagger's
# advmod), "is urgent to…" (acomp), "deems it necessary" (oprd), a complement (xcomp, ccomp)
BESIDE = frozenset({"advmod", "acomp", "oprd", "xcomp", "ccomp", "attr"})
# how the infinitive hangs on the adjective or on the verb: xcomp, advcl, dep (« urgent de sanctionner »), csubj
INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "dep", "csubj", "ccomp", "acl"})


def judged_desirable(trigger: Token, lexicon: EventLexicon) -> bool:
    """The trigger is an infinitive an adjective of desirability governs, or one governed by the verb that
    adjective qualifies, before it (see the module)."""
    if trigger.head == trigger or trigger.dep_ not in INFINITIVE_DEPS or not is_infinitive(trigger):
        return False
    adjectives = lexicon.word_class("desirability")
    head = trigger.head
    if head.pos_ == "ADJ" and head.lemma_.lower() in adjectives:
        return True
    return any(c.pos_ == "ADJ" and c.dep_ in BESIDE and c.i < trigger.i and c.lemma_.lower() in adjectives
               for c in head.children)
