"""Reported speech that goes on after its attribution set between commas: "The talks had failed, Macron conceded,
but a new round would start in May", « Le sommet a échoué, a reconnu le ministre, mais les discussions
reprendront ».

An attribution standing between commas inside a sentence attributes the whole sentence: after it, a coordinating
conjunction opening a clause of its own (a finite verb with its own subject) continues what was said. Not when
that clause has an attribution of its own ("…, he said, but the union insists …") or lies inside quotation marks
(a few quoted words inside it are part of what was said: "…, he said, but the guard was "very rude"").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.incised_reports import incise_bounds
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite


def continued_after_incise(g: QuoteGrammar, verb: Token, seg: Span, is_speech_verb: Callable[[Token], bool],
                           quoted: Callable[[int], bool]) -> int | None:
    """The last token of the coordinated clause that continues, after the attribution of ``verb``, the content
    before it; None when nothing does."""
    bounds = incise_bounds(g, verb, seg)
    if bounds is None:
        return None
    doc = verb.doc
    conjunction = bounds[1] + 1
    if conjunction >= seg.end or doc[conjunction].pos_ != "CCONJ":
        return None
    rest = doc[conjunction + 1: seg.end]
    if not any(t.dep_ in g.subject and t.head.i >= rest.start and _finite_predicate(t.head) for t in rest):
        return None  # "…, he said, and called for calm": the speaker's next act, not more of what was said
    if any(is_speech_verb(t) for t in rest):
        return None
    words = [t for t in rest if not t.is_punct]
    if not words or quoted(words[0].idx) or 2 * sum(quoted(t.idx) for t in words) > len(words):
        return None  # '…, he said, "and we will win"': a quotation of its own, not a few quoted words in it
    last = seg.end - 1
    while last > conjunction and doc[last].is_punct:
        last -= 1
    return last if last > conjunction else None


def _finite_predicate(head: Token) -> bool:
    """A finite verb group, or a predicate with a finite copula ("residents are safe", « la situation est grave »)."""
    return finite(head) or any(c.dep_ == "cop" and "Fin" in c.morph.get("VerbForm", []) for c in head.children)
