"""Whether reported content is a declarative clause: it opens on its complementizer (trimmed before this test) or
on its own subject ("officials worried <the vote would slip>"), not on a question word or an object put first
("has not outlined <what action it would take>": the topic of a statement, not what was said).

Applies to the speech verbs marked ``clause=declarative`` (the verbs read from CAMEO, kb/tools/build_speech_verbs.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def opens_on_subject(g: QuoteGrammar, doc: Doc, start_char: int) -> bool:
    """The word at ``start_char`` belongs to the subject of the clause it opens (walking up to the first verb)."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ not in g.subject:
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return False
        tok = tok.head
    return True
