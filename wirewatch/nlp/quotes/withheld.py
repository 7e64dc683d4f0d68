"""Speech withheld: "X declined to say whether the talks had failed", "X would not say when …", « X a refusé de
dire si … ».

A speech verb that is negated, or governed by a verb of refusing (``quote_refusal_verbs.txt``), with an indirect
question for complement (opened by a word of the ``interrogative`` class: "whether", "when", « si »), reports
nothing: the question is what the speaker would not answer, not something said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def withheld(g: QuoteGrammar, refusal_verbs: frozenset[str], verb: Token, doc: Doc, start_char: int) -> bool:
    """Whether ``verb`` is negated or refused and its content, starting at ``start_char``, an indirect question."""
    if not (_negated(g, verb) or (verb.head.i != verb.i and verb.head.lemma_.lower() in refusal_verbs)
            or (verb.head.i != verb.i and _negated(g, verb.head) and verb.dep_ in g.inherit)):
        return False
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    before = doc[first.i - 1] if first.i > verb.i + 1 else None  # ("whether" may be trimmed off the content)
    return first.lower_ in g.interrogative or (before is not None and before.lower_ in g.interrogative)


def _negated(g: QuoteGrammar, verb: Token) -> bool:
    return any(c.dep_ in g.negation or "Neg" in c.morph.get("Polarity", []) for c in verb.children)
