"""The subject of a speech verb in a second coordinated clause: "Les policiers ont indiqué … et les autorités ont
averti que …", "Police said … and officials warned that …". Parsers often hang the second subject on a word of the
first clause (a conjunct of its object) and the verb on the first verb, which would make the first clause's
subject speak. Read on the surface: a noun phrase right before the verb group, opened by a coordinating
conjunction, is the verb's own subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite, own_subject, verb_group_start

NOUN_PHRASE = ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def conjunct_subject(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The noun heading the phrase between a coordinating conjunction and the verb group, if the parse gave the
    (finite) verb no subject of its own."""
    if not finite(verb) or own_subject(g, verb) is not None:
        return None
    doc = verb.doc
    first = verb_group_start(verb)
    start = first
    while start - 1 > seg.start and (doc[start - 1].pos_ in NOUN_PHRASE or doc[start - 1].lower_ in g.genitive):
        start -= 1
    if start == first or doc[start - 1].pos_ != "CCONJ" or doc[first - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return next((t for t in doc[start:first] if t.pos_ in ("NOUN", "PROPN")), None)
