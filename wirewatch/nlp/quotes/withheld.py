"""Speech withheld: "X declined to say whether the talks had failed", "X would not say when …", « X a refusé de
dire si … ».

A speech verb that is negated, or governed by a verb of refusing (``quote_refusal_verbs.txt``), with an indirect
question for complement (opened by a word of the ``interrogative`` class: "whether", "when", « si »), reports
nothing: the question is what the speaker would not answer, not something said.

Speech denied: "Biden has not said the war is \"over\"", "X never claimed that …", « X n'a pas dit que … ». A speech
verb its own negation denies reports nothing, neither its clause nor the quoted words near it: no one said them.
Not so a verb of opinion (kind ``assert``: "officials do not believe the talks will resume" is their stance, the
negation raised from the clause) nor of denial ("did not deny that …", "did not rule out …": the negation affirms),
nor a negation that only restricts the verb ("did not only say …", ``restrictive``; « n'a dit que … », whose sole
``weak_negation`` « ne » denies nothing).
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


STILL_SAID_KINDS = frozenset({"assert", "deny"})  # speech-verb kinds whose negation still reports (see above)


def unsaid(g: QuoteGrammar, verb: Token, kind: str) -> bool:
    """Whether ``verb``, a speech verb of ``kind``, is denied by a negation of its own (see the module docstring)."""
    if kind in STILL_SAID_KINDS:
        return False
    doc = verb.doc
    for c in verb.children:
        if not (c.dep_ in g.negation or "Neg" in c.morph.get("Polarity", [])) or c.lower_ in g.weak_negation:
            continue
        after = doc[c.i + 1] if c.i + 1 < len(doc) else None
        if after is None or after.lower_ not in g.restrictive:
            return True
    return False


def _negated(g: QuoteGrammar, verb: Token) -> bool:
    return any(c.dep_ in g.negation or "Neg" in c.morph.get("Polarity", []) for c in verb.children)
