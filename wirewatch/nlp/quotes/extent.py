"""Where reported content ends, beyond the complement clause the parse gives (English and French alike):

- a condition right after the content is still said ("told reporters that she would be impeached if she is
  elected", "urged Congress to act, whether or not the Senate agrees"), wherever the parse hung it: on the speech
  verb, or on a verb above it ("He echoed X, who said that A if B": the condition hung on "echoed");
- so is an absolute construction right after it, a preposition with a clause of its own ("said 300 bodies had been
  buried, with 200 more still being identified"; the parse may hang it on the verb that relays the speech).

The dependency labels (``adverbial``, ``clause``, ``subject``) and the words (``conditional``, ``absolute``) are
the language's grammar data.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import within


def condition_kept(g: QuoteGrammar, verb: Token, seg: Span, last: int) -> int:
    """The content's last token, moved to the end of a condition or absolute construction that opens right after
    it (past closing quotation marks and a comma) and that the parse hung on the speech verb or a verb above it:
    no one speaks conditionally, and the figures that go with a figure are the speaker's too."""
    following = last + 1 + _gap(verb.doc, last)
    for head in _verb_and_heads(verb, seg):
        for child in head.children:
            if child.i > last and child.left_edge.i == following and within(child, seg) \
                    and (_condition(g, child) or _absolute(g, child)):
                return min(child.right_edge.i, seg.end - 1)
    return last


def _condition(g: QuoteGrammar, clause: Token) -> bool:
    """"if she is elected", "whether it involves sanctions or …": a clause opening on a conditional subordinator."""
    return (clause.dep_ in g.adverbial or clause.dep_ in g.clause) \
        and any(c.dep_ == "mark" and c.text.lower() in g.conditional for c in clause.children)


def _absolute(g: QuoteGrammar, word: Token) -> bool:
    """"with 200 more still being identified": a preposition of ``absolute`` governing a verb with its own subject,
    or a clause that preposition opens (the parse may read it as the clause's subordinator)."""
    if word.text.lower() in g.absolute:
        return any(c.pos_ in ("VERB", "AUX") and any(s.dep_ in g.subject for s in c.children) for c in word.children)
    return (word.dep_ in g.adverbial or word.dep_ in g.clause) and word.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "mark" and c.text.lower() in g.absolute and c.i == word.left_edge.i for c in word.children)


def _verb_and_heads(verb: Token, seg: Span) -> Iterator[Token]:
    """The speech verb, then each word above it in the segment ("as saying" → "quoted")."""
    tok = verb
    while True:
        yield tok
        if tok.head.i == tok.i or not within(tok.head, seg):
            return
        tok = tok.head


def _gap(doc: Doc, last: int) -> int:
    """Closing quotation marks, then at most one comma, between the content's last word and what follows it."""
    k = 0
    while last + 1 + k < len(doc) and doc[last + 1 + k].is_quote:
        k += 1
    if last + 1 + k < len(doc) and doc[last + 1 + k].text == ",":
        k += 1
    return k
